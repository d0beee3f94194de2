package org.localis.assessment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the points of component certificates cited in a BOM are looked up (the registry in the web
 * application; a fixed list in tests and the CLI). Implementations must be side-effect free and
 * report the certificate's standing on {@code date}.
 */
@FunctionalInterface
public interface ComponentPointsSource {

    Optional<CertifiedPoints> find(String certificateNumber, LocalDate date);

    ComponentPointsSource NONE = (n, d) -> Optional.empty();

    /** A fixed list, valid as given whatever the date. */
    static ComponentPointsSource of(Collection<CertifiedPoints> certificates) {
        Map<String, CertifiedPoints> byNumber = new HashMap<>();
        certificates.forEach(c -> byNumber.put(c.number(), c));
        return (n, d) -> Optional.ofNullable(byNumber.get(n));
    }
}
