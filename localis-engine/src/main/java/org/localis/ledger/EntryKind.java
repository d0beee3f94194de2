package org.localis.ledger;

/** Why a journal entry exists; each kind has exactly one cause (a bank entry, a review decision, an invoice). */
public enum EntryKind {
    /** A credit on the bank account matched to a pledge: bank to fund. */
    DONATION,
    /** A credit not (yet) explained: bank to suspense. */
    UNMATCHED_CREDIT,
    /** The organizer accepted a suspense credit as a donation: suspense to fund. */
    DONATION_ASSIGNED,
    /** A debit on the bank account not (yet) explained: suspense to bank. */
    UNMATCHED_DEBIT,
    /** A returned or reversed donation. */
    REFUND,
    /** A bank charge. */
    FEE,
    /** A supplier's invoice for goods: the fund's money is committed to purchases (purchases to payables). */
    PURCHASE,
    /** A payment to a supplier seen on the bank statement (payables to bank, via suspense). */
    SUPPLIER_PAYMENT,
    /** Reverses an earlier entry exactly. */
    REVERSAL
}
