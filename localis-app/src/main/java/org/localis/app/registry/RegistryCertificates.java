package org.localis.app.registry;

import java.util.Optional;

import org.localis.certificate.CertificateSource;
import org.localis.certificate.SupplierCertificate;
import org.springframework.stereotype.Component;

/**
 * Certificate numbers in a BOM resolved against the registry: a certificate issued here for a component
 * (a tire, an engine) is a supplier certificate of that part for everybody who buys it. Validity and
 * revocation are checked by the engine on the assessment date. For points schemes (Decree 719, note 5) the
 * same certificate also carries the points its own examination certified per criterion, which count toward
 * the vehicle that cites it: they are read from the assessment stored with the certificate's submission.
 */
@Component
public class RegistryCertificates implements CertificateSource, org.localis.assessment.ComponentPointsSource {

    private final SubmissionRepository submissionRows;
    private final CertificateRepository certificateRows;

    public RegistryCertificates(SubmissionRepository submissionRows, CertificateRepository certificateRows) {
        this.submissionRows = submissionRows;
        this.certificateRows = certificateRows;
    }

    @Override
    public Optional<SupplierCertificate> find(String id) {
        return certificateRows.certificate(id).map(c -> new SupplierCertificate(0, c.number(), c.organizationName(), "", true,
                c.domesticShare(), c.validFrom(), c.validTo(), c.revokedAt() != null));
    }

    @Override
    public Optional<org.localis.assessment.CertifiedPoints> find(String certificateNumber, java.time.LocalDate date) {
        return certificateRows.certificate(certificateNumber).map(c -> {
            java.util.Map<String, java.math.BigDecimal> earned = new java.util.LinkedHashMap<>();
            try {
                com.fasterxml.jackson.databind.JsonNode criteria = JSON.readTree(submissionRows.submissionJson(c.submissionId()))
                        .path("criteria");
                for (com.fasterxml.jackson.databind.JsonNode n : criteria) {
                    if (n.hasNonNull("code") && n.hasNonNull("earned")) {
                        earned.put(n.get("code").asText(), n.get("earned").decimalValue());
                    }
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("the stored assessment of certificate " + c.number() + " is not readable", e);
            }
            return new org.localis.assessment.CertifiedPoints(c.number(), c.schemeId(), c.organizationName(),
                    c.statusOn(date).replace('-', ' '), true, c.score(), earned);
        });
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
}
