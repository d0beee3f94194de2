package org.localis.product;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.localis.input.CsvTable;
import org.localis.input.Values;

/** Reads {@code rates.csv}: currency, rate (units of the product currency for one unit of it). */
public final class RatesCsvReader {

    private RatesCsvReader() {
    }

    public static Map<String, BigDecimal> read(InputStream in, String file) {
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        CsvTable.read(in, file, Set.of("currency", "rate", "rate_to_product_currency"), List.of("currency"),
                "a header row currency,rate is required", (h, line, errors) -> {
                    if (!h.has("rate") && !h.has("rate_to_product_currency")) {
                        errors.add(line, "rate", "required column is missing (rate or rate_to_product_currency)");
                    }
                }, (row, line, h, errors) -> {
                    String rateCol = h.has("rate") ? "rate" : "rate_to_product_currency";
                    String cur = Values.currency(h.get(row, "currency"), errors, line, "currency");
                    BigDecimal rate = h.decimal(h.get(row, rateCol), errors, line, rateCol);
                    if (rate != null && rate.signum() <= 0) {
                        errors.add(line, rateCol, "must be greater than 0");
                        return;
                    }
                    if (cur != null && rate != null && rates.put(cur, rate) != null) {
                        errors.add(line, "currency", cur + " is listed twice");
                    }
                });
        return rates;
    }
}
