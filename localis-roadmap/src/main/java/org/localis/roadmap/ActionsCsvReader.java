package org.localis.roadmap;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.localis.input.CsvHeader;
import org.localis.input.CsvTable;
import org.localis.input.ErrorCollector;
import org.localis.input.InputFiles;
import org.localis.input.InputError;
import org.localis.input.InvalidInputException;
import org.localis.input.Values;

/**
 * Reads a catalogue of candidate actions (format in docs/roadmap.md):
 * {@code id,kind,target,extra_unit_cost,capital_cost,yearly_cost,new_origin,requires,excludes,earliest_year,note}
 * and optionally {@code certificate} and {@code volume}. The file is read whole or rejected with every
 * problem ({@code file:line: field: message}); ids named in requires/excludes must be in the file.
 * BOM lines and operation codes are checked against the product and scheme by {@link RoadmapProblem#check()}.
 */
public final class ActionsCsvReader {

    public static final Set<String> COLUMNS = Set.of("id", "kind", "target", "extra_unit_cost", "capital_cost",
            "yearly_cost", "new_origin", "requires", "excludes", "earliest_year", "note", "certificate", "volume");

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Pattern SPLIT = Pattern.compile("[;|\\s]+");

    private ActionsCsvReader() {
    }

    public static List<Action> read(Path path) {
        return InputFiles.read(path, ActionsCsvReader::read);
    }

    /**
     * @throws InvalidInputException with every problem in the file
     */
    public static List<Action> read(InputStream in, String file) {
        Parsed p = readAll(in, file);
        if (!p.errors().isEmpty()) {
            throw new InvalidInputException(p.errors());
        }
        return p.actions();
    }

    /**
     * The actions of the rows that read cleanly and every problem of the file, without throwing: a caller can
     * then check the good rows against the product and scheme and report everything in one run.
     *
     * @param actions the actions of rows without problems
     * @param errors  every problem found (empty when the file is clean)
     */
    public record Parsed(List<Action> actions, List<InputError> errors) {
        public Parsed {
            actions = List.copyOf(actions);
            errors = List.copyOf(errors);
        }
    }

    public static Parsed readAll(InputStream in, String file) {
        List<Action> out = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        List<InputError> all = new ArrayList<>();
        try {
            CsvTable.read(in, file, COLUMNS, List.of("id", "kind", "target"),
                    "a header row id,kind,target,... is required", (row, line, h, errors) -> {
                        Action a = row(row, line, h, errors, ids);
                        if (a != null) {
                            out.add(a);
                        }
                    });
        } catch (InvalidInputException e) {
            all.addAll(e.errors());
        }
        ErrorCollector errors = new ErrorCollector(file);
        for (Action a : out) {
            for (String r : a.requires()) {
                if (!ids.containsKey(r)) {
                    errors.add(a.line(), "requires", "no action in the file has the id '" + r + "'");
                } else if (r.equals(a.id())) {
                    errors.add(a.line(), "requires", "an action cannot require itself");
                }
            }
            for (String x : a.excludes()) {
                if (!ids.containsKey(x)) {
                    errors.add(a.line(), "excludes", "no action in the file has the id '" + x + "'");
                } else if (x.equals(a.id())) {
                    errors.add(a.line(), "excludes", "an action cannot exclude itself");
                }
            }
        }
        if (out.isEmpty() && all.isEmpty()) {
            errors.add(0, "", "the file lists no actions");
        }
        all.addAll(errors.errors());
        all.sort(java.util.Comparator.comparingInt(InputError::line));
        return new Parsed(out, all);
    }

    private static Action row(String[] row, int line, CsvHeader h, ErrorCollector errors, Map<String, Integer> ids) {
        int before = errors.errors().size();
        String id = h.get(row, "id");
        if (id.isEmpty()) {
            errors.add(line, "id", "an action id is required");
        } else if (!ID.matcher(id).matches()) {
            errors.add(line, "id", "'" + id + "' must be letters, digits, '.', '_' and '-' (at most 100)");
        } else if (ids.containsKey(id)) {
            errors.add(line, "id", "action " + id + " is listed twice (first on line " + ids.get(id) + ")");
        } else {
            ids.put(id, line);
        }
        String kindText = h.get(row, "kind").toLowerCase(Locale.ROOT);
        String kind = switch (kindText) {
            case "localize", "localize-line", "line" -> "localize";
            case "operation", "add-operation" -> "operation";
            default -> {
                errors.add(line, "kind", kindText.isEmpty() ? "kind is required: localize or operation"
                        : "'" + kindText + "' must be localize or operation");
                yield null;
            }
        };
        String target = h.get(row, "target");
        if (target.isEmpty()) {
            errors.add(line, "target", "operation".equals(kind) ? "an operation code is required"
                    : "a BOM line is required (line number, part path PARENT/PART, or part number)");
        }
        BigDecimal extra = amount(h, h.get(row, "extra_unit_cost"), errors, line, "extra_unit_cost");
        BigDecimal capital = amount(h, h.get(row, "capital_cost"), errors, line, "capital_cost");
        BigDecimal yearly = amount(h, h.get(row, "yearly_cost"), errors, line, "yearly_cost");
        String originText = h.get(row, "new_origin");
        String certificate = h.get(row, "certificate");
        String volumeText = h.get(row, "volume");
        Integer volume = null;
        if (!volumeText.isEmpty()) {
            if (!volumeText.matches("\\d{1,9}")) {
                errors.add(line, "volume", "'" + volumeText + "' is not a whole number of units");
            } else {
                volume = Integer.parseInt(volumeText);
            }
        }
        Integer earliest = null;
        String earliestText = h.get(row, "earliest_year");
        if (!earliestText.isEmpty()) {
            if (!earliestText.matches("\\d{4}")) {
                errors.add(line, "earliest_year", "'" + earliestText + "' is not a year YYYY");
            } else {
                earliest = Integer.parseInt(earliestText);
            }
        }
        List<String> requires = ids(h.get(row, "requires"), errors, line, "requires");
        List<String> excludes = ids(h.get(row, "excludes"), errors, line, "excludes");
        String note = h.get(row, "note");
        String origin = null;
        if ("localize".equals(kind)) {
            if (originText.isEmpty()) {
                errors.add(line, "new_origin", "a localize action needs the new origin (ISO 3166-1 alpha-2 country code)");
            } else {
                origin = Values.country(originText, errors, line, "new_origin");
            }
        } else if ("operation".equals(kind)) {
            if (!originText.isEmpty()) {
                errors.add(line, "new_origin", "only localize actions have a new origin");
            }
            if (extra != null && extra.signum() != 0) {
                errors.add(line, "extra_unit_cost", "only localize actions have an extra unit cost");
            }
            if (!certificate.isEmpty()) {
                errors.add(line, "certificate", "only localize actions have a certificate");
            }
            if (volume != null) {
                errors.add(line, "volume", "only localize actions have a volume");
            }
        }
        if (errors.errors().size() != before || kind == null) {
            return null;
        }
        if (kind.equals("localize")) {
            return new LocalizeLine(id, target, extra, volume, origin, certificate, capital, yearly, requires, excludes,
                    earliest, note, line);
        }
        return new AddOperation(id, target.toLowerCase(Locale.ROOT), capital, yearly, requires, excludes, earliest, note,
                line);
    }

    private static BigDecimal amount(CsvHeader h, String text, ErrorCollector errors, int line, String field) {
        if (text.isEmpty()) {
            return BigDecimal.ZERO;
        }
        BigDecimal v = h.decimal(text, errors, line, field); // a decimal comma where the file's separator allows
        if (v == null) {
            return null;
        }
        if (v.signum() < 0) {
            errors.add(line, field, "must not be negative");
            return null;
        }
        if (v.stripTrailingZeros().scale() > 4) {
            errors.add(line, field, "'" + text + "' has more than four decimals");
            return null;
        }
        if (v.compareTo(new BigDecimal("1e13")) >= 0) {
            errors.add(line, field, "'" + text + "' is too large (at most 9999999999999.9999)");
            return null;
        }
        return v;
    }

    private static List<String> ids(String text, ErrorCollector errors, int line, String field) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : SPLIT.split(text)) {
            if (s.isEmpty()) {
                continue;
            }
            if (!ID.matcher(s).matches()) {
                errors.add(line, field, "'" + s + "' is not an action id");
            } else if (!out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }
}
