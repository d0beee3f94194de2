package org.localis.statement;

import java.util.List;
import java.util.Objects;

import org.localis.input.InputError;

/**
 * A bank statement file as read: its format, the statements it holds and notes that did not stop the
 * import.
 *
 * <p>{@code warnings} lists facts worth showing but not worth refusing the file for: a closing balance
 * that does not equal opening + credits − debits (public camt.053 samples do that, and a statement page
 * need not hold every entry of its period), or a balance in another currency than the account's. They
 * render as {@code file:line: field: message} like errors.
 *
 * @param fileName      the name used in messages
 * @param format        the format detected
 * @param formatVersion e.g. {@code camt.053.001.08} or {@code 1.03}
 * @param statements    the statements in file order
 * @param warnings      notes that did not prevent reading, possibly empty
 */
public record StatementFile(
        String fileName,
        StatementFormat format,
        String formatVersion,
        List<BankStatement> statements,
        List<InputError> warnings) {

    public StatementFile {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(formatVersion, "formatVersion");
        statements = List.copyOf(statements);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public StatementFile(String fileName, StatementFormat format, String formatVersion, List<BankStatement> statements) {
        this(fileName, format, formatVersion, statements, List.of());
    }

    /**
     * The statements for {@code account} (compared without spaces and hyphens, case-insensitively), and
     * every other statement listed as skipped with the reason: a file with several accounts is not an
     * error, only the statements for the account asked for are to be imported.
     */
    public AccountSelection forAccount(String account) {
        String wanted = AccountSelection.normalize(account);
        List<BankStatement> mine = new java.util.ArrayList<>();
        List<AccountSelection.SkippedStatement> others = new java.util.ArrayList<>();
        for (BankStatement s : statements) {
            if (AccountSelection.normalize(s.account()).equals(wanted)) {
                mine.add(s);
            } else {
                others.add(new AccountSelection.SkippedStatement(s, "statement " + s.statementId() + " (line " + s.line()
                        + ") is for account " + s.account() + ", not " + account + "; skipped"));
            }
        }
        return new AccountSelection(wanted, mine, others);
    }

    /** Every skipped (pending or information-only) entry of every statement, in file order. */
    public List<SkippedEntry> skippedEntries() {
        return statements.stream().flatMap(s -> s.skipped().stream()).toList();
    }

    /** Every entry of every statement, in file order. */
    public List<StatementEntry> entries() {
        return statements.stream().flatMap(s -> s.entries().stream()).toList();
    }
}
