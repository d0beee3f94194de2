package org.localis.app.bank;

/** Where a bank entry stands in reconciliation. */
public enum MatchStatus {
    /** A credit matched to a pledge (by its reference, or assigned by the organizer). */
    MATCHED(true),
    /** A credit the organizer accepted as a general donation (no pledge). */
    GENERAL(true),
    /** A credit waiting for the organizer: no reference, an unknown one, or one with a bad check digit. */
    REVIEW(false),
    /** A debit waiting for the organizer to say what it was. */
    OUTGOING(false),
    /** Money returned to a payer (a reversal or refund), linked to the pledge when known. */
    REFUND(true),
    /** A bank charge. */
    FEE(true),
    /** A payment for goods. */
    PURCHASE(true);

    private final boolean resolved;

    MatchStatus(boolean resolved) {
        this.resolved = resolved;
    }

    public boolean resolved() {
        return resolved;
    }
}
