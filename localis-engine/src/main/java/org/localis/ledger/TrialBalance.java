package org.localis.ledger;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Balances per account, with the totals of debit and credit balances, which are equal whenever every
 * entry was balanced. Built from postings (as stored), so it also checks what the database holds.
 */
public final class TrialBalance {

    private final Map<LedgerAccount, Long> balances = new EnumMap<>(LedgerAccount.class);

    /** Adds one stored posting. */
    public TrialBalance add(LedgerAccount account, long signedMinor) {
        balances.merge(account, signedMinor, Math::addExact);
        return this;
    }

    public TrialBalance add(JournalEntry entry) {
        for (Posting p : entry.postings()) {
            add(p.account(), p.amountMinor());
        }
        return this;
    }

    /** Signed balance (debit positive). Zero for an account never posted to. */
    public long balance(LedgerAccount account) {
        return balances.getOrDefault(account, 0L);
    }

    public Map<LedgerAccount, Long> balances() {
        return Collections.unmodifiableMap(balances);
    }

    public long totalDebitBalances() {
        return balances.values().stream().filter(v -> v > 0).mapToLong(Long::longValue).reduce(0, Math::addExact);
    }

    public long totalCreditBalances() {
        return -balances.values().stream().filter(v -> v < 0).mapToLong(Long::longValue).reduce(0, Math::addExact);
    }

    /** True when debits equal credits: what a trial balance exists to show. */
    public boolean balanced() {
        return totalDebitBalances() == totalCreditBalances();
    }

    /**
     * Money the drive can still spend: reconciled donations less refunds, fees and purchases invoiced
     * (paid or not: an invoice commits the money).
     */
    public long available() {
        return LedgerAccount.FUND.natural(balance(LedgerAccount.FUND)) - balance(LedgerAccount.REFUNDS)
                - balance(LedgerAccount.PURCHASES) - balance(LedgerAccount.FEES);
    }
}
