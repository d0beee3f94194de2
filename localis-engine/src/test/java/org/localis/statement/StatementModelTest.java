package org.localis.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class StatementModelTest {

    private static final LocalDate D = LocalDate.of(2025, 6, 1);

    private static StatementEntry entry(long amount, Direction direction, boolean reversal, EntryStatus status) {
        return new StatementEntry(1, "A", "RUB", "k", D, D, amount, direction, reversal, status, null, null, null, null,
                null, null, "raw");
    }

    @Test
    void onlyBookedNonReversedCreditsCountAsReceived() {
        assertThat(entry(100, Direction.CREDIT, false, EntryStatus.BOOKED).isIncomingBookedCredit()).isTrue();
        assertThat(entry(100, Direction.CREDIT, false, EntryStatus.PENDING).isIncomingBookedCredit()).isFalse();
        assertThat(entry(100, Direction.CREDIT, false, EntryStatus.INFO).isIncomingBookedCredit()).isFalse();
        assertThat(entry(100, Direction.CREDIT, true, EntryStatus.BOOKED).isIncomingBookedCredit()).isFalse();
        assertThat(entry(100, Direction.DEBIT, false, EntryStatus.BOOKED).isIncomingBookedCredit()).isFalse();
        assertThat(entry(100, Direction.DEBIT, true, EntryStatus.BOOKED).isReturnOfCredit()).isTrue();
        assertThat(entry(100, Direction.DEBIT, true, EntryStatus.PENDING).isReturnOfCredit()).isFalse();
        assertThat(entry(100, Direction.DEBIT, false, EntryStatus.BOOKED).signedAmountMinor()).isEqualTo(-100);
    }

    @Test
    void entriesAreImmutableAndValid() {
        List<String> lines = new ArrayList<>(List.of("a", "b"));
        StatementEntry e = new StatementEntry(3, "A", "RUB", "k", D, D, 5, Direction.CREDIT, false, EntryStatus.BOOKED,
                null, lines, null, null, null, null, "raw");
        lines.add("c");
        assertThat(e.remittanceLines()).containsExactly("a", "b");
        assertThat(e.remittanceText()).isEqualTo("a\nb");
        assertThatThrownBy(() -> e.remittanceLines().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> entry(0, Direction.CREDIT, false, EntryStatus.BOOKED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> entry(-1, Direction.CREDIT, false, EntryStatus.BOOKED)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fileListsEntriesAcrossStatementsAndSumsBookedMovements() {
        BankStatement a = new BankStatement("A", "RUB", "1", D, D, 0L, 50L, D, List.of(
                entry(100, Direction.CREDIT, false, EntryStatus.BOOKED), entry(50, Direction.DEBIT, false, EntryStatus.BOOKED),
                entry(999, Direction.CREDIT, false, EntryStatus.PENDING)), 1);
        BankStatement b = new BankStatement("A", "RUB", "2", D, D, null, null, null, List.of(
                entry(7, Direction.CREDIT, false, EntryStatus.BOOKED)), 9);
        StatementFile f = new StatementFile("f", StatementFormat.CAMT_053, "camt.053.001.08", List.of(a, b));
        assertThat(f.entries()).hasSize(4);
        assertThat(f.warnings()).isEmpty();
        assertThat(a.bookedMovementMinor()).isEqualTo(50);
    }
}
