package org.localis.assessment;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a component's registry certificate certifies in points, as the certificate source reports it
 * for a certificate number cited in a BOM: the scheme it was issued under, whether it is valid on the
 * assessment date and passed that scheme's threshold, and the points per criterion code. A vehicle
 * scheme carries these criterion points into the vehicle's total (Decree 719, annex note 5), and a
 * criterion {@code certified-by} that scheme is performed by a valid, passing certificate.
 *
 * @param validity      "valid", or why not (expired, revoked, not yet valid) on the assessment date
 * @param criterionPoints points earned per criterion code of the certificate's assessment
 */
public record CertifiedPoints(String number, String schemeId, String holder, String validity, boolean passed,
                              BigDecimal total, Map<String, BigDecimal> criterionPoints) {

    public CertifiedPoints {
        holder = holder == null ? "" : holder;
        validity = validity == null ? "valid" : validity;
        criterionPoints = Collections.unmodifiableMap(new LinkedHashMap<>(criterionPoints));
    }

    public boolean valid() {
        return validity.equals("valid");
    }
}
