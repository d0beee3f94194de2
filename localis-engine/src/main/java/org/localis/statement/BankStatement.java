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
 * @param openingBalanceMinor opening booked balance ({@code OPBD}, else {@code PRCD}; 1C {@code НачальныйОстаток}),
 *                            signed, in minor units of {@code currency}, or null when absent
 * @param closingBalanceMinor closing booked balance ({@code CLBD}; 1C {@code КонечныйОстаток}), or null
 * @param closingDate         date of the closing balance, or null
 * @param entries             the entries in file order
 * @param line                1-based line where the statement starts ({@code <Stmt>}, {@code СекцияРасчСчет} or
 *                            the header {@code РасчСчет} line)
 * @param balanceChecks       the balance check per currency, the account currency first (empty when the reader
 *                            made none)
 * @param skipped             the pending and information-only entries an import does not store, in file order
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
        int line,
        List<BalanceCheck> balanceChecks,
        List<SkippedEntry> skipped) {

    public BankStatement {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(statementId, "statementId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        entries = List.copyOf(entries);
        balanceChecks = balanceChecks == null ? List.of() : List.copyOf(balanceChecks);
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
    }

    /** A statement without balance checks or skipped entries (the form before they were reported). */
    public BankStatement(String account, String currency, String statementId, LocalDate from, LocalDate to,
            Long openingBalanceMinor, Long closingBalanceMinor, LocalDate closingDate, List<StatementEntry> entries,
            int line) {
        this(account, currency, statementId, from, to, openingBalanceMinor, closingBalanceMinor, closingDate, entries,
                line, List.of(), List.of());
    }

    /** The balance check in the account's currency, if the reader made one. */
    public java.util.Optional<BalanceCheck> accountBalanceCheck() {
        return balanceChecks.stream().filter(c -> c.currency().equals(currency)).findFirst();
    }

    /**
     * Whether opening + booked entries = closing in the account's currency: true, false, or null when it
     * cannot be told (a balance is missing, or a foreign entry has no counter-value).
     */
    public Boolean reconciles() {
        return accountBalanceCheck().map(BalanceCheck::reconciles).orElse(null);
    }

    /** The booked entries: what an import stores. */
    public List<StatementEntry> bookedEntries() {
        return entries.stream().filter(e -> e.status() == EntryStatus.BOOKED).toList();
    }

    /**
     * Sum of the booked entries' signed amounts (credits minus debits), each in its own currency: only
     * meaningful when no entry {@linkplain StatementEntry#isForeignCurrency() is foreign}; see
     * {@link #balanceChecks()}.
     */
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
