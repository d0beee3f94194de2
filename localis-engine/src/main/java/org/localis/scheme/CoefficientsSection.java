package org.localis.scheme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.localis.input.ErrorCollector;
import org.localis.input.YamlDocument;

/** The {@code coefficients} list: multipliers on classes of criteria under conditions. */
final class CoefficientsSection {

    private CoefficientsSection() {
    }

    static List<Coefficient> read(YamlDocument.Map d, List<Purpose> purposes, List<Criterion> criteria,
                                  ErrorCollector errors) {
        Set<String> classes = new HashSet<>();
        criteria.forEach(c -> classes.add(c.coefficient()));
        Set<String> purposeIds = new HashSet<>();
        purposes.forEach(p -> purposeIds.add(p.id()));
        List<Coefficient> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlDocument.Map c : d.maps("coefficients", false)) {
            c.allowOnly(Set.of("id", "applies-to", "factor", "emission-standards", "purpose", "years", "title",
                    "title-ru", "source", "source-ru"));
            String id = c.text("id", true);
            String to = c.text("applies-to", true);
            BigDecimal factor = c.decimal("factor", true);
            if (id == null || to == null || factor == null) {
                continue;
            }
            if (!ids.add(id)) {
                errors.add(c.line("id"), c.path("id"), "coefficient " + id + " is defined twice");
            }
            if (!classes.contains(to)) {
                errors.add(c.line("applies-to"), c.path("applies-to"), "no criterion has coefficient: " + to);
            }
            if (factor.signum() <= 0) {
                errors.add(c.line("factor"), c.path("factor"), "must be greater than 0");
            }
            String purpose = c.text("purpose", false);
            if (purpose != null && !purposeIds.contains(purpose)) {
                errors.add(c.line("purpose"), c.path("purpose"), "'" + purpose + "' is not one of the scheme's purposes");
            }
            Set<Integer> years = new LinkedHashSet<>();
            for (String y : c.texts("years")) {
                try {
                    years.add(Integer.parseInt(y));
                } catch (NumberFormatException e) {
                    errors.add(c.line("years"), c.path("years"), "'" + y + "' is not a year");
                }
            }
            out.add(new Coefficient(id, to, factor, new LinkedHashSet<>(c.texts("emission-standards")), purpose, years,
                    c.text("title", false), c.text("title-ru", false), c.text("source", false),
                    SchemeLoader.russian(c, "source", errors)));
        }
        return out;
    }
}
