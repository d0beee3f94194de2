package org.localis.app.funding;

import java.util.List;

/**
 * Every public and organizer figure of a drive at one moment, with one definition each. Money comes from
 * the ledger (account balances as stored) and the purchase orders; tires from the stock receipts, the
 * allocations and the shipments. Pages, the progress JSON, the transparency report (HTML, CSV, PDF) and the
 * procurement page all read these figures; none computes its own.
 *
 * <p>Money (minor units of {@code currency}):
 * <ul>
 * <li>{@code received}: donations reconciled — credits matched to a pledge or accepted from review (FUND).</li>
 * <li>{@code refunded}: donations returned to their payers (REFUNDS).</li>
 * <li>{@code fees}: bank charges (FEES).</li>
 * <li>{@code awaitingReview}: money on the bank account nobody has explained yet: unmatched credits less
 *     unclassified debits (SUSPENSE; negative when unexplained debits exceed unexplained credits).</li>
 * <li>{@code spent}: supplier invoices booked (PURCHASES), paid or not.</li>
 * <li>{@code owedToSuppliers}: invoices not yet paid from the account (PAYABLES); {@code paidToSuppliers} =
 *     spent − owed.</li>
 * <li>{@code committed}: purchase orders placed but not yet invoiced (order value − invoiced, per order).</li>
 * <li>{@code available}: received − refunded − fees − spent − committed: what the drive can still order.</li>
 * <li>{@code bank}: the ledger's bank account, which by double entry equals
 *     received − refunded − fees − paidToSuppliers + awaitingReview.</li>
 * <li>{@code pledgedOutstanding}: over all pledges, pledged less received against the pledge (net of returns),
 *     never below zero; a pledge whose payments were all returned counts nothing ({@link PledgeStatus#outstanding}).</li>
 * </ul>
 * <p>Tires: {@code funded} (target lines paid for, {@code org.localis.drive.FundingProgress}), {@code ordered}
 * (purchase orders), {@code received} (stock receipts), {@code allocated} (sets assigned to vehicles, returned sets
 * excluded), {@code shipped} (sets that left the store), {@code delivered} (sets the fleet confirmed, = the sum of the
 * shipments' confirmed receipts), {@code inTransit} (shipped, not confirmed: on the way or reported missing),
 * {@code missing} (reported missing and not yet resolved), {@code writtenOff}, and {@code inStock} = received − shipped.
 */
public record DriveFigures(long driveId, String currency, Money money, Tires tires, List<Purchase> purchases,
                           List<TireLine> tireLines, List<Discrepancy> discrepancies, boolean ledgerBalanced) {

    public DriveFigures {
        purchases = List.copyOf(purchases);
        tireLines = List.copyOf(tireLines);
        discrepancies = List.copyOf(discrepancies);
    }

    /** The money figures; see the type's documentation for each definition. */
    public record Money(long receivedMinor, long refundedMinor, long feesMinor, long awaitingReviewMinor, long spentMinor,
                        long owedToSuppliersMinor, long committedMinor, long bankMinor, long pledgedOutstandingMinor,
                        int pledgesOutstanding, long overpaidMinor) {

        public long paidToSuppliersMinor() {
            return spentMinor - owedToSuppliersMinor;
        }

        public long availableMinor() {
            return receivedMinor - refundedMinor - feesMinor - spentMinor - committedMinor;
        }

        /** Received net of refunds: what the public page calls "raised". */
        public long raisedMinor() {
            return receivedMinor - refundedMinor;
        }

        /**
         * The right-hand side of the report's reconciliation line: received plus awaiting review equals
         * spent + committed + fees + refunds + available + awaiting review (true by the definitions).
         */
        public long accountedMinor() {
            return spentMinor + committedMinor + feesMinor + refundedMinor + availableMinor();
        }
    }

    /** The tire figures; see the type's documentation for each definition. */
    public record Tires(int funded, int target, int ordered, int received, int allocated, int shipped, int delivered,
                        int inTransit, int missing, int writtenOff) {

        public int inStock() {
            return received - shipped;
        }

        /** Received and not yet assigned to a vehicle. */
        public int unallocated() {
            return received - allocated;
        }
    }

    /**
     * One purchase order as a reader needs it: supplier, product, origin (domestic with its registry certificate
     * and tier, or imported), quantity, unit price, value, invoiced and the invoice references.
     */
    public record Purchase(long orderId, String supplier, String product, String designation, String season, int quantity,
                           long unitPriceMinor, long valueMinor, long invoicedMinor, boolean domestic,
                           String certificateNumber, String tier, List<String> invoices) {
        public Purchase {
            invoices = List.copyOf(invoices);
        }

        /** Ordered, not yet invoiced. */
        public long committedMinor() {
            return valueMinor - invoicedMinor;
        }
    }

    /** Tires of one size and season through the chain. */
    public record TireLine(String designation, String season, int ordered, int received, int allocated, int shipped,
                           int delivered) {
        public int inStock() {
            return received - shipped;
        }
    }

    /** A set a fleet did not receive, and how it was resolved. */
    public record Discrepancy(long id, long shipmentId, String fleet, String vehicle, int tires, String status, String reason) {
    }

    /** Sum of the purchase table's values (ordered). */
    public long purchasesOrderedMinor() {
        return purchases.stream().mapToLong(Purchase::valueMinor).sum();
    }

    /** Sum of the purchase table's invoiced amounts: equals {@code money.spent}. */
    public long purchasesInvoicedMinor() {
        return purchases.stream().mapToLong(Purchase::invoicedMinor).sum();
    }

    public int domesticSharePercentByValue() {
        long total = purchasesOrderedMinor();
        long dom = purchases.stream().filter(Purchase::domestic).mapToLong(Purchase::valueMinor).sum();
        return total == 0 ? 0 : (int) (dom * 100 / total);
    }

    public int domesticSharePercentByCount() {
        int total = purchases.stream().mapToInt(Purchase::quantity).sum();
        int dom = purchases.stream().filter(Purchase::domestic).mapToInt(Purchase::quantity).sum();
        return total == 0 ? 0 : dom * 100 / total;
    }
}
