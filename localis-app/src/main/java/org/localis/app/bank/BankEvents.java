package org.localis.app.bank;

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
}
