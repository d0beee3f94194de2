package org.localis.ledger;

import java.util.Objects;

/**
 * One line of a journal entry: an account and a signed amount in minor units (debit positive,
 * credit negative). Zero postings are meaningless and refused.
 */
public record Posting(LedgerAccount account, long amountMinor) {

    public Posting {
        Objects.requireNonNull(account, "account");
        if (amountMinor == 0) {
            throw new IllegalArgumentException("a posting of zero to " + account + " is not allowed");
        }
    }

    public static Posting debit(LedgerAccount account, long minor) {
        requirePositive(minor);
        return new Posting(account, minor);
    }

    public static Posting credit(LedgerAccount account, long minor) {
        requirePositive(minor);
        return new Posting(account, Math.negateExact(minor));
    }

    public boolean isDebit() {
        return amountMinor > 0;
    }

    Posting negated() {
        return new Posting(account, Math.negateExact(amountMinor));
    }

    private static void requirePositive(long minor) {
        if (minor <= 0) {
            throw new IllegalArgumentException("amount must be positive, was " + minor);
        }
    }
}
