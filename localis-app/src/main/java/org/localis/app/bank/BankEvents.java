package org.localis.app.bank;

import org.localis.app.shared.Money;

import org.localis.app.shared.DriveFiguresChanged;

/** Events the bank module publishes. */
public final class BankEvents {

    private BankEvents() {
    }

    /** A statement import committed: its credits were matched to pledges or queued for review. */
    public record PaymentsReconciled(long driveId, long importId) implements DriveFiguresChanged {
    }

    /** An organizer decided (or reopened) an entry of the review queue. */
    public record ReviewDecided(long driveId, long entryId, String decision) implements DriveFiguresChanged {
    }

    /**
     * A bank credit was matched to a pledge; published inside the import's transaction (before the figures
     * change is announced), so a listener's rows commit or roll back with the import.
     */
    public record PledgePaid(long driveId, long pledgeId, long bankEntryId, Money amount) {
    }

    /** A debit returning money to a pledge's donor was booked; published inside the import's transaction. */
    public record PledgeRefunded(long driveId, long pledgeId, long bankEntryId, Money amount) {
    }
}
