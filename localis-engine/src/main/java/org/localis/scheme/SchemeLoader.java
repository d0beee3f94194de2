package org.localis.scheme;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.localis.input.ErrorCollector;
import org.localis.input.InputFiles;
import org.localis.input.InvalidInputException;
import org.localis.input.Values;
import org.localis.input.YamlDocument;

/** Loads and checks a scheme file (format: {@code docs/scheme-format.md}). */
public final class SchemeLoader {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final Set<String> COMMON_KEYS = Set.of("id", "version", "title", "title-ru", "kind", "official",
            "source", "notes", "category", "territory", "operations", "periods", "tiers", "classification");
    private static final Set<String> POINTS_KEYS = union(COMMON_KEYS, Set.of("criteria"));
    private static final Set<String> VALUE_KEYS = union(COMMON_KEYS, Set.of("method", "origin-rule"));

    private SchemeLoader() {
    }

    public static Scheme load(Path path) {
        return InputFiles.read(path, SchemeLoader::load);
    }

    /**
     * @throws InvalidInputException listing every problem in the file
     */
    public static Scheme load(InputStream in, String file) {
        ErrorCollector errors = new ErrorCollector(file);
        Optional<YamlDocument.Map> doc = YamlDocument.parse(in, errors);
        if (doc.isEmpty()) {
            errors.throwIfAny();
        }
        Scheme s = build(doc.get(), file, errors);
        errors.throwIfAny();
        return s;
    }

    private static Scheme build(YamlDocument.Map d, String file, ErrorCollector errors) {
        String id = d.text("id", true);
        if (id != null && !CODE.matcher(id).matches()) {
            errors.add(d.line("id"), "id", "'" + id + "' must be lower-case letters, digits and '-'");
        }
        String version = d.text("version", true);
        String title = d.text("title", true);
        String kind = d.text("kind", true);
        Boolean official = d.bool("official", true);
        String source = d.text("source", true);
        boolean points = "points".equals(kind);
        if (kind != null && !points && !"value-share".equals(kind)) {
            errors.add(d.line("kind"), "kind", "'" + kind + "' must be points or value-share");
        }
        d.allowOnly(points ? POINTS_KEYS : VALUE_KEYS);

        Set<String> territory = new LinkedHashSet<>();
        for (String c : d.texts("territory")) {
            String code = c.toUpperCase(Locale.ROOT);
            if (!Values.isCountry(code)) {
                errors.add(d.line("territory"), "territory", "'" + c + "' is not an ISO 3166-1 alpha-2 country code");
            }
            territory.add(code);
        }
        if (territory.isEmpty()) {
            errors.add(d.line("territory"), "territory", "at least one country is required");
        }

        Map<String, OperationDef> ops = new LinkedHashMap<>();
        for (YamlDocument.Map o : d.maps("operations", true)) {
            o.allowOnly(Set.of("code", "title", "title-ru", "type"));
            String code = o.text("code", true);
            String t = o.text("title", true);
            String type = Optional.ofNullable(o.text("type", false)).orElse("operation");
            if (code == null || t == null) {
                continue;
            }
            if (!CODE.matcher(code).matches()) {
                errors.add(o.line("code"), o.path("code"), "'" + code + "' must be lower-case letters, digits and '-'");
            }
            OperationDef.Type ty = switch (type) {
                case "operation" -> OperationDef.Type.OPERATION;
                case "component" -> OperationDef.Type.COMPONENT;
                default -> {
                    errors.add(o.line("type"), o.path("type"), "'" + type + "' must be operation or component");
                    yield OperationDef.Type.OPERATION;
                }
            };
            if (ops.put(code, new OperationDef(code, t, o.text("title-ru", false), ty)) != null) {
                errors.add(o.line("code"), o.path("code"), "operation " + code + " is defined twice");
            }
        }

        List<Period> periods = new ArrayList<>();
        int lastYear = Integer.MIN_VALUE;
        for (YamlDocument.Map p : d.maps("periods", true)) {
            p.allowOnly(Set.of("year", "threshold", "note"));
            Integer year = p.integer("year", true);
            BigDecimal threshold = p.decimal("threshold", true);
            if (year == null || threshold == null) {
                continue;
            }
            if (year <= lastYear) {
                errors.add(p.line("year"), p.path("year"), "periods must be in ascending order of year without repeats");
            }
            lastYear = year;
            if (threshold.signum() < 0 || (!points && threshold.compareTo(HUNDRED) > 0)) {
                errors.add(p.line("threshold"), p.path("threshold"), points ? "must not be negative" : "must be a percent between 0 and 100");
            }
            periods.add(new Period(year, threshold, p.text("note", false)));
        }
        if (periods.isEmpty() && d.has("periods")) {
            errors.add(d.line("periods"), "periods", "at least one period is required");
        }

        List<Tier> tiers = new ArrayList<>();
        BigDecimal lastMargin = null;
        Set<String> tierIds = new HashSet<>();
        for (YamlDocument.Map t : d.maps("tiers", true)) {
            t.allowOnly(Set.of("id", "name", "name-ru", "margin", "support"));
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
            tiers.add(new Tier(tid, name, t.text("name-ru", false), margin, t.text("support", false)));
        }
        if (tiers.isEmpty() && d.has("tiers")) {
            errors.add(d.line("tiers"), "tiers", "at least one tier is required");
        }

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
            List<String> requires = codes(r, "requires", ops, errors);
            List<String> anyOf = codes(r, "any-of", ops, errors);
            BigDecimal share = r.decimal("or-domestic-share", false);
            if (share != null && (share.signum() < 0 || share.compareTo(HUNDRED) > 0)) {
                errors.add(r.line("or-domestic-share"), r.path("or-domestic-share"), "must be a percent between 0 and 100");
            }
            if (share != null && anyOf.isEmpty()) {
                errors.add(r.line("or-domestic-share"), r.path("or-domestic-share"), "is an alternative to any-of; give any-of too");
            }
            rules.add(new ClassificationRule(c.get(), requires, anyOf, share));
        }

        SchemeInfo info = new SchemeInfo(id, version, title, d.text("title-ru", false), source,
                Boolean.TRUE.equals(official), d.text("notes", false), d.text("category", false), file);

        if (points) {
            if (d.has("criteria") && d.maps("criteria", true).isEmpty()) {
                errors.add(d.line("criteria"), "criteria", "at least one criterion is required");
            }
            List<Criterion> criteria = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (YamlDocument.Map c : d.maps("criteria", true)) {
                c.allowOnly(Set.of("code", "points", "requires", "mandatory-from", "from", "until", "note"));
                String code = c.text("code", true);
                BigDecimal pts = c.decimal("points", true);
                if (code == null || pts == null) {
                    continue;
                }
                if (!ops.containsKey(code)) {
                    errors.add(c.line("code"), c.path("code"), "operation " + code + " is not defined under operations");
                }
                if (!seen.add(code)) {
                    errors.add(c.line("code"), c.path("code"), "criterion " + code + " is defined twice");
                }
                if (pts.signum() < 0) {
                    errors.add(c.line("points"), c.path("points"), "must not be negative");
                }
                List<String> requires = codes(c, "requires", ops, errors);
                if (requires.contains(code)) {
                    errors.add(c.line("requires"), c.path("requires"), "a criterion cannot require itself");
                }
                criteria.add(new Criterion(code, pts, requires, c.integer("mandatory-from", false),
                        c.integer("from", false), c.integer("until", false), c.text("note", false)));
            }
            return new PointsScheme(info, territory, periods, tiers, rules, ops, criteria);
        }
        ValueMethod method = null;
        String m = d.text("method", true);
        if (m != null) {
            for (ValueMethod vm : ValueMethod.values()) {
                if (vm.code().equals(m)) {
                    method = vm;
                }
            }
            if (method == null) {
                errors.add(d.line("method"), "method", "'" + m + "' must be transaction-value, net-cost, build-up or max-non-originating");
            }
        }
        OriginRule rule = null;
        String r = d.text("origin-rule", true);
        if (r != null) {
            for (OriginRule or : OriginRule.values()) {
                if (or.code().equals(r)) {
                    rule = or;
                }
            }
            if (rule == null) {
                errors.add(d.line("origin-rule"), "origin-rule", "'" + r + "' must be roll-up or tracing");
            }
        }
        return new ValueShareScheme(info, territory, periods, tiers, rules, ops,
                method == null ? ValueMethod.TRANSACTION_VALUE : method, rule == null ? OriginRule.TRACING : rule);
    }

    private static List<String> codes(YamlDocument.Map m, String key, Map<String, OperationDef> ops, ErrorCollector errors) {
        List<String> out = m.texts(key);
        for (String c : out) {
            if (!ops.containsKey(c)) {
                errors.add(m.line(key), m.path(key), "operation " + c + " is not defined under operations");
            }
        }
        return out;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> s = new HashSet<>(a);
        s.addAll(b);
        return Set.copyOf(s);
    }
}
