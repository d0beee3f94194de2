package org.localis.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class LedgerTest {

    @Test
    void anUnbalancedEntryCannotBeBuilt() {
        assertThatThrownBy(() -> new JournalEntry(EntryKind.DONATION, "x",
                List.of(Posting.debit(LedgerAccount.BANK, 100), Posting.credit(LedgerAccount.FUND, 99))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sum to 1");
        assertThatThrownBy(() -> new JournalEntry(EntryKind.DONATION, "x", List.of(Posting.debit(LedgerAccount.BANK, 1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Posting.debit(LedgerAccount.BANK, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JournalEntry.transfer(EntryKind.FEE, "", LedgerAccount.BANK, LedgerAccount.BANK, 5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void donationsRefundsAndFeesGiveTheExpectedBalances() {
        TrialBalance tb = new TrialBalance()
                .add(JournalEntry.transfer(EntryKind.DONATION, "ref A", LedgerAccount.BANK, LedgerAccount.FUND, 125_000))
                .add(JournalEntry.transfer(EntryKind.UNMATCHED_CREDIT, "?", LedgerAccount.BANK, LedgerAccount.SUSPENSE, 5_000))
                .add(JournalEntry.transfer(EntryKind.DONATION_ASSIGNED, "general", LedgerAccount.SUSPENSE, LedgerAccount.FUND, 5_000))
                .add(JournalEntry.transfer(EntryKind.REFUND, "returned", LedgerAccount.REFUNDS, LedgerAccount.BANK, 25_000))
                .add(JournalEntry.transfer(EntryKind.FEE, "charge", LedgerAccount.FEES, LedgerAccount.BANK, 300));
        assertThat(tb.balance(LedgerAccount.BANK)).isEqualTo(125_000 + 5_000 - 25_000 - 300);
        assertThat(LedgerAccount.FUND.natural(tb.balance(LedgerAccount.FUND))).isEqualTo(130_000);
        assertThat(tb.balance(LedgerAccount.SUSPENSE)).isZero();
        assertThat(tb.available()).isEqualTo(130_000 - 25_000 - 300);
        assertThat(tb.available()).isEqualTo(tb.balance(LedgerAccount.BANK));
        assertThat(tb.balanced()).isTrue();
    }

    @Test
    void aReversalCancelsItsEntry() {
        JournalEntry e = new JournalEntry(EntryKind.PURCHASE, "invoice 7", List.of(
                Posting.debit(LedgerAccount.PURCHASES, 900), Posting.debit(LedgerAccount.FEES, 100),
                Posting.credit(LedgerAccount.BANK, 1000)));
        TrialBalance tb = new TrialBalance().add(e).add(e.reversal("entered twice"));
        for (LedgerAccount a : LedgerAccount.values()) {
            assertThat(tb.balance(a)).as(a.name()).isZero();
        }
        assertThat(e.reversal("x").kind()).isEqualTo(EntryKind.REVERSAL);
        assertThat(e.amount()).isEqualTo(1000);
    }

    @Property
    void anySequenceOfEntriesAndReversalsKeepsTheTrialBalanceBalanced(
            @ForAll("entries") @Size(max = 60) List<JournalEntry> entries, @ForAll("flags") List<Boolean> reverse) {
        TrialBalance tb = new TrialBalance();
        List<JournalEntry> all = new ArrayList<>(entries);
        for (int i = 0; i < entries.size() && i < reverse.size(); i++) {
            if (reverse.get(i)) {
                all.add(entries.get(i).reversal("undo"));
            }
        }
        long sumOfEffects = 0;
        for (JournalEntry e : all) {
            tb.add(e);
            sumOfEffects += e.effect().values().stream().mapToLong(Long::longValue).sum();
        }
        assertThat(sumOfEffects).isZero();
        assertThat(tb.balanced()).isTrue();
        assertThat(tb.totalDebitBalances()).isEqualTo(tb.totalCreditBalances());
        long signedSum = tb.balances().values().stream().mapToLong(Long::longValue).sum();
        assertThat(signedSum).isZero();
    }

    @Provide
    Arbitrary<List<Boolean>> flags() {
        return Arbitraries.of(true, false).list().ofMaxSize(60);
    }

    @Provide
    Arbitrary<List<JournalEntry>> entries() {
        Arbitrary<LedgerAccount> acct = Arbitraries.of(LedgerAccount.class);
        Arbitrary<JournalEntry> two = Combinators.combine(acct, acct, Arbitraries.longs().between(1, 10_000_000_00L))
                .filter((a, b, m) -> a != b)
                .as((a, b, m) -> JournalEntry.transfer(EntryKind.DONATION, "", a, b, m));
        Arbitrary<JournalEntry> three = Combinators.combine(acct, acct, acct, Arbitraries.longs().between(1, 1_000_000),
                        Arbitraries.longs().between(1, 1_000_000))
                .as((a, b, c, x, y) -> new JournalEntry(EntryKind.PURCHASE, "", List.of(Posting.debit(a, x),
                        Posting.debit(b, y), Posting.credit(c, x + y))));
        return Arbitraries.oneOf(two, three).list();
    }
}
