package org.localis.cost;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.localis.cost.InventoryEvent.Receipt;
import org.localis.cost.InventoryEvent.Shipment;

/** Reads the transcribed examples of SOR/2020-155 from the test resources (see SOURCES.md there). */
final class CostFixtures {

    static final String DIR = "/org/localis/cost/sor-2020-155/";

    private CostFixtures() {
    }

    static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    static CostStatement statement(String name) {
        try (InputStream in = CostFixtures.class.getResourceAsStream(DIR + name)) {
            return CostStatementCsvReader.read(in, name, "USD", DatedRates.NONE, BigDecimal.ONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The inventory tables: date,kind,units,unit_cost,origin (O or N). */
    static List<InventoryEvent> inventory(String name) {
        try (InputStream in = CostFixtures.class.getResourceAsStream(DIR + name)) {
            String[] rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<InventoryEvent> events = new ArrayList<>();
            for (int i = 1; i < rows.length; i++) {
                String[] f = rows[i].trim().split(",", -1);
                LocalDate d = LocalDate.parse(f[0]);
                if (f[1].equals("receipt")) {
                    events.add(new Receipt(d, bd(f[2]), bd(f[3]), f[4].equals("O")));
                } else {
                    events.add(new Shipment(d, bd(f[2])));
                }
            }
            return events;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Receipt> receipts(List<InventoryEvent> events) {
        return events.stream().filter(e -> e instanceof Receipt).map(e -> (Receipt) e).toList();
    }
}
