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
                           CostInputs cost, VehicleInputs vehicle) {

    /** A request without vehicle facts. */
    public ScoreCommand(Upload bom, Upload operations, Upload certificates, Upload rates, String scheme, Integer period,
                        LocalDate date, BigDecimal price, BigDecimal netCost, String currency, String productName,
                        CostInputs cost) {
        this(bom, operations, certificates, rates, scheme, period, date, price, netCost, currency, productName, cost, null);
    }

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

    /**
     * What a vehicle scheme needs beyond the files (docs/scheme-format.md), as typed in a form or sent to the API:
     * vehicle category (M1, N1, N2N3, M2M3), powertrain (ice, hybrid, electric), emission standard (for the
     * coefficients), counts for ratio criteria ({@code bearing-shells: 6 of 10}, one a line) and inputs for ladder
     * and per-unit criteria ({@code rnd-percent-of-revenue: 1.8}). Any may be blank.
     */
    public record VehicleInputs(String category, String powertrain, String emissionStandard, String counts, String inputs) {
        public boolean isBlank() {
            return blank(category) && blank(powertrain) && blank(emissionStandard) && blank(counts) && blank(inputs);
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }

        /** The engine's facts; every problem named by its field. */
        public org.localis.product.VehicleFacts facts() {
            return org.localis.product.VehicleFactsText.read(category, powertrain, emissionStandard, counts, inputs, "request");
        }
    }

    /**
     * An uploaded file: the name the user gave it and where its bytes are read from. A web or REST upload reads
     * the request's part as it was stored by the servlet container (on disk past the size threshold), so a large
     * BOM is streamed to the engine and into the stored run instead of being held in memory; small files and
     * demo data give their bytes directly.
     */
    public record Upload(String name, Content content) {

        /** Where an upload's bytes come from: opened as often as needed (parse, checksum, stored copy). */
        public interface Content {
            java.io.InputStream open() throws java.io.IOException;

            long size();
        }

        public Upload(String name, byte[] bytes) {
            this(name, inMemory(bytes == null ? new byte[0] : bytes));
        }

        public boolean isEmpty() {
            return content == null || content.size() == 0;
        }

        public long size() {
            return content == null ? 0 : content.size();
        }

        /** A fresh stream of the bytes; an unreadable stored part is an I/O failure, not the user's input problem. */
        public java.io.InputStream open() {
            try {
                return content.open();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("the upload " + name + " could not be read back", e);
            }
        }

        /** All the bytes in memory: for the small files and the registry's stored copy of a version's files. */
        public byte[] bytes() {
            try (java.io.InputStream in = open()) {
                return in.readAllBytes();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("the upload " + name + " could not be read back", e);
            }
        }

        private static Content inMemory(byte[] bytes) {
            return new Content() {
                @Override
                public java.io.InputStream open() {
                    return new java.io.ByteArrayInputStream(bytes);
                }

                @Override
                public long size() {
                    return bytes.length;
                }
            };
        }
    }
}
