package org.localis.fleet;

import java.util.List;
import java.util.Objects;

/**
 * A designation as read: the text, the tire size it gives, and what in it was ignored because it means nothing
 * for matching (TL, a model name, a second service description), one note per ignored part.
 */
public record TireDesignation(String text, TireSize size, List<String> notes) {

    public TireDesignation {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(size, "size");
        notes = List.copyOf(notes);
    }
}
