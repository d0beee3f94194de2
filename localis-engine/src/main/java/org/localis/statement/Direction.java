package org.localis.statement;

/** Which way money moved on the statement's account, exactly as the bank booked it. */
public enum Direction {
    /** Money in ({@code CRDT} in camt.053; the account is the payee in 1C). */
    CREDIT,
    /** Money out ({@code DBIT} in camt.053; the account is the payer in 1C). */
    DEBIT
}
