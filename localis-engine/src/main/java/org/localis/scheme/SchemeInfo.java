package org.localis.scheme;

/**
 * What identifies a scheme and where its figures come from.
 *
 * @param official false when some figure could not be confirmed against the official text; shown to users
 * @param file     where it was loaded from (a classpath resource or a user file)
 * @param sourceRu {@code source} in Russian ({@code source-ru}), or the English one when the file has none
 * @param notesRu  {@code notes} in Russian ({@code notes-ru}), or the English ones when the file has none
 */
public record SchemeInfo(String id, String version, String title, String titleRu, String source,
                         boolean official, String notes, String category, String file, String sourceRu, String notesRu) {
    public SchemeInfo {
        titleRu = titleRu == null || titleRu.isEmpty() ? title : titleRu;
        notes = notes == null ? "" : notes;
        category = category == null ? "" : category;
        sourceRu = sourceRu == null || sourceRu.isEmpty() ? source : sourceRu;
        notesRu = notesRu == null || notesRu.isEmpty() ? notes : notesRu;
    }

    /** Without Russian source and notes (the English ones stand for them). */
    public SchemeInfo(String id, String version, String title, String titleRu, String source, boolean official,
                      String notes, String category, String file) {
        this(id, version, title, titleRu, source, official, notes, category, file, null, null);
    }
}
