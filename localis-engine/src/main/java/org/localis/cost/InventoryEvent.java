package org.localis.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A receipt into, or a shipment of goods made from, one inventory; events are taken in the order given. */
public sealed interface InventoryEvent {

    LocalDate date();

    BigDecimal units();

    /**
     * Units received at a unit cost (s. 8 value; null for goods whose value does not matter), originating or not.
     */
    record Receipt(LocalDate date, BigDecimal units, BigDecimal unitCost, boolean originating) implements InventoryEvent {
        public Receipt {
            Objects.requireNonNull(date);
            if (units.signum() <= 0) {
                throw new IllegalArgumentException("a receipt needs a positive quantity");
            }
            if (unitCost != null && unitCost.signum() < 0) {
                throw new IllegalArgumentException("a unit cost must not be negative");
            }
        }

        public BigDecimal value() {
            return unitCost == null ? BigDecimal.ZERO : unitCost.multiply(units);
        }
    }

    /** A shipment of the good, using one unit of the material per unit of the good. */
    record Shipment(LocalDate date, BigDecimal units) implements InventoryEvent {
        public Shipment {
            Objects.requireNonNull(date);
            if (units.signum() <= 0) {
                throw new IllegalArgumentException("a shipment needs a positive quantity");
            }
        }
    }
}
