package org.localis.app.bank;

import java.time.Instant;
import java.time.LocalDate;

import org.localis.app.shared.Money;

/** A bank entry as stored: what the bank said (kept raw), and how Localis reconciled it. */
public record BankEntry(long id, long driveId, long importId, String dedupeKey, int fileLine, LocalDate bookingDate,
                        Money amount, String direction, boolean reversal, String payerName,
                        String payerAccount, String bankReference, String endToEndId, String structuredRef,
                        String remittance, String rawText, MatchStatus status, String matchSource, String foundReference,
                        Long pledgeId, String resolvedBy, Instant resolvedAt, Long driveAmountMinor, String exchangeRate) {

    /** Whether it can count as drive money: its value in the drive's currency is known. */
    public boolean countable() {
        return driveAmountMinor != null;
    }

    public boolean credit() {
        return "CREDIT".equals(direction);
    }

    /** Whether the entry is in another currency than the given (the drive's). */
    public boolean foreignTo(String driveCurrency) {
        return !amount.in(driveCurrency);
    }

    /** Signed effect on the bank account, in the entry's own currency. */
    public Money signedAmount() {
        return credit() ? amount : amount.negate();
    }

    /**
     * Signed value in the drive's currency, which is what a pledge's balance adds up: the counter-value for an
     * entry in another currency, zero when that value is unknown (such an entry never counts as drive money).
     */
    public long signedDriveMinor() {
        long v = driveAmountMinor == null ? 0 : driveAmountMinor;
        return credit() ? v : -v;
    }
}
