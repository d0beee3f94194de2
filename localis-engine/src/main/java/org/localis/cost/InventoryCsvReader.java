package org.localis.cost;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.localis.input.CsvTable;
import org.localis.input.Values;

/**
 * Reads an inventory of one material (docs/cost-statement-format.md, "Inventory"): {@code date,kind,units,unit_cost,
 * origin}, kind {@code receipt} or {@code shipment}, in the order they happened. All-or-nothing, every problem as
 * {@code file:line: field: message}; a shipment larger than the stock at that point is an error on its line.
 */
public final class InventoryCsvReader {

    private InventoryCsvReader() {
    }

    public static List<InventoryEvent> read(InputStream in, String file) {
        List<InventoryEvent> events = new ArrayList<>();
        BigDecimal[] stock = {BigDecimal.ZERO};
        LocalDate[] last = {null};
        CsvTable.read(in, file, Set.of("date", "kind", "units", "unit_cost", "origin"), List.of("date", "kind", "units"),
                "a header row date,kind,units,unit_cost,origin is required", (row, line, h, errors) -> {
                    int before = errors.errors().size();
                    LocalDate date = Values.date(h.get(row, "date"), errors, line, "date");
                    String kind = h.get(row, "kind").toLowerCase(Locale.ROOT);
                    BigDecimal units = Values.decimal(h.get(row, "units"), errors, line, "units");
                    if (units != null && units.signum() <= 0) {
                        errors.add(line, "units", "must be greater than 0");
                    }
                    if (date != null && last[0] != null && date.isBefore(last[0])) {
                        errors.add(line, "date", date + " is before the previous line's " + last[0]
                                + " (list receipts and shipments in the order they happened)");
                    }
                    BigDecimal cost = null;
                    boolean originating = false;
                    switch (kind) {
                        case "receipt" -> {
                            String c = h.get(row, "unit_cost");
                            if (!c.isEmpty()) {
                                cost = Values.decimal(c, errors, line, "unit_cost");
                                if (cost != null && cost.signum() < 0) {
                                    errors.add(line, "unit_cost", "must not be negative");
                                }
                            }
                            String o = h.get(row, "origin").toLowerCase(Locale.ROOT);
                            switch (o) {
                                case "originating" -> originating = true;
                                case "non-originating" -> originating = false;
                                default -> errors.add(line, "origin", (o.isEmpty() ? "a receipt needs its origin"
                                        : "'" + o + "' is not an origin") + " (originating or non-originating)");
                            }
                        }
                        case "shipment" -> {
                            if (!h.get(row, "unit_cost").isEmpty() || !h.get(row, "origin").isEmpty()) {
                                errors.add(line, "kind", "a shipment has no unit_cost or origin (they come from the inventory)");
                            }
                            if (units != null && units.compareTo(stock[0]) > 0) {
                                errors.add(line, "units", "ships " + units.toPlainString() + " units but the inventory holds "
                                        + stock[0].toPlainString());
                            }
                        }
                        default -> errors.add(line, "kind", (kind.isEmpty() ? "a kind is required" : "'" + kind
                                + "' is not a kind") + " (receipt or shipment)");
                    }
                    if (errors.errors().size() != before) {
                        return;
                    }
                    last[0] = date;
                    if (kind.equals("receipt")) {
                        events.add(new InventoryEvent.Receipt(date, units, cost, originating));
                        stock[0] = stock[0].add(units);
                    } else {
                        events.add(new InventoryEvent.Shipment(date, units));
                        stock[0] = stock[0].subtract(units);
                    }
                });
        return events;
    }
}
