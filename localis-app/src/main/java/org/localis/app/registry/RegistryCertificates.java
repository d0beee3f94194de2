package org.localis.app.registry;

import java.util.Optional;

import org.localis.certificate.CertificateSource;
import org.localis.certificate.SupplierCertificate;
import org.springframework.stereotype.Component;

/**
 * Certificate numbers in a BOM resolved against the registry: a certificate issued here for a component
 * (a tire, an engine) is a supplier certificate of that part for everybody who buys it. Validity and
 * revocation are checked by the engine on the assessment date.
 */
@Component
public class RegistryCertificates implements CertificateSource {

    private final RegistryRepository registry;

    public RegistryCertificates(RegistryRepository registry) {
        this.registry = registry;
    }

    @Override
    public Optional<SupplierCertificate> find(String id) {
        return registry.certificate(id).map(c -> new SupplierCertificate(0, c.number(), c.organizationName(), "", true,
                c.domesticShare(), c.validFrom(), c.validTo(), c.revokedAt() != null));
    }
}
