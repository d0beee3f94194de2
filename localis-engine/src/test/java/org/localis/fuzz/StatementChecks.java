package org.localis.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.localis.statement.BankStatement;
import org.localis.statement.StatementEntry;
import org.localis.statement.StatementFile;

/** What an accepted bank statement file must be, whatever its format: complete, consistent statements. */
final class StatementChecks {

    private StatementChecks() {
    }

    /**
     * @param keysUniqueAcrossFile whether dedupe keys are unique in the whole file (1C) or per statement (camt)
     */
    static void checkAccepted(StatementFile file, String name, int lines, boolean keysUniqueAcrossFile) {
        assertThat(file.fileName()).isEqualTo(name);
        assertThat(file.formatVersion()).isNotBlank();
        assertThat(file.statements()).as("statements").isNotEmpty();
        file.warnings().forEach(w -> {
            assertThat(w.file()).isEqualTo(name);
            assertThat(w.line()).isBetween(0, lines);
            assertThat(w.message()).isNotBlank();
        });
        Set<String> fileKeys = new HashSet<>();
        for (BankStatement s : file.statements()) {
            assertThat(s.account()).isNotBlank();
            assertThat(s.currency()).hasSize(3);
            assertThat(s.statementId()).isNotBlank();
            assertThat(s.from()).as("period of statement %s", s.statementId()).isBeforeOrEqualTo(s.to());
            assertThat(s.line()).isBetween(1, lines);
            assertThat(s.closingDate() == null).as("closing date given with a closing balance")
                    .isEqualTo(s.closingBalanceMinor() == null);
            s.bookedMovementMinor(); // the booked entries add up without overflow
            Set<String> keys = keysUniqueAcrossFile ? fileKeys : new HashSet<>();
            for (StatementEntry e : s.entries()) {
                assertThat(e.account()).as("account of the entry on line %s", e.line()).isEqualTo(s.account());
                assertThat(e.line()).isBetween(1, lines);
                assertThat(e.currency()).hasSize(3);
                assertThat(e.amountMinor()).isPositive();
                assertThat(e.rawText()).isNotBlank();
                assertThat(e.remittanceLines()).doesNotContainNull().allMatch(l -> !l.isBlank());
                assertThat(keys.add(e.dedupeKey())).as("dedupe key %s of line %s is unique", e.dedupeKey(), e.line())
                        .isTrue();
            }
        }
    }
}
