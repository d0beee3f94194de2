package org.localis.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.localis.cost.InventoryEvent.Receipt;
import org.localis.cost.InventoryEvent.Shipment;

/**
 * Runs an inventory of receipts and shipments under a declared method and tells, for each shipment, which
 * receipts it drew (FIFO, LIFO), how many of its units are non-originating and the value of non-originating
 * materials it carries.
 */
public final class Inventory {

    /** Part of a receipt drawn by a shipment. */
    public record Draw(LocalDate received, BigDecimal units, BigDecimal unitCost, boolean originating) {
    }

    /**
     * Rounding the averaging methods apply, as the producer states it (the Schedule 8 examples use two decimals for
     * the ratio and the average unit value): null scales keep the figure exact.
     */
    public record AverageRounding(Integer ratioScale, Integer unitValueScale) {
        public static final AverageRounding EXACT = new AverageRounding(null, null);
    }

    /** The result for one shipment; {@code vnm} in cents. */
    public record ShipmentResult(LocalDate date, BigDecimal units, BigDecimal originatingUnits,
                                 BigDecimal nonOriginatingUnits, BigDecimal vnm, List<Draw> draws, String explanation) {
        public ShipmentResult {
            draws = List.copyOf(draws);
        }
    }

    private static final class Lot {
        final LocalDate date;
        final BigDecimal cost;
        final boolean originating;
        BigDecimal left;

        Lot(Receipt r) {
            date = r.date();
            cost = r.unitCost() == null ? BigDecimal.ZERO : r.unitCost();
            originating = r.originating();
            left = r.units();
        }
    }

    private Inventory() {
    }

    public static List<ShipmentResult> run(InventoryMethod method, List<? extends InventoryEvent> events, AverageRounding rounding) {
        return switch (method) {
            case FIFO, LIFO -> layers(method == InventoryMethod.FIFO, events);
            case ROLLING_AVERAGE -> rolling(events, rounding);
            case AVERAGE -> average(events, rounding);
        };
    }

    private static List<ShipmentResult> layers(boolean fifo, List<? extends InventoryEvent> events) {
        Deque<Lot> lots = new ArrayDeque<>();
        List<ShipmentResult> out = new ArrayList<>();
        for (InventoryEvent e : events) {
            if (e instanceof Receipt r) {
                lots.addLast(new Lot(r));
                continue;
            }
            Shipment s = (Shipment) e;
            BigDecimal need = s.units();
            List<Draw> draws = new ArrayList<>();
            while (need.signum() > 0) {
                Lot lot = fifo ? lots.peekFirst() : lots.peekLast();
                if (lot == null) {
                    throw short_(s, need);
                }
                BigDecimal take = lot.left.min(need);
                draws.add(new Draw(lot.date, take, lot.cost, lot.originating));
                lot.left = lot.left.subtract(take);
                need = need.subtract(take);
                if (lot.left.signum() == 0) {
                    if (fifo) {
                        lots.pollFirst();
                    } else {
                        lots.pollLast();
                    }
                }
            }
            BigDecimal vnm = BigDecimal.ZERO;
            BigDecimal nonOrig = BigDecimal.ZERO;
            List<String> terms = new ArrayList<>();
            for (Draw d : draws) {
                if (!d.originating()) {
                    vnm = vnm.add(d.units().multiply(d.unitCost()));
                    nonOrig = nonOrig.add(d.units());
                }
                terms.add(Money.plain(d.units()) + (d.originating() ? " originating" : " × " + Money.plain(d.unitCost()))
                        + " (received " + d.received() + ")");
            }
            vnm = Money.cents(vnm);
            out.add(new ShipmentResult(s.date(), s.units(), s.units().subtract(nonOrig), nonOrig, vnm, draws,
                    s.date() + ": " + Money.plain(s.units()) + " units by " + (fifo ? "FIFO" : "LIFO") + " = "
                            + String.join(" + ", terms) + "; VNM " + Money.show(vnm)));
        }
        return out;
    }

    private static List<ShipmentResult> rolling(List<? extends InventoryEvent> events, AverageRounding rounding) {
        BigDecimal units = BigDecimal.ZERO;
        BigDecimal value = BigDecimal.ZERO;
        List<ShipmentResult> out = new ArrayList<>();
        for (InventoryEvent e : events) {
            if (e instanceof Receipt r) {
                if (r.originating()) {
                    throw new IllegalArgumentException("the rolling average method values non-originating identical "
                            + "materials only (Schedule 7); the receipt of " + r.date() + " is originating");
                }
                units = units.add(r.units());
                value = value.add(r.value());
                continue;
            }
            Shipment s = (Shipment) e;
            if (s.units().compareTo(units) > 0) {
                throw short_(s, s.units().subtract(units));
            }
            BigDecimal avg = Money.round(Money.divide(value, units), rounding.unitValueScale());
            BigDecimal vnm = Money.cents(s.units().multiply(avg));
            String ex = s.date() + ": average " + Money.show(value) + " ÷ " + Money.plain(units) + " = " + Money.plain(avg)
                    + "; VNM " + Money.plain(s.units()) + " × " + Money.plain(avg) + " = " + Money.show(vnm);
            units = units.subtract(s.units());
            value = units.multiply(avg);
            out.add(new ShipmentResult(s.date(), s.units(), BigDecimal.ZERO, s.units(), vnm,
                    List.of(new Draw(null, s.units(), avg, false)), ex));
        }
        return out;
    }

    private static List<ShipmentResult> average(List<? extends InventoryEvent> events, AverageRounding rounding) {
        BigDecimal units = BigDecimal.ZERO;
        BigDecimal value = BigDecimal.ZERO;
        BigDecimal nonOrig = BigDecimal.ZERO;
        List<ShipmentResult> out = new ArrayList<>();
        for (InventoryEvent e : events) {
            if (e instanceof Receipt r) {
                units = units.add(r.units());
                value = value.add(r.value());
                if (!r.originating()) {
                    nonOrig = nonOrig.add(r.units());
                }
                continue;
            }
            Shipment s = (Shipment) e;
            if (s.units().compareTo(units) > 0) {
                throw short_(s, s.units().subtract(units));
            }
            BigDecimal ratio = Money.round(Money.divide(nonOrig, units), rounding.ratioScale());
            BigDecimal unitValue = Money.round(Money.divide(value, units), rounding.unitValueScale());
            BigDecimal usedNon = s.units().multiply(ratio);
            BigDecimal vnm = Money.cents(s.units().multiply(unitValue).multiply(ratio));
            String ex = s.date() + ": non-originating ratio " + Money.plain(nonOrig) + " ÷ " + Money.plain(units) + " = "
                    + Money.plain(ratio) + ", average unit value " + Money.show(value) + " ÷ " + Money.plain(units) + " = "
                    + Money.plain(unitValue) + "; VNM " + Money.plain(s.units()) + " × " + Money.plain(unitValue) + " × "
                    + Money.plain(ratio) + " = " + Money.show(vnm);
            units = units.subtract(s.units());
            value = value.subtract(s.units().multiply(unitValue));
            nonOrig = units.multiply(ratio);
            out.add(new ShipmentResult(s.date(), s.units(), s.units().subtract(usedNon), usedNon, vnm,
                    List.of(new Draw(null, s.units(), unitValue, false)), ex));
        }
        return out;
    }

    /**
     * Rounding of the averaging over a period: ratio, units, average unit value and VNM per unit, each half-up to the
     * scale stated (Schedule 8, Appendix A, Example 4 states 0.404, whole units, $1.07 and $0.64).
     */
    public record PeriodRounding(Integer ratioScale, Integer unitsScale, Integer unitValueScale, Integer perUnitScale) {
        public static final PeriodRounding EXACT = new PeriodRounding(null, null, null, null);
    }

    /** The average method over a period (Schedule 8, ss. 6, 7 and 14). */
    public record PeriodAverage(BigDecimal originatingRatio, BigDecimal originatingUnits, BigDecimal nonOriginatingUnits,
                                BigDecimal averageUnitValue, BigDecimal vnmPerUnit, BigDecimal vnm,
                                BigDecimal remainingOriginating, BigDecimal remainingNonOriginating, List<String> explanation) {
        public PeriodAverage {
            explanation = List.copyOf(explanation);
        }
    }

    /**
     * The ratio of originating units in inventory over a period (opening inventory and receipts of the period),
     * applied to the units shipped (in the period, or in the next one for goods) and to the units remaining.
     *
     * @param inventory the opening inventory and the receipts of the period
     * @param shipped   units of the good shipped on the basis of that ratio
     * @param remaining units left in inventory at the end of the period
     */
    public static PeriodAverage periodAverage(List<Receipt> inventory, BigDecimal shipped, BigDecimal remaining,
                                              PeriodRounding r) {
        BigDecimal units = BigDecimal.ZERO;
        BigDecimal orig = BigDecimal.ZERO;
        BigDecimal value = BigDecimal.ZERO;
        for (Receipt rc : inventory) {
            units = units.add(rc.units());
            value = value.add(rc.value());
            if (rc.originating()) {
                orig = orig.add(rc.units());
            }
        }
        if (units.signum() == 0) {
            throw new IllegalArgumentException("the inventory is empty");
        }
        BigDecimal ratio = Money.round(Money.divide(orig, units), r.ratioScale());
        BigDecimal origUnits = Money.round(shipped.multiply(ratio), r.unitsScale());
        BigDecimal nonUnits = shipped.subtract(origUnits);
        BigDecimal unitValue = Money.round(Money.divide(value, units), r.unitValueScale());
        BigDecimal perUnit = Money.round(unitValue.multiply(BigDecimal.ONE.subtract(ratio)), r.perUnitScale());
        BigDecimal vnm = Money.cents(perUnit.multiply(shipped));
        BigDecimal remOrig = Money.round(remaining.multiply(ratio), r.unitsScale());
        List<String> ex = List.of(
                "originating ratio = " + Money.plain(orig) + " ÷ " + Money.plain(units) + " = " + Money.plain(ratio),
                "shipped " + Money.plain(shipped) + ": originating " + Money.plain(shipped) + " × " + Money.plain(ratio) + " = "
                        + Money.plain(origUnits) + ", non-originating " + Money.plain(nonUnits),
                "average unit value = " + Money.show(value) + " ÷ " + Money.plain(units) + " = " + Money.plain(unitValue)
                        + "; VNM per unit = " + Money.plain(unitValue) + " × (1 − " + Money.plain(ratio) + ") = "
                        + Money.plain(perUnit) + "; VNM = " + Money.plain(perUnit) + " × " + Money.plain(shipped) + " = "
                        + Money.show(vnm),
                "remaining " + Money.plain(remaining) + ": originating " + Money.plain(remOrig) + ", non-originating "
                        + Money.plain(remaining.subtract(remOrig)));
        return new PeriodAverage(ratio, origUnits, nonUnits, unitValue, perUnit, vnm, remOrig, remaining.subtract(remOrig), ex);
    }

    private static IllegalArgumentException short_(Shipment s, BigDecimal missing) {
        return new IllegalArgumentException("the shipment of " + s.date() + " needs " + Money.plain(missing)
                + " units more than the inventory holds");
    }
}
