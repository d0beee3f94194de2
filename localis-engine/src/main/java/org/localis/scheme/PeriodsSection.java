package org.localis.scheme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.localis.input.ErrorCollector;
import org.localis.input.YamlDocument;

/** The {@code purposes} and {@code periods} of a scheme file. */
final class PeriodsSection {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PeriodsSection() {
    }

    static List<Purpose> purposes(YamlDocument.Map d, ErrorCollector errors) {
        List<Purpose> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlDocument.Map p : d.maps("purposes", false)) {
            p.allowOnly(Set.of("id", "title", "title-ru", "note", "note-ru"));
            String id = p.text("id", true);
            String title = p.text("title", true);
            if (id == null || title == null) {
                continue;
            }
            if (!SchemeLoader.CODE.matcher(id).matches()) {
                errors.add(p.line("id"), p.path("id"), "'" + id + "' must be lower-case letters, digits and '-'");
            }
            if (!ids.add(id)) {
                errors.add(p.line("id"), p.path("id"), "purpose " + id + " is defined twice");
            }
            out.add(new Purpose(id, title, p.text("title-ru", false), p.text("note", false),
                    SchemeLoader.russian(p, "note", errors)));
        }
        return out;
    }

    /**
     * Periods in file order; within one purpose and set of powertrains the years must ascend without
     * repeats. A period without a purpose belongs to the first purpose.
     */
    static List<Period> read(YamlDocument.Map d, boolean points, List<Purpose> purposes, ErrorCollector errors) {
        List<Period> periods = new ArrayList<>();
        Map<String, Integer> lastYear = new HashMap<>();
        Set<String> known = new HashSet<>();
        purposes.forEach(p -> known.add(p.id()));
        String primary = purposes.isEmpty() ? "" : purposes.get(0).id();
        Set<String> keys = points ? Set.of("year", "threshold", "note", "note-ru", "purpose", "powertrains")
                : Set.of("year", "threshold", "note", "note-ru");
        for (YamlDocument.Map p : d.maps("periods", true)) {
            p.allowOnly(keys);
            Integer year = p.integer("year", true);
            BigDecimal threshold = p.decimal("threshold", true);
            String purpose = p.text("purpose", false);
            if (purpose != null && !known.contains(purpose)) {
                errors.add(p.line("purpose"), p.path("purpose"), purposes.isEmpty()
                        ? "list the scheme's purposes under purposes first"
                        : "'" + purpose + "' is not one of the purposes (" + String.join(", ", known.stream().sorted().toList()) + ")");
            }
            Set<Powertrain> pts = new LinkedHashSet<>();
            for (String s : p.texts("powertrains")) {
                Powertrain.fromCode(s).ifPresentOrElse(pts::add, () -> errors.add(p.line("powertrains"),
                        p.path("powertrains"), "'" + s + "' must be one of " + Powertrain.codes()));
            }
            if (year == null || threshold == null) {
                continue;
            }
            String series = (purpose == null ? primary : purpose) + "|" + new TreeSet<>(pts);
            Integer last = lastYear.put(series, year);
            if (last != null && year <= last) {
                errors.add(p.line("year"), p.path("year"), "periods must be in ascending order of year without repeats"
                        + (purposes.isEmpty() ? "" : " (within one purpose and powertrains)"));
            }
            if (threshold.signum() < 0 || (!points && threshold.compareTo(HUNDRED) > 0)) {
                errors.add(p.line("threshold"), p.path("threshold"), points ? "must not be negative" : "must be a percent between 0 and 100");
            }
            periods.add(new Period(year, threshold, p.text("note", false), purpose == null ? primary : purpose, pts,
                    SchemeLoader.russian(p, "note", errors)));
        }
        if (periods.isEmpty() && d.has("periods")) {
            errors.add(d.line("periods"), "periods", "at least one period is required");
        }
        if (!purposes.isEmpty() && !periods.isEmpty()
                && periods.stream().noneMatch(p -> p.purpose().equals(primary) && p.powertrains().isEmpty())) {
            errors.add(d.line("periods"), "periods", "the first purpose (" + primary + ") needs at least one period for every powertrain");
        }
        return periods;
    }
}
