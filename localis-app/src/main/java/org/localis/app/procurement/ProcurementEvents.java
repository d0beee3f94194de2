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

    /** Allocated sets left the store in shipments. */
    public record Shipped(long driveId, int shipments) implements DriveFiguresChanged {
    }

    /** Purchase orders were placed: money is committed to them. */
    public record OrdersPlaced(long driveId, int orders) implements DriveFiguresChanged {
    }

    /** A supplier's invoice was booked: money committed to an order is now spent. */
    public record Invoiced(long driveId, long orderId) implements DriveFiguresChanged {
    }
}
