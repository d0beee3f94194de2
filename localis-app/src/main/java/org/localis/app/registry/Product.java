package org.localis.app.registry;

import java.time.Instant;

/** A product of a manufacturer in the registry, with its OKPD2 and TN VED EAEU codes when given (TN VED as digits). */
public record Product(long id, long organizationId, String organizationName, String name, String category,
                      Instant createdAt, String createdBy, String okpd2, String tnved) {
}
