package org.localis.app.registry;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public record Submission(long id, long versionId, long productId, String productName, long organizationId,
                         String organizationName, int versionNo, String schemeId, String schemeVersion, int period,
                         LocalDate assessmentDate, SubmissionStatus status, BigDecimal score, String unit,
                         boolean passed, String tier, String classification, Instant submittedAt, String submittedBy,
                         String reviewer, Instant decidedAt, String reviewerComment) {
}
