package org.localis.certificate;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where certificate ids in a BOM are resolved: a certificates file, the registry, or both.
 * Implementations must be side-effect free.
 */
@FunctionalInterface
public interface CertificateSource {

    Optional<SupplierCertificate> find(String id);

    CertificateSource NONE = id -> Optional.empty();

    static CertificateSource of(Collection<SupplierCertificate> certificates) {
        Map<String, SupplierCertificate> byId = new HashMap<>();
        for (SupplierCertificate c : certificates) {
            byId.put(c.id(), c);
        }
        return id -> Optional.ofNullable(byId.get(id));
    }

    /** This source first, then {@code fallback}. */
    default CertificateSource orElse(CertificateSource fallback) {
        return id -> {
            Optional<SupplierCertificate> c = find(id);
            return c.isPresent() ? c : fallback.find(id);
        };
    }
}
