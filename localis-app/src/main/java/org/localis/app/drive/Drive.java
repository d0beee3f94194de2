package org.localis.app.drive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record Drive(long id, String slug, String title, String story, long organizationId, String organizerName,
                    String currency, LocalDate deadline, DriveStatus status, List<String> categories,
                    int coveragePercent, BankDetails bank, Instant createdAt, String createdBy) {
    public boolean acceptsPledges() {
        return status == DriveStatus.OPEN;
    }
}
