package org.localis.app.drive;

import java.time.Instant;

public record Pledge(long id, long driveId, String reference, long amountMinor, Integer targetLine, Integer tires,
                     String donorName, String donorEmail, boolean showName, Instant createdAt) {
}
