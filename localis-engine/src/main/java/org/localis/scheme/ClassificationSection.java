package org.localis.scheme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.localis.input.ErrorCollector;
import org.localis.input.YamlDocument;

/** The {@code classification} ladder, deepest class first. */
final class ClassificationSection {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ClassificationSection() {
    }

    static List<ClassificationRule> read(YamlDocument.Map d, Map<String, OperationDef> ops, ErrorCollector errors) {
        List<ClassificationRule> rules = new ArrayList<>();
        for (YamlDocument.Map r : d.maps("classification", false)) {
            r.allowOnly(Set.of("class", "requires", "any-of", "or-domestic-share"));
            String cls = r.text("class", true);
            if (cls == null) {
                continue;
            }
            Optional<Classification> c = Classification.fromCode(cls);
            if (c.isEmpty()) {
                errors.add(r.line("class"), r.path("class"), "'" + cls + "' must be one of cbu, skd, ckd, partial, full-cycle");
                continue;
            }
            List<String> requires = SchemeLoader.codes(r, "requires", ops, errors);
            List<String> anyOf = SchemeLoader.codes(r, "any-of", ops, errors);
            BigDecimal share = r.decimal("or-domestic-share", false);
            if (share != null && (share.signum() < 0 || share.compareTo(HUNDRED) > 0)) {
                errors.add(r.line("or-domestic-share"), r.path("or-domestic-share"), "must be a percent between 0 and 100");
            }
            if (share != null && anyOf.isEmpty()) {
                errors.add(r.line("or-domestic-share"), r.path("or-domestic-share"), "is an alternative to any-of; give any-of too");
            }
            rules.add(new ClassificationRule(c.get(), requires, anyOf, share));
        }
        return rules;
    }
}
