package org.localis.app.audit;

import java.time.Instant;

/** One state change: who, when, from where, what entity, and a before/after summary; the summary's
 * message key and arguments (null for events recorded before they were kept). */
public record AuditEvent(long id, Instant at, String actor, Long actorOrgId, String address, String action,
                         String entityType, String entityId, String summary, String before, String after,
                         String summaryKey, String summaryArgs) {
}
