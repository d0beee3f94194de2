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
 * @param componentPoints where the points of component certificates cited in the BOM are looked up
 */
public record AssessmentRequest(Product product, Scheme scheme, Integer period, LocalDate date,
                                CertificateSource registry, ComponentPointsSource componentPoints) {

    public AssessmentRequest {
        registry = registry == null ? CertificateSource.NONE : registry;
        componentPoints = componentPoints == null ? ComponentPointsSource.NONE : componentPoints;
    }

    public AssessmentRequest(Product product, Scheme scheme, Integer period, LocalDate date, CertificateSource registry) {
        this(product, scheme, period, date, registry, ComponentPointsSource.NONE);
    }

    public static AssessmentRequest of(Product product, Scheme scheme, Integer period, LocalDate date) {
        return new AssessmentRequest(product, scheme, period, date, CertificateSource.NONE, ComponentPointsSource.NONE);
    }
}
