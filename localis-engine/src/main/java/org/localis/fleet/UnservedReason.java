package org.localis.fleet;

/** Why a vehicle due a set got none. */
public enum UnservedReason {
    /** No stock item of the season fits the vehicle's size (load index and speed at least its own). */
    NO_MATCHING_STOCK,
    /** Fitting stock exists, but no item has a full set left for this vehicle. */
    NOT_ENOUGH_STOCK
}
