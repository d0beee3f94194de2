package org.localis.cli;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.localis.cost.Inventory;
import org.localis.cost.InventoryCsvReader;
import org.localis.cost.InventoryEvent;
import org.localis.cost.InventoryMethod;
import org.localis.input.InputError;
import org.localis.input.InvalidInputException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "inventory", mixinStandardHelpOptions = true, description = "Value of non-originating materials per shipment from an inventory of receipts "
        + "(FIFO, LIFO, rolling average, average), with the arithmetic.")
final class InventoryCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--file", required = true, description = "inventory CSV: date,kind,units,unit_cost,origin")
    Path file;

    @Option(names = "--method", required = true, description = "fifo, lifo, rolling-average or average")
    String method;

    @Option(names = "--ratio-decimals", description = "average: decimals the ratio is rounded to (default exact)")
    Integer ratioDecimals;

    @Option(names = "--unit-value-decimals", description = "averages: decimals the average unit value is rounded to (default exact)")
    Integer unitValueDecimals;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        try {
            InventoryMethod m = switch (method.toLowerCase(Locale.ROOT)) {
                case "fifo" -> InventoryMethod.FIFO;
                case "lifo" -> InventoryMethod.LIFO;
                case "rolling-average" -> InventoryMethod.ROLLING_AVERAGE;
                case "average" -> InventoryMethod.AVERAGE;
                default -> throw new InvalidInputException(InputError.of("command line", 0, "--method",
                        "'" + method + "' is not a method (fifo, lifo, rolling-average, average)"));
            };
            if ((ratioDecimals != null && ratioDecimals < 0) || (unitValueDecimals != null && unitValueDecimals < 0)) {
                throw new InvalidInputException(InputError.of("command line", 0, "--ratio-decimals",
                        "decimals must not be negative"));
            }
            List<InventoryEvent> events;
            if (!Files.isRegularFile(file)) {
                throw new InvalidInputException(InputError.ofFile(file.toString(), "no such file"));
            }
            try (InputStream in = Files.newInputStream(file)) {
                events = InventoryCsvReader.read(in, file.toString());
            } catch (IOException e) {
                throw new InvalidInputException(InputError.ofFile(file.toString(), "cannot be read: " + e.getMessage()));
            }
            List<Inventory.ShipmentResult> results;
            try {
                results = Inventory.run(m, events, new Inventory.AverageRounding(ratioDecimals, unitValueDecimals));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(InputError.ofFile(file.toString(), e.getMessage()));
            }
            out.println("Method: " + m.title());
            BigDecimal total = BigDecimal.ZERO;
            for (Inventory.ShipmentResult r : results) {
                out.println("  " + r.explanation());
                total = total.add(r.vnm());
            }
            out.println("Value of non-originating materials shipped: " + total.setScale(2, RoundingMode.HALF_UP).toPlainString());
            return LocalisCli.OK;
        } catch (InvalidInputException e) {
            e.errors().forEach(err::println);
            return LocalisCli.BAD_INPUT;
        }
    }
}
