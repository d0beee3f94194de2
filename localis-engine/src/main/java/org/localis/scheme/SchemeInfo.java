package org.localis.scheme;

/**
 * What identifies a scheme and where its figures come from.
 *
 * @param official false when some figure could not be confirmed against the official text; shown to users
 * @param file     where it was loaded from (a classpath resource or a user file)
 */
public record SchemeInfo(String id, String version, String title, String titleRu, String source,
                         boolean official, String notes, String category, String file) {
    public SchemeInfo {
        titleRu = titleRu == null || titleRu.isEmpty() ? title : titleRu;
        notes = notes == null ? "" : notes;
        category = category == null ? "" : category;
    }
}
