package org.localis.scheme;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashSet;
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

/**
 * Loads and checks a scheme file (format: {@code docs/scheme-format.md}). This class reads the
 * header and puts the scheme together; each section has its own reader: {@link OperationsSection},
 * {@link CriteriaSection}, {@link PeriodsSection}, {@link TiersSection}, {@link ClassificationSection},
 * {@link CoefficientsSection}, {@link ValueShareSection}.
 */
public final class SchemeLoader {

    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private static final Set<String> COMMON_KEYS = Set.of("id", "version", "title", "title-ru", "kind", "official",
            "source", "notes", "category", "territory", "operations", "periods", "tiers", "classification", "source-ru", "notes-ru");
    private static final Set<String> POINTS_KEYS = union(COMMON_KEYS, Set.of("criteria", "vehicle-category",
            "purposes", "coefficients", "carried-in-from", "groups"));
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
        String kind = d.text("kind", true);
        boolean points = "points".equals(kind);
        if (kind != null && !points && !"value-share".equals(kind)) {
            errors.add(d.line("kind"), "kind", "'" + kind + "' must be points or value-share");
        }
        d.allowOnly(points ? POINTS_KEYS : VALUE_KEYS);
        SchemeInfo info = info(d, file, errors);
        Set<String> territory = territory(d, errors);
        Map<String, OperationDef> ops = OperationsSection.read(d, errors);
        if (points) {
            List<Criterion> criteria = CriteriaSection.read(d, ops, errors);
            List<CriterionGroup> groups = CriteriaSection.groups(d, errors);
            List<Purpose> purposes = PeriodsSection.purposes(d, errors);
            List<Period> periods = PeriodsSection.read(d, true, purposes, errors);
            List<Coefficient> coefficients = CoefficientsSection.read(d, purposes, criteria, errors);
            VehicleCategory category = vehicleCategory(d, errors);
            Set<String> carried = new LinkedHashSet<>(d.texts("carried-in-from"));
            for (String c : carried) {
                if (!CODE.matcher(c).matches()) {
                    errors.add(d.line("carried-in-from"), "carried-in-from", "'" + c + "' is not a scheme id");
                }
            }
            return new PointsScheme(info, territory, periods, TiersSection.read(d, errors),
                    ClassificationSection.read(d, ops, errors), ops, criteria, category, purposes, coefficients, carried,
                    groups);
        }
        List<Period> periods = PeriodsSection.read(d, false, List.of(), errors);
        return new ValueShareScheme(info, territory, periods, TiersSection.read(d, errors),
                ClassificationSection.read(d, ops, errors), ops, ValueShareSection.method(d, errors),
                ValueShareSection.originRule(d, errors));
    }

    private static SchemeInfo info(YamlDocument.Map d, String file, ErrorCollector errors) {
        String id = d.text("id", true);
        if (id != null && !CODE.matcher(id).matches()) {
            errors.add(d.line("id"), "id", "'" + id + "' must be lower-case letters, digits and '-'");
        }
        String version = d.text("version", true);
        String title = d.text("title", true);
        Boolean official = d.bool("official", true);
        String source = d.text("source", true);
        return new SchemeInfo(id, version, title, d.text("title-ru", false), source,
                Boolean.TRUE.equals(official), d.text("notes", false), d.text("category", false), file,
                russian(d, "source", errors), russian(d, "notes", errors));
    }

    /**
     * The Russian text of {@code key} ({@code key-ru}), or null when there is none; an error at its line when the
     * English text it stands beside is missing (the English text is what other languages fall back to).
     */
    static String russian(YamlDocument.Map m, String key, ErrorCollector errors) {
        String ru = m.text(key + "-ru", false);
        if (ru != null && !m.has(key)) {
            errors.add(m.line(key + "-ru"), m.path(key + "-ru"), "is the Russian of " + key + ", which is missing");
        }
        return ru;
    }

    private static Set<String> territory(YamlDocument.Map d, ErrorCollector errors) {
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
        return territory;
    }

    private static VehicleCategory vehicleCategory(YamlDocument.Map d, ErrorCollector errors) {
        String v = d.text("vehicle-category", false);
        if (v == null) {
            return null;
        }
        Optional<VehicleCategory> c = VehicleCategory.fromCode(v);
        if (c.isEmpty()) {
            errors.add(d.line("vehicle-category"), "vehicle-category", "'" + v + "' must be one of " + VehicleCategory.codes());
        }
        return c.orElse(null);
    }

    /** Codes listed under {@code key}, each checked against the operations. */
    static List<String> codes(YamlDocument.Map m, String key, Map<String, OperationDef> ops, ErrorCollector errors) {
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
