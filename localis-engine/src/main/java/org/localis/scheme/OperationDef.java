package org.localis.scheme;

/**
 * A code a scheme accepts in {@code operations.csv}: a technological operation done in the country,
 * or a component made in the country.
 */
public record OperationDef(String code, String title, String titleRu, Type type) {

    public enum Type {
        OPERATION, COMPONENT
    }
}
