package org.localis.statement;

import java.util.Objects;

/**
 * An entry that an import does not store: every pending ({@code PDNG}, {@code FUTR}; 1C: no date
 * credited/debited) or information-only ({@code INFO}) entry. Such an entry never rejects a file: the
 * standard makes its booking date optional, so one that lacks a field the reader needs is listed here
 * with what was missing instead of becoming an error. Booked entries are never skipped.
 *
 * @param line        1-based line of the entry
 * @param status      {@link EntryStatus#PENDING} or {@link EntryStatus#INFO}
 * @param currency    the currency of the amount, or null when it could not be read
 * @param amountMinor the amount in minor units, or null when it could not be read
 * @param direction   credit or debit, or null when it could not be read
 * @param readable    whether the entry is also in {@link BankStatement#entries()} (all its fields could be read)
 * @param reason      why it is skipped, for the user
 */
public record SkippedEntry(
        int line,
        EntryStatus status,
        String currency,
        Long amountMinor,
        Direction direction,
        boolean readable,
        String reason) {

    public SkippedEntry {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        if (status == EntryStatus.BOOKED) {
            throw new IllegalArgumentException("a booked entry is never skipped");
        }
    }

    /** The standard reason for a readable pending or information-only entry. */
    static String reasonFor(EntryStatus status) {
        return status == EntryStatus.PENDING
                ? "pending: not booked yet, so not imported (it will come again, booked, in a later statement)"
                : "information only: never booked, so not imported";
    }
}
