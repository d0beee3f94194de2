package org.localis.product;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.localis.input.InputError;
import org.localis.input.InvalidInputException;
import org.localis.input.Values;
import org.localis.scheme.Powertrain;
import org.localis.scheme.VehicleCategory;

/**
 * The vehicle facts of a form or an API request, as text fields: the same facts and rules as the manifest's
 * {@code vehicle-category}, {@code powertrain}, {@code emission-standard}, {@code counts} and {@code inputs}
 * (docs/scheme-format.md). Counts and inputs are one {@code key: value} a line (or separated by {@code ;}),
 * e.g. {@code bearing-shells: 6 of 10}. Every problem names its field and, for counts and inputs, its line.
 */
public final class VehicleFactsText {

    private static final Pattern ENTRY = Pattern.compile("\\s*([^:=]+?)\\s*[:=]\\s*(.*?)\\s*");
    private static final Pattern COUNT = Pattern.compile("(\\d{1,6})\\s+(?:of|из)\\s+(\\d{1,6})");
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern STANDARD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]*");
    private static final int MAX_ENTRIES = 500;

    private VehicleFactsText() {
    }

    /** The facts, or {@link VehicleFacts#NONE} when every field is blank; all problems together otherwise. */
    public static VehicleFacts read(String category, String powertrain, String emissionStandard, String counts,
                                    String inputs, String source) {
        List<InputError> errors = new ArrayList<>();
        VehicleCategory cat = null;
        if (!blank(category)) {
            cat = VehicleCategory.fromCode(category.trim()).orElse(null);
            if (cat == null) {
                errors.add(InputError.of(source, 0, "vehicleCategory", "'" + category.trim() + "' must be one of "
                        + VehicleCategory.codes()));
            }
        }
        Powertrain pt = null;
        if (!blank(powertrain)) {
            pt = Powertrain.fromCode(powertrain.trim()).orElse(null);
            if (pt == null) {
                errors.add(InputError.of(source, 0, "powertrain", "'" + powertrain.trim() + "' must be one of " + Powertrain.codes()));
            }
        }
        String standard = blank(emissionStandard) ? null : emissionStandard.trim();
        if (standard != null && (!STANDARD.matcher(standard).matches() || standard.length() > 40)) {
            errors.add(InputError.of(source, 0, "emissionStandard", "'" + standard
                    + "' must be a regulation name such as UN-R83-07, UN-R154-00-1A or UN-R49-06"));
        }
        Map<String, VehicleFacts.Count> countMap = new LinkedHashMap<>();
        entries(counts, "counts", source, errors, (key, value, line) -> {
            Matcher x = COUNT.matcher(value);
            if (!x.matches()) {
                errors.add(InputError.of(source, line, "counts", key + ": '" + value + "' must read 'N of M', e.g. 6 of 10"));
                return;
            }
            int meeting = Integer.parseInt(x.group(1));
            int total = Integer.parseInt(x.group(2));
            if (total == 0 || meeting > total) {
                errors.add(InputError.of(source, line, "counts", key + ": '" + value
                        + "': need at least one item and no more meeting than in all"));
                return;
            }
            countMap.put(key, new VehicleFacts.Count(meeting, total, line));
        });
        Map<String, VehicleFacts.Input> inputMap = new LinkedHashMap<>();
        entries(inputs, "inputs", source, errors, (key, value, line) -> {
            String v = value.replace(',', '.');
            if (!Values.isPlainDecimal(v) || v.startsWith("-") || v.length() > 20) {
                errors.add(InputError.of(source, line, "inputs", key + ": '" + value + "' must be a number not below 0"));
                return;
            }
            inputMap.put(key, new VehicleFacts.Input(new BigDecimal(v), line));
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (cat == null && pt == null && standard == null && countMap.isEmpty() && inputMap.isEmpty()) {
            return VehicleFacts.NONE;
        }
        return new VehicleFacts(cat, pt, standard, countMap, inputMap, source, 0);
    }

    /** The facts written back as the text fields read (for a stored form): counts and inputs one a line. */
    public static String countsText(VehicleFacts f) {
        StringBuilder b = new StringBuilder();
        f.counts().forEach((k, v) -> b.append(k).append(": ").append(v).append('\n'));
        return b.toString().strip();
    }

    public static String inputsText(VehicleFacts f) {
        StringBuilder b = new StringBuilder();
        f.inputs().forEach((k, v) -> b.append(k).append(": ").append(v.value().toPlainString()).append('\n'));
        return b.toString().strip();
    }

    private interface Entry {
        void accept(String key, String value, int line);
    }

    private static void entries(String text, String field, String source, List<InputError> errors, Entry entry) {
        if (blank(text)) {
            return;
        }
        String[] lines = text.split("\\r?\\n|\\r|;");
        if (lines.length > MAX_ENTRIES) {
            errors.add(InputError.of(source, 0, field, "at most " + MAX_ENTRIES + " entries"));
            return;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            if (lines[i].isBlank()) {
                continue;
            }
            Matcher m = ENTRY.matcher(lines[i]);
            if (!m.matches() || m.group(2).isEmpty()) {
                errors.add(InputError.of(source, line, field, "'" + lines[i].strip() + "' must read 'name: value', e.g. "
                        + ("counts".equals(field) ? "bearing-shells: 6 of 10" : "rnd-percent-of-revenue: 1.8")));
                continue;
            }
            String key = m.group(1);
            if (!KEY.matcher(key).matches() || key.length() > 80) {
                errors.add(InputError.of(source, line, field, "'" + key + "' must be lower-case letters, digits and '-'"));
                continue;
            }
            if (!seen.add(key)) {
                errors.add(InputError.of(source, line, field, "'" + key + "' is given twice"));
                continue;
            }
            entry.accept(key, m.group(2), line);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
