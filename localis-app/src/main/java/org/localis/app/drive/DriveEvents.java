package org.localis.app.drive;

import org.localis.app.shared.DriveFiguresChanged;

/** Events the drive module publishes. */
public final class DriveEvents {

    private DriveEvents() {
    }

    /** The drive's status or target table changed. */
    public record DriveChanged(long driveId, String what) implements DriveFiguresChanged {
    }

    /**
     * Pledges were stored (one event per drive per committed batch). Pledges are intents and never move
     * money raised, so this does not refresh the public figures (they catch up within their cache time).
     */
    public record PledgesStored(long driveId, int count) {
    }

    /**
     * A pledge that left an e-mail address was stored; published inside the storing transaction so that a
     * listener's rows (the confirmation mail in the outbox) commit or roll back with the pledge.
     *
     * @param language the language of the page the donor pledged on ("ru", "en")
     */
    public record DonorPledged(long driveId, long pledgeId, String language) {
    }
}
