package org.localis.app.identity;

import java.time.Instant;

public record Organization(long id, String name, OrganizationKind kind, Instant createdAt) {
}
