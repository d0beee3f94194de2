package org.localis.app.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One scoring request from a page or the API, files as uploaded.
 *
 * @param bom          required
 * @param operations   optional (null)
 * @param certificates optional (null)
 * @param rates        optional (null): currency,rate to the product currency
 */
public record ScoreCommand(Upload bom, Upload operations, Upload certificates, Upload rates, String scheme, Integer period,
                           LocalDate date, BigDecimal price, BigDecimal netCost, String currency, String productName) {

    /** An uploaded file: the name the user gave it and its bytes. */
    public record Upload(String name, byte[] bytes) {
        public boolean isEmpty() {
            return bytes == null || bytes.length == 0;
        }
    }
}
