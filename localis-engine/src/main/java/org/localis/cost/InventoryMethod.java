package org.localis.cost;

/**
 * How the origin or value of materials drawn from one inventory is determined: Schedule 7 of SOR/2020-155
 * (identical non-originating materials: FIFO, LIFO, rolling average) and Schedule 8 (fungible materials and
 * goods: FIFO, LIFO, average per shipment; the averaging over a period is {@link Inventory#periodAverage}).
 */
public enum InventoryMethod {
    FIFO("FIFO"),
    LIFO("LIFO"),
    ROLLING_AVERAGE("rolling average (Schedule 7, s. 4)"),
    AVERAGE("average per shipment (Schedule 8, s. 8)");

    private final String title;

    InventoryMethod(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
