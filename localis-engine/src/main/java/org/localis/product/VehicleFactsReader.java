package org.localis.product;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.localis.input.ErrorCollector;
import org.localis.input.Values;
import org.localis.input.YamlDocument;
import org.localis.scheme.Powertrain;
import org.localis.scheme.VehicleCategory;

/**
 * The vehicle facts of a product manifest: {@code vehicle-category}, {@code powertrain},
 * {@code emission-standard}, {@code counts} ({@code bearing-shells: 6 of 10}) and {@code inputs}.
 */
final class VehicleFactsReader {

    private static final Pattern COUNT = Pattern.compile("(\\d{1,6})\\s+of\\s+(\\d{1,6})");
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern STANDARD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]*");

    private VehicleFactsReader() {
    }

    static VehicleFacts read(YamlDocument.Map d, String file, ErrorCollector errors) {
        VehicleCategory category = null;
        String c = d.text("vehicle-category", false);
        if (c != null) {
            category = VehicleCategory.fromCode(c).orElse(null);
            if (category == null) {
                errors.add(d.line("vehicle-category"), "vehicle-category", "'" + c + "' must be one of " + VehicleCategory.codes());
            }
        }
        Powertrain powertrain = null;
        String p = d.text("powertrain", false);
        if (p != null) {
            powertrain = Powertrain.fromCode(p).orElse(null);
            if (powertrain == null) {
                errors.add(d.line("powertrain"), "powertrain", "'" + p + "' must be one of " + Powertrain.codes());
            }
        }
        String standard = d.text("emission-standard", false);
        if (standard != null && !STANDARD.matcher(standard).matches()) {
            errors.add(d.line("emission-standard"), "emission-standard", "'" + standard
                    + "' must be a regulation name such as UN-R83-07, UN-R154-00-1A or UN-R49-06");
        }
        Map<String, VehicleFacts.Count> counts = new LinkedHashMap<>();
        Optional<YamlDocument.Map> cm = d.map("counts");
        cm.ifPresent(m -> {
            for (String k : m.keys()) {
                String v = m.text(k, true);
                key(m, k, errors);
                if (v == null) {
                    continue;
                }
                Matcher x = COUNT.matcher(v);
                if (!x.matches()) {
                    errors.add(m.line(k), m.path(k), "'" + v + "' must read 'N of M', e.g. 6 of 10");
                    continue;
                }
                int meeting = Integer.parseInt(x.group(1));
                int total = Integer.parseInt(x.group(2));
                if (total == 0 || meeting > total) {
                    errors.add(m.line(k), m.path(k), "'" + v + "': need at least one item and no more meeting than in all");
                    continue;
                }
                counts.put(k, new VehicleFacts.Count(meeting, total, m.line(k)));
            }
        });
        Map<String, VehicleFacts.Input> inputs = new LinkedHashMap<>();
        d.map("inputs").ifPresent(m -> {
            for (String k : m.keys()) {
                key(m, k, errors);
                String v = m.text(k, true);
                if (v == null) {
                    continue;
                }
                if (!Values.isPlainDecimal(v) || v.startsWith("-")) {
                    errors.add(m.line(k), m.path(k), "'" + v + "' must be a number not below 0 (use '.' as the decimal point)");
                    continue;
                }
                inputs.put(k, new VehicleFacts.Input(new BigDecimal(v), m.line(k)));
            }
        });
        if (category == null && powertrain == null && standard == null && counts.isEmpty() && inputs.isEmpty()) {
            return VehicleFacts.NONE;
        }
        return new VehicleFacts(category, powertrain, standard, counts, inputs, file, d.line("vehicle-category"));
    }

    private static void key(YamlDocument.Map m, String k, ErrorCollector errors) {
        if (!KEY.matcher(k).matches()) {
            errors.add(m.line(k), m.path(k), "'" + k + "' must be lower-case letters, digits and '-'");
        }
    }
}
