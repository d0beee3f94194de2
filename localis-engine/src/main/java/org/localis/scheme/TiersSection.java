package org.localis.scheme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.localis.input.ErrorCollector;
import org.localis.input.YamlDocument;

/** The {@code tiers} list: support levels, lowest first, with increasing margins. */
final class TiersSection {

    private TiersSection() {
    }

    static List<Tier> read(YamlDocument.Map d, ErrorCollector errors) {
        List<Tier> tiers = new ArrayList<>();
        BigDecimal lastMargin = null;
        Set<String> tierIds = new HashSet<>();
        for (YamlDocument.Map t : d.maps("tiers", true)) {
            t.allowOnly(Set.of("id", "name", "name-ru", "margin", "support", "support-ru"));
            String tid = t.text("id", true);
            String name = t.text("name", true);
            BigDecimal margin = t.decimal("margin", true);
            if (tid == null || name == null || margin == null) {
                continue;
            }
            if (!tierIds.add(tid)) {
                errors.add(t.line("id"), t.path("id"), "tier " + tid + " is defined twice");
            }
            if (margin.signum() < 0) {
                errors.add(t.line("margin"), t.path("margin"), "must not be negative");
            } else if (lastMargin != null && margin.compareTo(lastMargin) <= 0) {
                errors.add(t.line("margin"), t.path("margin"), "tiers must be listed lowest first with increasing margins");
            }
            lastMargin = margin;
            tiers.add(new Tier(tid, name, t.text("name-ru", false), margin, t.text("support", false),
                    SchemeLoader.russian(t, "support", errors)));
        }
        if (tiers.isEmpty() && d.has("tiers")) {
            errors.add(d.line("tiers"), "tiers", "at least one tier is required");
        }
        return tiers;
    }
}
