package org.localis.procurement;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The registry certificate behind an offer of a domestic product: its number, the support tier the product
 * reached, its localization score and whether the certificate is valid (not expired, not revoked) on the
 * planning date. Whether the offer counts as domestic is decided by {@link PlanRules#qualifies(Offer)}.
 *
 * @param certificateNumber the certificate's number in the registry
 * @param tierId            the id of the tier the product reached (as in the scheme's tier list)
 * @param score             the localization score, or null when the registry shows none
 * @param valid             whether the certificate is valid on the planning date
 */
public record DomesticStatus(String certificateNumber, String tierId, BigDecimal score, boolean valid) {

    public DomesticStatus {
        Objects.requireNonNull(certificateNumber, "certificateNumber");
        Objects.requireNonNull(tierId, "tierId");
        certificateNumber = certificateNumber.strip();
        tierId = tierId.strip();
    }
}
