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
                           LocalDate date, BigDecimal price, BigDecimal netCost, String currency, String productName,
                           CostInputs cost) {

    /** A request without a cost statement (net cost typed, or none). */
    public ScoreCommand(Upload bom, Upload operations, Upload certificates, Upload rates, String scheme, Integer period,
                        LocalDate date, BigDecimal price, BigDecimal netCost, String currency, String productName) {
        this(bom, operations, certificates, rates, scheme, period, date, price, netCost, currency, productName, null);
    }

    /**
     * A cost statement and what it needs (docs/cost-statement-format.md): the net cost per unit is computed from
     * it instead of being typed.
     *
     * @param statement      the cost statement CSV
     * @param fxRates        optional: dated exchange rates for costs in other currencies
     * @param debts          optional: debt lines, for non-allowable interest
     * @param units          units the statement's costs are for (null: 1)
     * @param interestMargin optional: percentage points above the reference rate still allowable (USMCA: 7)
     */
    public record CostInputs(Upload statement, Upload fxRates, Upload debts, BigDecimal units, BigDecimal interestMargin) {
    }

    /** An uploaded file: the name the user gave it and its bytes. */
    public record Upload(String name, byte[] bytes) {
        public boolean isEmpty() {
            return bytes == null || bytes.length == 0;
        }
    }
}
