package org.localis.cost;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.localis.input.CsvTable;
import org.localis.input.Values;

/**
 * Reads the producer's debt lines {@code debt,interest,rate,reference_rate} (rates in percent a year; interest
 * in the statement's currency) for the non-allowable interest of SOR/2020-155 s. 7(14) and Schedule 9.
 */
public final class DebtsCsvReader {

    private DebtsCsvReader() {
    }

    public static List<DebtLine> read(InputStream in, String file) {
        List<DebtLine> debts = new ArrayList<>();
        CsvTable.read(in, file, Set.of("debt", "interest", "rate", "reference_rate"),
                List.of("interest", "rate", "reference_rate"), "a header row debt,interest,rate,reference_rate is required",
                (row, line, h, errors) -> {
                    BigDecimal interest = Values.decimal(h.get(row, "interest"), errors, line, "interest");
                    BigDecimal rate = Values.decimal(h.get(row, "rate"), errors, line, "rate");
                    BigDecimal ref = Values.decimal(h.get(row, "reference_rate"), errors, line, "reference_rate");
                    boolean ok = interest != null && rate != null && ref != null;
                    if (interest != null && interest.signum() < 0) {
                        errors.add(line, "interest", "must not be negative");
                        ok = false;
                    }
                    if (rate != null && rate.signum() <= 0) {
                        errors.add(line, "rate", "must be greater than 0 (percent a year)");
                        ok = false;
                    }
                    if (rate != null && rate.compareTo(BigDecimal.valueOf(100)) > 0) {
                        errors.add(line, "rate", "'" + rate.toPlainString() + "' is above 100: give the rate in percent, e.g. 6.5");
                        ok = false;
                    }
                    if (ok) {
                        debts.add(new DebtLine(line, h.get(row, "debt"), interest, rate, ref));
                    }
                });
        return debts;
    }
}
