package org.localis.app.registry;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A certified product re-assessed because a certificate its BOM cites was revoked or expired: the score before
 * and after, and whether the certificate's tier still holds.
 */
public record CertificateFlag(long id, String certificateNumber, String productName, long productId, long organizationId,
                              String causeNumber, Cause cause, LocalDate onDate, BigDecimal oldScore, BigDecimal newScore,
                              String unit, String oldTier, String newTier, boolean passed, boolean tierHolds) {

    /** Why the cited certificate no longer counts. */
    public enum Cause { REVOKED, EXPIRED }
}
