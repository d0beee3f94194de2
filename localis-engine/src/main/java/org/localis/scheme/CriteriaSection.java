package org.localis.scheme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.localis.input.ErrorCollector;
import org.localis.input.Values;
import org.localis.input.YamlDocument;

/**
 * The {@code criteria} list of a points scheme. A criterion with a {@code title} defines its own
 * operation code (so a long table needs no separate operations entry); otherwise its code must be under
 * {@code operations}.
 */
final class CriteriaSection {

    private static final Set<String> KEYS = Set.of("code", "points", "requires", "mandatory-from", "from", "until",
            "note", "title", "title-ru", "type", "group", "one-of", "ratio", "ladder", "per-unit", "valid-from",
            "valid-to", "coefficient", "certified-by", "source", "note-ru", "source-ru");

    private CriteriaSection() {
    }

    static List<Criterion> read(YamlDocument.Map d, Map<String, OperationDef> ops, ErrorCollector errors) {
        List<YamlDocument.Map> items = d.maps("criteria", true);
        if (d.has("criteria") && items.isEmpty()) {
            errors.add(d.line("criteria"), "criteria", "at least one criterion is required");
        }
        for (YamlDocument.Map c : items) {
            String code = c.text("code", false);
            String title = c.text("title", false);
            if (code != null && title != null) {
                OperationsSection.define(ops, c, code, title, c.text("title-ru", false),
                        Optional.ofNullable(c.text("type", false)).orElse("operation"), errors);
            } else if (c.has("title-ru") || c.has("type")) {
                errors.add(c.line(), c.path("title"), "a criterion with title-ru or type must have a title too");
            }
        }
        List<Criterion> criteria = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlDocument.Map c : items) {
            c.allowOnly(KEYS);
            Criterion crit = criterion(c, ops, errors);
            if (crit == null) {
                continue;
            }
            if (!seen.add(crit.code())) {
                errors.add(c.line("code"), c.path("code"), "criterion " + crit.code() + " is defined twice");
            }
            criteria.add(crit);
        }
        return criteria;
    }

    private static Criterion criterion(YamlDocument.Map c, Map<String, OperationDef> ops, ErrorCollector errors) {
        String code = c.text("code", true);
        Ladder ladder = c.map("ladder").map(l -> ladder(l, errors)).orElse(null);
        PointValues values = ladder != null && !c.has("points") ? PointValues.single(ladder.max()) : values(c, errors);
        if (code == null || values == null) {
            return null;
        }
        if (!ops.containsKey(code)) {
            errors.add(c.line("code"), c.path("code"), "operation " + code + " is not defined under operations");
        }
        List<String> requires = SchemeLoader.codes(c, "requires", ops, errors);
        if (requires.contains(code)) {
            errors.add(c.line("requires"), c.path("requires"), "a criterion cannot require itself");
        }
        Ratio ratio = c.map("ratio").map(r -> ratio(r, errors)).orElse(null);
        PerUnit perUnit = c.map("per-unit").map(p -> perUnit(p, errors)).orElse(null);
        // a ladder may carry a ratio (the text's "displays" row: the ladder's points x displays meeting / all)
        if (perUnit != null && (ratio != null || ladder != null) || ratio != null && ladder != null && c.has("points")) {
            errors.add(c.line(), c.path("code"), "a criterion has at most one of ratio, ladder, per-unit"
                    + " (a ladder may carry a ratio when it has no points of its own)");
        }
        LocalDate from = date(c, "valid-from", errors);
        LocalDate to = date(c, "valid-to", errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(c.line("valid-to"), c.path("valid-to"), "is before valid-from");
        }
        String certifiedBy = c.text("certified-by", false);
        if (certifiedBy != null && !SchemeLoader.CODE.matcher(certifiedBy).matches()) {
            errors.add(c.line("certified-by"), c.path("certified-by"), "'" + certifiedBy + "' is not a scheme id");
        }
        for (String k : List.of("group", "one-of", "coefficient")) {
            String v = c.text(k, false);
            if (v != null && !SchemeLoader.CODE.matcher(v).matches()) {
                errors.add(c.line(k), c.path(k), "'" + v + "' must be lower-case letters, digits and '-'");
            }
        }
        return new Criterion(code, values.max(), requires, c.integer("mandatory-from", false), c.integer("from", false),
                c.integer("until", false), c.text("note", false), values, c.text("group", false), c.text("one-of", false),
                ratio, ladder, perUnit, from, to, c.text("coefficient", false), certifiedBy, c.text("source", false),
                SchemeLoader.russian(c, "note", errors), SchemeLoader.russian(c, "source", errors));
    }

    /**
     * The {@code groups} list: each criterion group's id with its title in English and Russian. Optional; when it is
     * there, every group a criterion names must be listed (an error at the criterion's line otherwise).
     */
    static List<CriterionGroup> groups(YamlDocument.Map d, ErrorCollector errors) {
        List<CriterionGroup> out = new java.util.ArrayList<>();
        if (!d.has("groups")) {
            return out;
        }
        Set<String> ids = new java.util.HashSet<>();
        for (YamlDocument.Map g : d.maps("groups", true)) {
            g.allowOnly(Set.of("id", "title", "title-ru"));
            String id = g.text("id", true);
            String title = g.text("title", true);
            if (id == null || title == null) {
                continue;
            }
            if (!SchemeLoader.CODE.matcher(id).matches()) {
                errors.add(g.line("id"), g.path("id"), "'" + id + "' must be lower-case letters, digits and '-'");
            }
            if (!ids.add(id)) {
                errors.add(g.line("id"), g.path("id"), "group " + id + " is defined twice");
            }
            out.add(new CriterionGroup(id, title, g.text("title-ru", false)));
        }
        for (YamlDocument.Map c : d.maps("criteria", false)) {
            String group = c.text("group", false);
            if (group != null && !ids.contains(group)) {
                errors.add(c.line("group"), c.path("group"), "group " + group + " is not listed under groups");
            }
        }
        return out;
    }

    /** {@code points: 30} or {@code points: {ice: 30, hybrid: 30, electric: 15}}. */
    private static PointValues values(YamlDocument.Map c, ErrorCollector errors) {
        if (!c.isMapping("points")) {
            BigDecimal p = c.decimal("points", true);
            if (p == null) {
                return null;
            }
            if (p.signum() < 0) {
                errors.add(c.line("points"), c.path("points"), "must not be negative");
            }
            return PointValues.single(p);
        }
        YamlDocument.Map m = c.map("points").orElseThrow();
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (String k : m.keys()) {
            BigDecimal v = m.decimal(k, true);
            if (!PointValues.validKey(k)) {
                errors.add(m.line(k), m.path(k), "'" + k + "' must be default, a vehicle category ("
                        + VehicleCategory.codes() + "), a powertrain (" + Powertrain.codes() + ") or category/powertrain");
            }
            if (v != null && v.signum() < 0) {
                errors.add(m.line(k), m.path(k), "must not be negative");
            }
            if (v != null) {
                out.put(k, v);
            }
        }
        if (out.isEmpty()) {
            errors.add(c.line("points"), c.path("points"), "give at least one value");
            return null;
        }
        return new PointValues(out);
    }

    private static Ratio ratio(YamlDocument.Map r, ErrorCollector errors) {
        r.allowOnly(Set.of("items", "rounding"));
        String items = r.text("items", true);
        RoundingMode mode = rounding(r, errors);
        if (items != null && !SchemeLoader.CODE.matcher(items).matches()) {
            errors.add(r.line("items"), r.path("items"), "'" + items + "' must be lower-case letters, digits and '-'");
        }
        return items == null ? null : new Ratio(items, mode);
    }

    private static PerUnit perUnit(YamlDocument.Map p, ErrorCollector errors) {
        p.allowOnly(Set.of("input", "step", "rounding"));
        String input = p.text("input", true);
        BigDecimal step = p.decimal("step", true);
        RoundingMode mode = rounding(p, errors);
        if (step != null && step.signum() <= 0) {
            errors.add(p.line("step"), p.path("step"), "must be greater than 0");
            return null;
        }
        return input == null || step == null ? null : new PerUnit(input, step, mode);
    }

    private static RoundingMode rounding(YamlDocument.Map m, ErrorCollector errors) {
        String r = Optional.ofNullable(m.text("rounding", false)).orElse("nearest");
        return switch (r) {
            case "nearest" -> RoundingMode.HALF_UP;
            case "down" -> RoundingMode.DOWN;
            default -> {
                errors.add(m.line("rounding"), m.path("rounding"), "'" + r + "' must be nearest or down");
                yield RoundingMode.HALF_UP;
            }
        };
    }

    private static Ladder ladder(YamlDocument.Map l, ErrorCollector errors) {
        l.allowOnly(Set.of("input", "steps"));
        String input = l.text("input", true);
        List<Ladder.Step> steps = new ArrayList<>();
        for (YamlDocument.Map s : l.maps("steps", true)) {
            s.allowOnly(Set.of("min", "until", "points"));
            BigDecimal min = s.decimal("min", true);
            Integer until = s.integer("until", false);
            TreeMap<Integer, BigDecimal> byYear = new TreeMap<>();
            Optional<YamlDocument.Map> pm = s.map("points");
            if (pm.isEmpty()) {
                errors.add(s.line("points"), s.path("points"), "give the points by first calculation year, e.g. {2024: 200, 2026: 100}");
            } else {
                for (String y : pm.get().keys()) {
                    BigDecimal v = pm.get().decimal(y, true);
                    if (!Values.isPlainDecimal(y) || y.contains(".")) {
                        errors.add(pm.get().line(y), pm.get().path(y), "'" + y + "' is not a year");
                    } else if (v != null) {
                        byYear.put(Integer.parseInt(y), v);
                    }
                }
            }
            if (min != null && !byYear.isEmpty()) {
                steps.add(new Ladder.Step(min, until, byYear));
            }
        }
        return input == null || steps.isEmpty() ? null : new Ladder(input, steps);
    }

    private static LocalDate date(YamlDocument.Map c, String key, ErrorCollector errors) {
        String v = c.text(key, false);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            errors.add(c.line(key), c.path(key), "'" + v + "' is not a date (YYYY-MM-DD)");
            return null;
        }
    }
}
