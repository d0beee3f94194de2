package org.localis.app.registry;

import java.time.Instant;

/** A product of a manufacturer in the registry. */
public record Product(long id, long organizationId, String organizationName, String name, String category,
                      Instant createdAt, String createdBy) {
}
