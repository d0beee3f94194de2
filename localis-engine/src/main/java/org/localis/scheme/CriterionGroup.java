package org.localis.scheme;

/**
 * A heading of the official text that criteria are grouped under ({@code group: ice-engine} on a criterion), named
 * in the scheme's {@code groups} list in English and in Russian.
 */
public record CriterionGroup(String id, String title, String titleRu) {
    public CriterionGroup {
        titleRu = titleRu == null || titleRu.isEmpty() ? title : titleRu;
    }
}
