package org.localis.app.drive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the drive tables hold, as immutable values. */
public final class DriveRecords {

    private DriveRecords() {
    }

    /** Draft (organizer only), open (public, accepts pledges), closed (public, no new pledges). */
    public enum DriveStatus { DRAFT, OPEN, CLOSED }

    /**
     * The organizer's bank details printed on the page and in every payment QR. For RUB: a 20-digit
     * account, the bank's 9-digit BIC and correspondent account, INN and KPP. For EUR: an IBAN and BIC.
     */
    public record BankDetails(String payeeName, String account, String bankName, String bic, String correspAccount,
                              String inn, String kpp) {
    }

    public record Drive(long id, String slug, String title, String story, long organizationId, String organizerName,
                        String currency, LocalDate deadline, DriveStatus status, List<String> categories,
                        int coveragePercent, BankDetails bank, Instant createdAt, String createdBy) {
        public boolean acceptsPledges() {
            return status == DriveStatus.OPEN;
        }
    }

    /** One row of the target table. {@code key()} identifies it for funding progress. */
    public record Target(int lineNo, String sizeKey, String designation, String season, int quantity, long unitPriceMinor,
                         int vehicles) {
        public String key() {
            return sizeKey + "|" + season;
        }

        public long valueMinor() {
            return Math.multiplyExact(quantity, unitPriceMinor);
        }
    }

    public record Pledge(long id, long driveId, String reference, long amountMinor, Integer targetLine, Integer tires,
                         String donorName, String donorEmail, boolean showName, Instant createdAt) {
    }

    public record Update(long id, Instant postedAt, String author, String body) {
    }
}
