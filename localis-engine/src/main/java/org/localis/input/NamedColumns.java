package org.localis.input;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The columns of a file whose every column has a fixed list of names (English first, then the Russian ones people
 * type): which names a header may use, which columns are required, and where each column is in a given header.
 * A column may be given under one of its names only. Used by the fleet file and the supplier's price list; the
 * BOM-like formats use {@link ColumnAliases}, where an alias counts only for formats that have the column.
 */
public final class NamedColumns {

    private final Map<String, List<String>> names;
    private final List<String> required;
    private final Set<String> known;

    /**
     * @param names    each column with its names, the English one first (the order is kept for messages)
     * @param required the columns that must be present under one of their names
     */
    public NamedColumns(Map<String, List<String>> names, List<String> required) {
        this.names = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(names));
        this.required = List.copyOf(required);
        Set<String> k = new LinkedHashSet<>();
        names.values().forEach(k::addAll);
        this.known = java.util.Collections.unmodifiableSet(k);
        for (String r : required) {
            if (!names.containsKey(r)) {
                throw new IllegalArgumentException("required column without names: " + r);
            }
        }
    }

    /** Every name a header may use. */
    public Set<String> known() {
        return known;
    }

    /** The required columns, by their English names. */
    public List<String> required() {
        return required;
    }

    /** The names of one column, the English one first. */
    public List<String> namesOf(String column) {
        List<String> n = names.get(column);
        if (n == null) {
            throw new IllegalArgumentException("no such column: " + column);
        }
        return n;
    }

    /** Every name of the given columns (e.g. those read as numbers). */
    public Set<String> namesOf(Collection<String> columns) {
        Set<String> s = new LinkedHashSet<>();
        columns.forEach(c -> s.addAll(namesOf(c)));
        return java.util.Collections.unmodifiableSet(s);
    }

    /** Reports columns given under two names and required columns missing under all their names. */
    public void check(CsvHeader header, int line, ErrorCollector errors) {
        check(header, line, errors, column -> "required column is missing");
    }

    /**
     * As {@link #check(CsvHeader, int, ErrorCollector)}, with the message for a missing required column chosen by
     * the caller; a {@code null} message means the column may be left out in this header (another column stands
     * for it).
     */
    public void check(CsvHeader header, int line, ErrorCollector errors, Function<String, String> whenMissing) {
        for (Map.Entry<String, List<String>> e : names.entrySet()) {
            List<String> present = e.getValue().stream().filter(header::has).toList();
            if (present.size() > 1) {
                errors.add(line, present.get(1), "the same column as " + present.get(0) + "; give only one of them");
            } else if (present.isEmpty() && required.contains(e.getKey())) {
                String message = whenMissing.apply(e.getKey());
                if (message != null) {
                    errors.add(line, e.getKey(), message);
                }
            }
        }
    }

    /** Whether the header has the column under any of its names. */
    public boolean present(CsvHeader header, String column) {
        return namesOf(column).stream().anyMatch(header::has);
    }

    /** Where each column is in a checked header. */
    public Positions positions(CsvHeader header) {
        return new Positions(header);
    }

    /** Where each column is in a checked header, and the name it has there (for messages). */
    public final class Positions {
        private final Map<String, Integer> index = new LinkedHashMap<>();
        private final Map<String, String> name = new LinkedHashMap<>();

        private Positions(CsvHeader header) {
            for (Map.Entry<String, List<String>> e : names.entrySet()) {
                for (String n : e.getValue()) {
                    if (header.has(n)) {
                        index.put(e.getKey(), header.index(n));
                        name.put(e.getKey(), n);
                        break;
                    }
                }
            }
        }

        /** The trimmed value of a column; "" when the column is absent. */
        public String get(String[] row, String column) {
            return CsvHeader.at(row, index.getOrDefault(column, -1)).strip();
        }

        /** The column's name as the header has it, for error messages. */
        public String field(String column) {
            return name.getOrDefault(column, column);
        }

        /** Whether the header has the column. */
        public boolean has(String column) {
            return index.containsKey(column);
        }
    }
}
