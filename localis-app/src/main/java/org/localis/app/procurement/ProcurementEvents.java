package org.localis.app.procurement;

import org.localis.app.shared.DriveFiguresChanged;

/** Events the procurement module publishes. */
public final class ProcurementEvents {

    private ProcurementEvents() {
    }

    /** Tires of an order were received into the drive's stock. */
    public record PurchaseReceived(long driveId, long orderId, int quantity) implements DriveFiguresChanged {
    }

    /** Sets in stock were allocated to vehicles. */
    public record SetsAllocated(long driveId, int sets) implements DriveFiguresChanged {
    }

    /** A fleet confirmed the delivery of a shipment. */
    public record DeliveryConfirmed(long driveId, long shipmentId) implements DriveFiguresChanged {
    }
}
