package org.localis.scheme;

/**
 * What a threshold is for: access to public procurement, a subsidy programme (Decree No. 191)...
 * A scheme lists its purposes, the first being the one that decides pass/fail and tiers.
 */
public record Purpose(String id, String title, String titleRu, String note, String noteRu) {
    public Purpose {
        titleRu = titleRu == null ? title : titleRu;
        note = note == null ? "" : note;
        noteRu = noteRu == null || noteRu.isEmpty() ? note : noteRu;
    }

    /** Without a Russian note ({@code note-ru}): the English one stands for it. */
    public Purpose(String id, String title, String titleRu, String note) {
        this(id, title, titleRu, note, null);
    }
}
