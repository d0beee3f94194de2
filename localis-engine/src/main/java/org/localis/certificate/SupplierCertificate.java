package org.localis.certificate;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A supplier's certificate for a part: whether it is originating (domestic) and what share of its
 * value is domestic, valid between two dates inclusive. Registry certificates may also be revoked.
 */
public record SupplierCertificate(int line, String id, String holder, String part, boolean originating,
                                  BigDecimal domesticShare, LocalDate validFrom, LocalDate validTo,
                                  boolean revoked) {

    public SupplierCertificate {
        holder = holder == null ? "" : holder;
        part = part == null ? "" : part;
        if (domesticShare == null) {
            domesticShare = originating ? BigDecimal.valueOf(100) : BigDecimal.ZERO;
        }
    }

    /** How this certificate stands on a date. */
    public Validity validityOn(LocalDate date) {
        if (revoked) {
            return Validity.REVOKED;
        }
        if (date.isBefore(validFrom)) {
            return Validity.NOT_YET_VALID;
        }
        if (date.isAfter(validTo)) {
            return Validity.EXPIRED;
        }
        return Validity.VALID;
    }

    public enum Validity {
        VALID, NOT_YET_VALID, EXPIRED, REVOKED;

        public String describe() {
            return switch (this) {
                case VALID -> "valid";
                case NOT_YET_VALID -> "not yet valid";
                case EXPIRED -> "expired";
                case REVOKED -> "revoked";
            };
        }
    }
}
