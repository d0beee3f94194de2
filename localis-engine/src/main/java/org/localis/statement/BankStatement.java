package org.localis.statement;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One account's statement for a period: a camt.053 {@code Stmt}, or the part of a 1C file about one
 * {@code РасчСчет}.
 *
 * @param account             IBAN or 20-digit account number, spaces removed
 * @param currency            ISO 4217 code of the account ({@code Acct/Ccy}, else that of the entries or the
 *                            opening balance; always RUB for 1C)
 * @param statementId         camt {@code Stmt/Id}; 1C {@code account:from:to} with ISO dates
 * @param from                first day covered ({@code FrToDt}; else the earliest booking date, the closing
 *                            balance date or the creation date)
 * @param to                  last day covered, found the same way
 * @param openingBalanceMinor opening booked balance ({@code OPBD}; 1C {@code НачальныйОстаток}), signed, in minor
 *                            units, or null when absent or in another currency
 * @param closingBalanceMinor closing booked balance ({@code CLBD}; 1C {@code КонечныйОстаток}), or null
 * @param closingDate         date of the closing balance, or null
 * @param entries             the entries in file order
 * @param line                1-based line where the statement starts ({@code <Stmt>}, {@code СекцияРасчСчет} or
 *                            the header {@code РасчСчет} line)
 */
public record BankStatement(
        String account,
        String currency,
        String statementId,
        LocalDate from,
        LocalDate to,
        Long openingBalanceMinor,
        Long closingBalanceMinor,
        LocalDate closingDate,
        List<StatementEntry> entries,
        int line) {

    public BankStatement {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(statementId, "statementId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        entries = List.copyOf(entries);
    }

    /** Sum of the booked entries' signed amounts (credits minus debits). */
    public long bookedMovementMinor() {
        long sum = 0;
        for (StatementEntry e : entries) {
            if (e.status() == EntryStatus.BOOKED) {
                sum = Math.addExact(sum, e.signedAmountMinor());
            }
        }
        return sum;
    }
}
