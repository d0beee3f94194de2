package org.localis.scheme;

import org.localis.input.ErrorCollector;
import org.localis.input.YamlDocument;

/** The {@code method} and {@code origin-rule} of a value-share scheme. */
final class ValueShareSection {

    private ValueShareSection() {
    }

    static ValueMethod method(YamlDocument.Map d, ErrorCollector errors) {
        String m = d.text("method", true);
        if (m != null) {
            for (ValueMethod vm : ValueMethod.values()) {
                if (vm.code().equals(m)) {
                    return vm;
                }
            }
            errors.add(d.line("method"), "method", "'" + m + "' must be transaction-value, net-cost, build-up or max-non-originating");
        }
        return ValueMethod.TRANSACTION_VALUE;
    }

    static OriginRule originRule(YamlDocument.Map d, ErrorCollector errors) {
        String r = d.text("origin-rule", true);
        if (r != null) {
            for (OriginRule or : OriginRule.values()) {
                if (or.code().equals(r)) {
                    return or;
                }
            }
            errors.add(d.line("origin-rule"), "origin-rule", "'" + r + "' must be roll-up or tracing");
        }
        return OriginRule.TRACING;
    }
}
