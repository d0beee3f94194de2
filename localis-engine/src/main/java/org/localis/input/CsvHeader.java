package org.localis.input;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The header row of a CSV file checked against the columns a format knows: names are trimmed and
 * case-insensitive, order is free, an unknown or repeated column is an error (it is usually a typo).
 */
public final class CsvHeader {

    private final Map<String, Integer> index;
    private final int width;
    private final CsvDialect dialect;

    private CsvHeader(Map<String, Integer> index, int width, CsvDialect dialect) {
        this.index = index;
        this.width = width;
        this.dialect = dialect;
    }

    /**
     * Checks a header row. Reports problems into {@code errors} (line 1) and returns the header,
     * which is usable for the known columns even when some were wrong.
     */
    public static CsvHeader check(String[] row, int line, Set<String> known, List<String> required,
                                  ErrorCollector errors) {
        return check(row, line, known, required, errors, null);
    }

    /**
     * As {@link #check(String[], int, Set, List, ErrorCollector)} for a CSV file read in {@code dialect} (null for
     * a workbook): its messages say how the file was read, and its numbers may have a decimal comma.
     * A column may be named by its Russian alias ({@link ColumnAliases}).
     */
    public static CsvHeader check(String[] row, int line, Set<String> known, List<String> required,
                                  ErrorCollector errors, CsvDialect dialect) {
        Map<String, Integer> index = new HashMap<>();
        int unknown = 0;
        for (int i = 0; i < row.length; i++) {
            String name = row[i].trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                errors.add(line, "column " + (i + 1), "empty column name in the header");
                continue;
            }
            if (!known.contains(name)) {
                String alias = ColumnAliases.column(name, known);
                if (alias != null) {
                    name = alias;
                }
            }
            if (!known.contains(name)) {
                unknown++;
                String how = dialect == null || unknown > 1 ? ""
                        : "; the file was read as " + dialect.describe() + ": if that is wrong, save it as CSV UTF-8";
                errors.add(line, name, "unknown column (known columns: " + String.join(", ", sorted(known))
                        + ", or their Russian names" + how + ")");
                continue;
            }
            if (index.putIfAbsent(name, i) != null) {
                errors.add(line, name, "column appears twice in the header");
            }
        }
        for (String r : required) {
            if (!index.containsKey(r)) {
                errors.add(line, r, "required column is missing");
            }
        }
        return new CsvHeader(index, row.length, dialect == null ? CsvDialect.STANDARD : dialect);
    }

    /** Whether numbers in the rows may have a decimal comma (a CSV file separated by ';' or tabs). */
    public boolean decimalComma() {
        return dialect.decimalComma();
    }

    /** A decimal of a row, with a decimal comma where the file's separator allows one. */
    public BigDecimal decimal(String text, ErrorCollector errors, int line, String field) {
        return Values.decimal(text, dialect.decimalComma(), errors, line, field);
    }

    public boolean has(String column) {
        return index.containsKey(column);
    }

    public int width() {
        return width;
    }

    /** Position of a column in a row, or -1 when the header does not have it. */
    public int index(String column) {
        Integer i = index.get(column);
        return i == null ? -1 : i;
    }

    /** The trimmed value at a position from {@link #index(String)}; "" for -1 or a short row. */
    public static String at(String[] row, int i) {
        if (i < 0 || i >= row.length) {
            return "";
        }
        String v = row[i];
        int n = v.length();
        if (n == 0 || (v.charAt(0) > ' ' && v.charAt(n - 1) > ' ')) {
            return v;
        }
        return v.trim();
    }

    /** The trimmed value of a column in a row, or "" when the column is absent or the row is short. */
    public String get(String[] row, String column) {
        Integer i = index.get(column);
        if (i == null || i >= row.length) {
            return "";
        }
        return row[i].trim();
    }

    private static List<String> sorted(Set<String> s) {
        return s.stream().sorted().toList();
    }
}
