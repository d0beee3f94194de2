package org.localis.app.registry;

import java.time.Instant;

public record Evidence(long id, long versionId, String fileName, String contentType, long sizeBytes, String sha256,
                       String description, Instant uploadedAt, String uploadedBy,
                       org.localis.assessment.EvidenceChecklist.DocumentKind kind, String criterion) {
}
