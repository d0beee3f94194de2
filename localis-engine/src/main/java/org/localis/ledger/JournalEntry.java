package org.localis.ledger;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A balanced set of postings with the reason for it. The constructor refuses anything whose
 * postings do not sum to zero, so an unbalanced entry cannot exist in memory, let alone be stored.
 */
public record JournalEntry(EntryKind kind, String memo, List<Posting> postings) {

    public JournalEntry {
        Objects.requireNonNull(kind, "kind");
        memo = memo == null ? "" : memo;
        postings = List.copyOf(postings);
        if (postings.size() < 2) {
            throw new IllegalArgumentException("a journal entry needs at least two postings");
        }
        long sum = 0;
        for (Posting p : postings) {
            sum = Math.addExact(sum, p.amountMinor());
        }
        if (sum != 0) {
            throw new IllegalArgumentException("unbalanced journal entry (" + kind + "): postings sum to " + sum);
        }
    }

    /** The usual two-line entry: debit one account, credit another, by the same positive amount. */
    public static JournalEntry transfer(EntryKind kind, String memo, LedgerAccount debit, LedgerAccount credit,
                                        long minor) {
        if (debit == credit) {
            throw new IllegalArgumentException("debit and credit account are both " + debit);
        }
        return new JournalEntry(kind, memo, List.of(Posting.debit(debit, minor), Posting.credit(credit, minor)));
    }

    /** The entry that cancels this one exactly (every posting negated). */
    public JournalEntry reversal(String why) {
        List<Posting> negated = new ArrayList<>(postings.size());
        for (Posting p : postings) {
            negated.add(p.negated());
        }
        return new JournalEntry(EntryKind.REVERSAL, why, negated);
    }

    /** Total debited (equal to the total credited). */
    public long amount() {
        long d = 0;
        for (Posting p : postings) {
            if (p.isDebit()) {
                d = Math.addExact(d, p.amountMinor());
            }
        }
        return d;
    }

    /** Net effect of this entry per account. */
    public Map<LedgerAccount, Long> effect() {
        Map<LedgerAccount, Long> m = new EnumMap<>(LedgerAccount.class);
        for (Posting p : postings) {
            m.merge(p.account(), p.amountMinor(), Math::addExact);
        }
        return m;
    }
}
