package org.localis.fleet;

/**
 * One set a vehicle is due, for explaining a need line.
 *
 * @param tires the tires of the set (the vehicle's {@link Vehicle#tiresPerSet()})
 */
public record VehicleNeed(String vehicleId, Season season, DueReason reason, int tires) {
}
