package org.localis.app.registry;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A certificate as the public registry shows it: never costs. */
public record Certificate(long id, String number, long submissionId, long productId, String productName,
                          String category, long organizationId, String organizationName, String schemeId,
                          String schemeVersion, int period, BigDecimal score, String unit, String classification,
                          String tier, BigDecimal domesticShare, LocalDate validFrom, LocalDate validTo,
                          Instant issuedAt, String issuedBy, Instant revokedAt, String revokeReason, String okpd2,
                          String tnved, String manufacturerInn, String basisDocument, String basisNumber,
                          LocalDate basisDate) {

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
