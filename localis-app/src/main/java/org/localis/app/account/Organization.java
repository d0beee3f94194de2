package org.localis.app.account;

import java.time.Instant;

public record Organization(long id, String name, OrganizationKind kind, Instant createdAt) {
}
