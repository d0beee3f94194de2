package org.localis.cost;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.localis.input.CsvTable;
import org.localis.input.Values;

/**
 * Exchange rates by date: {@code currency,date,rate}, a rate being the units of the statement's currency for one
 * unit of {@code currency}, in force from {@code date} until the next date given for that currency. A cost is
 * converted at the rate in force on its date.
 */
public final class DatedRates {

    public static final DatedRates NONE = new DatedRates("", Map.of());

    private final String file;
    private final Map<String, TreeMap<LocalDate, BigDecimal>> rates;

    private DatedRates(String file, Map<String, TreeMap<LocalDate, BigDecimal>> rates) {
        this.file = file;
        this.rates = rates;
    }

    public static DatedRates of(Map<String, Map<LocalDate, BigDecimal>> byCurrency) {
        Map<String, TreeMap<LocalDate, BigDecimal>> m = new HashMap<>();
        byCurrency.forEach((c, r) -> m.put(c, new TreeMap<>(r)));
        return new DatedRates("", m);
    }

    public String file() {
        return file;
    }

    /** The rate in force on {@code date}, if one was given on or before it. */
    public Optional<BigDecimal> on(String currency, LocalDate date) {
        TreeMap<LocalDate, BigDecimal> r = rates.get(currency);
        if (r == null) {
            return Optional.empty();
        }
        Map.Entry<LocalDate, BigDecimal> e = r.floorEntry(date);
        return e == null ? Optional.empty() : Optional.of(e.getValue());
    }

    /** Reads {@code currency,date,rate}; all-or-nothing, every problem as {@code file:line: field: message}. */
    public static DatedRates read(InputStream in, String file) {
        Map<String, TreeMap<LocalDate, BigDecimal>> m = new HashMap<>();
        CsvTable.read(in, file, Set.of("currency", "date", "rate"), List.of("currency", "date", "rate"),
                "a header row currency,date,rate is required", (row, line, h, errors) -> {
                    String cur = Values.currency(h.get(row, "currency"), errors, line, "currency");
                    LocalDate date = Values.date(h.get(row, "date"), errors, line, "date");
                    BigDecimal rate = Values.decimal(h.get(row, "rate"), errors, line, "rate");
                    if (rate != null && rate.signum() <= 0) {
                        errors.add(line, "rate", "must be greater than 0");
                        return;
                    }
                    if (cur != null && date != null && rate != null
                            && m.computeIfAbsent(cur, c -> new TreeMap<>()).put(date, rate) != null) {
                        errors.add(line, "date", cur + " already has a rate on " + date);
                    }
                });
        return new DatedRates(file, m);
    }
}
