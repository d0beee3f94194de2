package org.localis.drive;

/** What the search for a payment reference in a bank entry found. */
public sealed interface PaymentMatch {

    /** Where in the entry a reference was found, best source first. */
    enum Source { STRUCTURED_REFERENCE, REMITTANCE, END_TO_END_ID }

    /** A reference with a valid check digit. Whether a pledge has it is the caller's question. */
    record Found(String reference, Source source) implements PaymentMatch {
    }

    /** Something shaped like a reference whose check digit is wrong: never matched automatically. */
    record BadCheckDigit(String candidate, Source source) implements PaymentMatch {
    }

    /** No reference at all. */
    record NotFound() implements PaymentMatch {
    }
}
