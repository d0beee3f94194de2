package org.localis.statement;

/**
 * Whether a statement entry is final. Only {@link #BOOKED} entries change the balance; the others
 * must not be counted as money received.
 */
public enum EntryStatus {
    /** Booked on the account ({@code BOOK}; 1C: the date credited/debited is filled). */
    BOOKED,
    /**
     * Not yet final: camt {@code PDNG} (and {@code FUTR}, a future booking); 1C: a document whose
     * {@code ДатаПоступило}/{@code ДатаСписано} is empty.
     */
    PENDING,
    /** For information only, never booked (camt {@code INFO}). */
    INFO
}
