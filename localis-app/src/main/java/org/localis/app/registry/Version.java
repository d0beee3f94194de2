package org.localis.app.registry;

import java.math.BigDecimal;
import java.time.Instant;

/** A version's header; file bytes are read separately when needed. */
public record Version(long id, long productId, int versionNo, String currency, BigDecimal price, BigDecimal netCost,
                      Integer annualVolume, Integer domesticJobs, String competencies, String bomFileName,
                      String bomSha256, int bomLines, String operationsFileName, String certificatesFileName,
                      String ratesFileName, Instant createdAt, String createdBy) {
}
