package org.localis.app.procurement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.localis.app.registry.Certificate;
import org.localis.app.registry.CertificateRepository;
import org.localis.scheme.Scheme;
import org.localis.scheme.SchemeCatalog;
import org.localis.scheme.Tier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether an offer is a certified domestic product: its certificate is in the registry, valid on the
 * day, and its tier is at or above the configured minimum tier of the certificate's scheme (tiers are
 * ordered as the scheme lists them).
 */
@Component
public class DomesticStatusResolver {

    /**
     * What the registry says of an offer's certificate. {@code misfit} is why the certificate does not fit the
     * offer (a message key, see {@link CertificateFit}); null when it fits or was not checked against an offer.
     */
    public record Status(String certificateNumber, String productName, String manufacturer, String tier,
                         java.math.BigDecimal score, String unit, String validity, boolean qualifies, String misfit) {

        public Status(String certificateNumber, String productName, String manufacturer, String tier,
                      java.math.BigDecimal score, String unit, String validity, boolean qualifies) {
            this(certificateNumber, productName, manufacturer, tier, score, unit, validity, qualifies, null);
        }
    }

    private final CertificateRepository certificateRows;
    private final SchemeCatalog schemes;
    private final String minimumTier;

    public DomesticStatusResolver(CertificateRepository certificateRows, SchemeCatalog schemes,
                                  @Value("${localis.procurement.minimum-tier:base}") String minimumTier) {
        this.certificateRows = certificateRows;
        this.schemes = schemes;
        this.minimumTier = minimumTier;
    }

    public String minimumTier() {
        return minimumTier;
    }

    public Optional<Status> resolve(String certificateNumber, LocalDate on) {
        if (certificateNumber == null || certificateNumber.isBlank()) {
            return Optional.empty();
        }
        Optional<Certificate> c = certificateRows.certificate(certificateNumber.strip());
        if (c.isEmpty()) {
            return Optional.of(new Status(certificateNumber, null, null, null, null, null, "unknown", false));
        }
        Certificate cert = c.get();
        String validity = cert.statusOn(on);
        boolean tierOk = cert.tier() != null && atLeast(cert.schemeId(), cert.tier());
        return Optional.of(new Status(cert.number(), cert.productName(), cert.organizationName(), cert.tier(), cert.score(),
                cert.unit(), validity, "valid".equals(validity) && tierOk));
    }

    /**
     * The certificate's status for one offer: it qualifies for the domestic preference only when it is valid,
     * of a high enough tier, and fits the offer ({@link CertificateFit}: a tire product, issued to the offer's
     * maker, covering the offered size). Otherwise the offer stays, without the preference, and
     * {@link Status#misfit()} says why.
     */
    public Optional<Status> resolveFor(String certificateNumber, LocalDate on, String supplier, String brandModel,
                                       String designation) {
        if (certificateNumber == null || certificateNumber.isBlank()) {
            return Optional.empty();
        }
        Optional<Certificate> c = certificateRows.certificate(certificateNumber.strip());
        if (c.isEmpty()) {
            return Optional.of(new Status(certificateNumber, null, null, null, null, null, "unknown", false,
                    "proc.misfit.unknown"));
        }
        Certificate cert = c.get();
        String validity = cert.statusOn(on);
        boolean tierOk = cert.tier() != null && atLeast(cert.schemeId(), cert.tier());
        String misfit = !"valid".equals(validity) ? "proc.misfit." + validity
                : CertificateFit.misfit(cert, supplier, brandModel, designation).orElse(tierOk ? null : "proc.misfit.tier");
        return Optional.of(new Status(cert.number(), cert.productName(), cert.organizationName(), cert.tier(), cert.score(),
                cert.unit(), validity, misfit == null, misfit));
    }

    private boolean atLeast(String schemeId, String tier) {
        Optional<Scheme> s = schemes.find(schemeId);
        if (s.isEmpty()) {
            return false;
        }
        List<String> order = s.get().tiers().stream().map(Tier::id).toList();
        int have = order.indexOf(tier);
        int need = order.indexOf(minimumTier);
        return have >= 0 && (need < 0 ? have >= 0 : have >= need);
    }
}
