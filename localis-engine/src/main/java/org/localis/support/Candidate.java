package org.localis.support;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A product that may receive support from a program.
 *
 * @param productId         unique within one allocation (it also breaks ties, so it must be unique)
 * @param productName       for people; may be empty
 * @param company           the producer; the per-company cap applies to all its products together
 * @param tier              the tier the product's certificate reached, or null when it is not certified
 *                          (or reached no tier)
 * @param score             the localization score, or null when unknown (formulas that need it then
 *                          refuse an eligible candidate); for lower-is-better schemes pass the score
 *                          already oriented so that higher is better
 * @param threshold         the scheme's threshold for the period, or null when unknown
 * @param annualVolume      units produced per year, &gt;= 0
 * @param certificateNumber the certificate the tier comes from, or null
 */
public record Candidate(String productId, String productName, String company, String tier, BigDecimal score,
                        BigDecimal threshold, long annualVolume, String certificateNumber) {

    public Candidate {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(company, "company");
        if (productId.isBlank()) {
            throw new IllegalArgumentException("a candidate needs a product id");
        }
        if (company.isBlank()) {
            throw new IllegalArgumentException("candidate " + productId + " needs a company");
        }
        if (annualVolume < 0) {
            throw new IllegalArgumentException("candidate " + productId + ": annual volume must not be negative");
        }
        productName = productName == null ? "" : productName;
        tier = tier == null || tier.isBlank() ? null : tier;
        certificateNumber = certificateNumber == null || certificateNumber.isBlank() ? null : certificateNumber;
    }

    /** The same candidate with another score (everything else equal). */
    public Candidate withScore(BigDecimal newScore) {
        return new Candidate(productId, productName, company, tier, newScore, threshold, annualVolume,
                certificateNumber);
    }

    /** The same candidate with another annual volume (everything else equal). */
    public Candidate withAnnualVolume(long newVolume) {
        return new Candidate(productId, productName, company, tier, score, threshold, newVolume, certificateNumber);
    }

    /** The same candidate with another tier (everything else equal). */
    public Candidate withTier(String newTier) {
        return new Candidate(productId, productName, company, newTier, score, threshold, annualVolume,
                certificateNumber);
    }
}
