package org.localis.fleet;

/** Why a vehicle is due a tire set for a season. */
public enum DueReason {
    /** The fitted set's tread is (or will be by the deadline) below the season's legal minimum. */
    TREAD,
    /** The fitted set will be older than the maximum age at the deadline. */
    AGE,
    /** The vehicle has no set for the season (it runs on the other season's set). */
    NO_SET
}
