package org.localis.scheme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A scheme as a readable table, for assessors and manufacturers: its criteria (code, Russian and
 * English titles, points or the values per category/powertrain, group, dates, ratio, ladder) and its
 * thresholds per purpose and year. {@link #toMap} is the JSON form (CLI {@code scheme ID --format json});
 * {@link #toText} the plain-text form.
 */
public final class SchemeTable {

    private SchemeTable() {
    }

    /** An ordered map ready for any JSON serializer. */
    public static Map<String, Object> toMap(Scheme s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("version", s.info().version());
        m.put("title", s.info().title());
        m.put("titleRu", s.info().titleRu());
        m.put("kind", s.kind());
        m.put("unit", s.unit());
        m.put("official", s.info().official());
        m.put("source", s.info().source());
        m.put("notes", s.info().notes());
        m.put("territory", s.territory().stream().sorted().toList());
        if (s instanceof PointsScheme ps) {
            m.put("vehicleCategory", ps.vehicleCategory() == null ? null : ps.vehicleCategory().code());
            m.put("carriedInFrom", ps.carriedInFrom().stream().sorted().toList());
        }
        m.put("thresholds", thresholds(s));
        if (s instanceof PointsScheme ps) {
            List<Map<String, Object>> ks = new ArrayList<>();
            for (Coefficient k : ps.coefficients()) {
                Map<String, Object> km = new LinkedHashMap<>();
                km.put("id", k.id());
                km.put("title", k.title());
                km.put("appliesTo", k.appliesTo());
                km.put("factor", k.factor());
                km.put("emissionStandards", k.standardsSorted());
                km.put("purpose", k.purpose());
                km.put("years", k.years().stream().sorted().toList());
                km.put("source", k.source());
                ks.add(km);
            }
            m.put("coefficients", ks);
            List<Map<String, Object>> cs = new ArrayList<>();
            for (Criterion c : ps.criteria()) {
                cs.add(criterion(ps, c));
            }
            m.put("criteria", cs);
        }
        return m;
    }

    private static List<Map<String, Object>> thresholds(Scheme s) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Period p : s.periods()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("purpose", p.purpose().isEmpty() ? null : p.purpose());
            pm.put("year", p.year());
            pm.put("threshold", p.threshold());
            pm.put("powertrains", p.powertrains().stream().map(Powertrain::code).sorted().toList());
            pm.put("note", p.note());
            out.add(pm);
        }
        return out;
    }

    private static Map<String, Object> criterion(PointsScheme ps, Criterion c) {
        OperationDef def = ps.operations().get(c.code());
        Map<String, Object> cm = new LinkedHashMap<>();
        cm.put("code", c.code());
        cm.put("titleRu", def.titleRu() == null ? def.title() : def.titleRu());
        cm.put("title", def.title());
        cm.put("group", c.group());
        cm.put("points", c.values().isSingle() ? c.points() : c.values().byKey());
        cm.put("oneOf", c.oneOf().isEmpty() ? null : c.oneOf());
        if (c.ratio() != null) {
            cm.put("ratio", Map.of("items", c.ratio().items(), "rounding", c.ratio().roundingCode()));
        }
        if (c.perUnit() != null) {
            cm.put("perUnit", Map.of("input", c.perUnit().input(), "step", c.perUnit().step(),
                    "rounding", c.perUnit().rounding() == java.math.RoundingMode.DOWN ? "down" : "nearest"));
        }
        if (c.ladder() != null) {
            List<Map<String, Object>> steps = new ArrayList<>();
            for (Ladder.Step st : c.ladder().steps()) {
                Map<String, Object> sm = new LinkedHashMap<>();
                sm.put("min", st.min());
                sm.put("lastYear", st.lastYear());
                Map<String, BigDecimal> py = new LinkedHashMap<>();
                st.pointsFromYear().forEach((y, v) -> py.put(String.valueOf(y), v));
                sm.put("pointsFromYear", py);
                steps.add(sm);
            }
            cm.put("ladder", Map.of("input", c.ladder().input(), "steps", steps));
        }
        cm.put("validFrom", c.validFrom() == null ? null : c.validFrom().toString());
        cm.put("validTo", c.validTo() == null ? null : c.validTo().toString());
        cm.put("coefficient", c.coefficient().isEmpty() ? null : c.coefficient());
        cm.put("certifiedBy", c.certifiedBy().isEmpty() ? null : c.certifiedBy());
        cm.put("requires", c.requires());
        cm.put("mandatoryFrom", c.mandatoryFrom());
        cm.put("source", c.source());
        cm.put("note", c.note());
        return cm;
    }

    /** The plain-text table. */
    public static String toText(Scheme s) {
        StringBuilder sb = new StringBuilder();
        sb.append(s.id()).append(" (version ").append(s.info().version()).append(", ").append(s.kind())
                .append(s.info().official() ? ", official" : ", official=false: not every figure checked against the text").append(")\n");
        sb.append(s.info().title()).append('\n');
        if (!s.info().titleRu().equals(s.info().title())) {
            sb.append(s.info().titleRu()).append('\n');
        }
        sb.append("Source: ").append(s.info().source()).append("\n\n");
        sb.append("Thresholds (").append(s.unit()).append(s.lowerIsBetter() ? ", at most" : ", at least").append("):\n");
        Map<String, List<Period>> byPurpose = new LinkedHashMap<>();
        s.purposes().forEach(p -> byPurpose.put(p.id(), new ArrayList<>()));
        for (Period p : s.periods()) {
            byPurpose.computeIfAbsent(p.purpose(), k -> new ArrayList<>()).add(p);
        }
        byPurpose.values().forEach(l -> l.sort(java.util.Comparator.comparing((Period p) -> p.powertrains().isEmpty() ? 0 : 1)
                .thenComparingInt(Period::year)));
        for (Map.Entry<String, List<Period>> e : byPurpose.entrySet()) {
            String title = s.purposes().stream().filter(p -> p.id().equals(e.getKey())).map(p -> p.id() + " - " + p.title())
                    .findFirst().orElse(e.getKey().isEmpty() ? "all" : e.getKey());
            sb.append("  ").append(title).append('\n');
            for (Period p : e.getValue()) {
                sb.append(String.format("    from %d  %6s  %s%s%n", p.year(), plain(p.threshold()),
                        p.powertrains().isEmpty() ? "" : "[" + p.powertrains().stream().map(Powertrain::code).sorted()
                                .collect(Collectors.joining(", ")) + "] ", p.note()));
            }
        }
        if (s instanceof PointsScheme ps) {
            if (!ps.coefficients().isEmpty()) {
                sb.append("\nCoefficients:\n");
                for (Coefficient k : ps.coefficients()) {
                    sb.append(String.format("  %-28s x %s on '%s' criteria%s%s%s%n", k.id(), plain(k.factor()), k.appliesTo(),
                            k.emissionStandards().isEmpty() ? "" : ", if the product meets " + String.join(" or ", k.standardsSorted()),
                            k.purpose() == null ? "" : ", for " + k.purpose() + " only",
                            k.years().isEmpty() ? "" : ", in " + k.years().stream().sorted().map(String::valueOf).collect(Collectors.joining(", "))));
                }
            }
            if (!ps.carriedInFrom().isEmpty()) {
                sb.append("\nCarried-in points: criterion points of component certificates of ")
                        .append(String.join(", ", ps.carriedInFrom().stream().sorted().toList()))
                        .append(" cited in the BOM (the larger of own and carried per criterion)\n");
            }
            sb.append("\nCriteria (").append(ps.criteria().size()).append("):\n");
            String group = null;
            for (Criterion c : ps.criteria()) {
                if (!c.group().equals(group)) {
                    group = c.group();
                    sb.append("  [").append(group.isEmpty() ? "-" : group).append("]\n");
                }
                OperationDef def = ps.operations().get(c.code());
                List<String> tags = tags(c);
                String points = pointsText(c);
                sb.append(String.format("    %-32s %s%s%n", c.code(), points, tags.isEmpty() ? "" : "  (" + String.join("; ", tags) + ")"));
                if (def.titleRu() != null && !def.titleRu().equals(def.title())) {
                    sb.append("        ").append(def.titleRu()).append('\n');
                }
                sb.append("        ").append(def.title()).append('\n');
                if (!c.source().isEmpty()) {
                    sb.append("        source: ").append(c.source()).append('\n');
                }
            }
        }
        return sb.toString();
    }

    /** A criterion's points as the table prints them: one number, the values per category/powertrain, or "ladder". */
    public static String pointsText(Criterion c) {
        return c.ladder() != null && !c.values().isSingle() ? "" : c.ladder() != null ? "ladder"
                : c.values().isSingle() ? plain(c.points())
                : c.values().byKey().entrySet().stream().map(x -> x.getKey() + " " + plain(x.getValue())).collect(Collectors.joining(", "));
    }

    /** What else a criterion says: one-of group, ratio, per-unit, ladder steps, dates, coefficient, certificate, mandatory. */
    public static List<String> tags(Criterion c) {
        List<String> tags = new ArrayList<>();
        if (!c.oneOf().isEmpty()) {
            tags.add("one-of " + c.oneOf());
        }
        if (c.ratio() != null) {
            tags.add("ratio of " + c.ratio().items() + ", rounded " + c.ratio().roundingCode());
        }
        if (c.perUnit() != null) {
            tags.add("per " + plain(c.perUnit().step()) + " of " + c.perUnit().input());
        }
        if (c.ladder() != null) {
            tags.add("ladder on " + c.ladder().input() + ": " + c.ladder().steps().stream().map(st -> ">=" + plain(st.min())
                    + (st.lastYear() == null ? "" : " (to " + st.lastYear() + ")") + " " + st.pointsFromYear().entrySet().stream()
                    .map(x -> x.getKey() + ":" + plain(x.getValue())).collect(Collectors.joining("/"))).collect(Collectors.joining("; ")));
        }
        if (c.validFrom() != null) {
            tags.add("from " + c.validFrom());
        }
        if (c.validTo() != null) {
            tags.add("until " + c.validTo());
        }
        if (!c.coefficient().isEmpty()) {
            tags.add("coefficient " + c.coefficient());
        }
        if (!c.certifiedBy().isEmpty()) {
            tags.add("certified by " + c.certifiedBy());
        }
        if (c.mandatoryFrom() != null) {
            tags.add("mandatory from " + c.mandatoryFrom());
        }
        return tags;
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
