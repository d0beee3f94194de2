package org.localis.app.registry;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Rows of the registry as the application reads them. */
public final class RegistryRecords {

    private RegistryRecords() {
    }

    public record Product(long id, long organizationId, String organizationName, String name, String category,
                          Instant createdAt, String createdBy) {
    }

    /** A version's header; file bytes are read separately when needed. */
    public record Version(long id, long productId, int versionNo, String currency, BigDecimal price, BigDecimal netCost,
                          Integer annualVolume, Integer domesticJobs, String competencies, String bomFileName,
                          String bomSha256, int bomLines, String operationsFileName, String certificatesFileName,
                          String ratesFileName, Instant createdAt, String createdBy) {
    }

    public record Evidence(long id, long versionId, String fileName, String contentType, long sizeBytes, String sha256,
                           String description, Instant uploadedAt, String uploadedBy) {
    }

    public record Submission(long id, long versionId, long productId, String productName, long organizationId,
                             String organizationName, int versionNo, String schemeId, String schemeVersion, int period,
                             LocalDate assessmentDate, SubmissionStatus status, BigDecimal score, String unit,
                             boolean passed, String tier, String classification, Instant submittedAt, String submittedBy,
                             String reviewer, Instant decidedAt, String reviewerComment) {
    }

    /** A certificate as the public registry shows it: never costs. */
    public record Certificate(long id, String number, long submissionId, long productId, String productName,
                              String category, long organizationId, String organizationName, String schemeId,
                              String schemeVersion, int period, BigDecimal score, String unit, String classification,
                              String tier, BigDecimal domesticShare, LocalDate validFrom, LocalDate validTo,
                              Instant issuedAt, String issuedBy, Instant revokedAt, String revokeReason) {

        /** valid, expired, not yet valid or revoked on a date. */
        public String statusOn(LocalDate date) {
            if (revokedAt != null) {
                return "revoked";
            }
            if (date.isBefore(validFrom)) {
                return "not-yet-valid";
            }
            return date.isAfter(validTo) ? "expired" : "valid";
        }
    }
}
