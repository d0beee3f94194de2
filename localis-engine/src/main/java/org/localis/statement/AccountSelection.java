package org.localis.statement;

import java.util.List;
import java.util.Objects;

/**
 * The statements of a file that are for one account, and the others listed as skipped (a file may hold
 * several accounts, or several days of one account): see {@link StatementFile#forAccount(String)}.
 *
 * @param account    the account asked for, normalized (spaces and hyphens removed, upper case)
 * @param statements the statements for it, in file order (possibly none)
 * @param skipped    the statements for other accounts, each with the reason, in file order
 */
public record AccountSelection(String account, List<BankStatement> statements, List<SkippedStatement> skipped) {

    /** A statement for another account, not imported. */
    public record SkippedStatement(BankStatement statement, String reason) {
        public SkippedStatement {
            Objects.requireNonNull(statement, "statement");
            Objects.requireNonNull(reason, "reason");
        }
    }

    public AccountSelection {
        Objects.requireNonNull(account, "account");
        statements = List.copyOf(statements);
        skipped = List.copyOf(skipped);
    }

    /** Every entry of the selected statements, in file order. */
    public List<StatementEntry> entries() {
        return statements.stream().flatMap(s -> s.entries().stream()).toList();
    }

    /** Whether nothing in the file is for the account. */
    public boolean isEmpty() {
        return statements.isEmpty();
    }

    /** An account number as compared: spaces and hyphens removed, ASCII letters upper-cased; "" for null. */
    public static String normalize(String account) {
        return account == null ? "" : account.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }
}
