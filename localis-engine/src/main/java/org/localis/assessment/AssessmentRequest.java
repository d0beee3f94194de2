package org.localis.assessment;

import java.time.LocalDate;

import org.localis.certificate.CertificateSource;
import org.localis.product.Product;
import org.localis.scheme.Scheme;

/**
 * What to assess.
 *
 * @param period   assessment period (year), or null for the year of {@code date}
 * @param date     assessment date: certificates are checked on it
 * @param registry where certificate ids not in the product's own certificates file are resolved
 */
public record AssessmentRequest(Product product, Scheme scheme, Integer period, LocalDate date,
                                CertificateSource registry) {

    public AssessmentRequest {
        registry = registry == null ? CertificateSource.NONE : registry;
    }

    public static AssessmentRequest of(Product product, Scheme scheme, Integer period, LocalDate date) {
        return new AssessmentRequest(product, scheme, period, date, CertificateSource.NONE);
    }
}
