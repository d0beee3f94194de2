package org.localis.product;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.localis.input.CsvHeader;
import org.localis.input.CsvReader;
import org.localis.input.ErrorCollector;
import org.localis.input.Values;

/** Reads {@code rates.csv}: currency, rate (units of the product currency for one unit of it). */
public final class RatesCsvReader {

    private RatesCsvReader() {
    }

    public static Map<String, BigDecimal> read(InputStream in, String file) {
        ErrorCollector errors = new ErrorCollector(file);
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        try (CsvReader csv = new CsvReader(in)) {
            String[] head = csv.next();
            if (head == null) {
                errors.add(0, "", "the file is empty (a header row currency,rate is required)");
                errors.throwIfAny();
            }
            Set<String> known = Set.of("currency", "rate", "rate_to_product_currency");
            CsvHeader h = CsvHeader.check(head, csv.recordLine(), known, List.of("currency"), errors);
            String rateCol = h.has("rate") ? "rate" : "rate_to_product_currency";
            if (!h.has(rateCol)) {
                errors.add(csv.recordLine(), "rate", "required column is missing");
            }
            errors.throwIfAny();
            String[] row;
            while ((row = csv.next()) != null) {
                int line = csv.recordLine();
                String cur = Values.currency(h.get(row, "currency"), errors, line, "currency");
                BigDecimal rate = Values.decimal(h.get(row, rateCol), errors, line, rateCol);
                if (rate != null && rate.signum() <= 0) {
                    errors.add(line, rateCol, "must be greater than 0");
                    continue;
                }
                if (cur != null && rate != null && rates.put(cur, rate) != null) {
                    errors.add(line, "currency", cur + " is listed twice");
                }
            }
        } catch (CsvReader.SyntaxException e) {
            errors.add(e.line(), "", e.getMessage());
        } catch (IOException e) {
            errors.add(0, "", "cannot be read: " + e.getMessage());
        }
        errors.throwIfAny();
        return rates;
    }
}
