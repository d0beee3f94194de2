package org.localis.scheme;

import java.math.BigDecimal;
import java.util.Set;

/**
 * An assessment period (a year) with its threshold: minimum points or percent, or for a
 * lower-is-better scheme the maximum percent. A period applies from its year until the next one of the
 * same purpose and powertrains.
 *
 * @param purpose     what the threshold is for ("" in schemes without purposes)
 * @param powertrains the powertrains it is set for (empty: every vehicle the purpose has no specific one for)
 * @param noteRu      the note in Russian ({@code note-ru}), or the English one when the file has none
 */
public record Period(int year, BigDecimal threshold, String note, String purpose, Set<Powertrain> powertrains,
                     String noteRu) {
    public Period {
        note = note == null ? "" : note;
        noteRu = noteRu == null || noteRu.isEmpty() ? note : noteRu;
        purpose = purpose == null ? "" : purpose;
        powertrains = powertrains == null ? Set.of() : Set.copyOf(powertrains);
    }

    public Period(int year, BigDecimal threshold, String note) {
        this(year, threshold, note, "", Set.of());
    }

    /** Without a Russian note ({@code note-ru}): the English one stands for it. */
    public Period(int year, BigDecimal threshold, String note, String purpose, Set<Powertrain> powertrains) {
        this(year, threshold, note, purpose, powertrains, null);
    }
}
