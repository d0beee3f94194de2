package org.localis.ledger;

/**
 * The accounts every drive has. Amounts are signed: a debit is positive, a credit negative. The
 * normal side says which sign a healthy balance has (assets and expenses debit, funds credit).
 */
public enum LedgerAccount {
    /** Money on the drive's bank account: must equal the bank statements' closing balances. */
    BANK(Side.DEBIT),
    /** Donations received and reconciled: what the drive may spend. */
    FUND(Side.CREDIT),
    /** Tires and other goods bought for the drive. */
    PURCHASES(Side.DEBIT),
    /** Bank charges and other fees. */
    FEES(Side.DEBIT),
    /** Donations returned to their payers (reversals, refunds). */
    REFUNDS(Side.DEBIT),
    /** What the drive owes suppliers: invoices received, not yet paid from the bank account. */
    PAYABLES(Side.CREDIT),
    /** Money on the bank account that is not yet explained: unmatched credits and unclassified debits. */
    SUSPENSE(Side.CREDIT);

    /** Debit or credit. */
    public enum Side { DEBIT, CREDIT }

    private final Side normalSide;

    LedgerAccount(Side normalSide) {
        this.normalSide = normalSide;
    }

    public Side normalSide() {
        return normalSide;
    }

    /** The balance as a person reads it: positive on the account's normal side. */
    public long natural(long signedBalance) {
        return normalSide == Side.DEBIT ? signedBalance : Math.negateExact(signedBalance);
    }
}
