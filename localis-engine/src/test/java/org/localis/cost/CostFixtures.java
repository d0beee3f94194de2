package org.localis.cost;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.localis.cost.InventoryEvent.Receipt;

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

    /** The inventory tables, read with the inventory reader. */
    static List<InventoryEvent> inventory(String name) {
        try (InputStream in = CostFixtures.class.getResourceAsStream(DIR + name)) {
            return InventoryCsvReader.read(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Receipt> receipts(List<InventoryEvent> events) {
        return events.stream().filter(e -> e instanceof Receipt).map(e -> (Receipt) e).toList();
    }
}
