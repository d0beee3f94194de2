package org.localis.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.localis.bom.Bom;
import org.localis.cost.NetCostResult;
import org.localis.input.InputError;
import org.localis.input.Values;
import org.localis.input.InvalidInputException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "validate", mixinStandardHelpOptions = true, description = "Check input files; exit 0 if valid, 2 with FILE:LINE: field: message lines if not.")
final class ValidateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--bom", description = "BOM file: CSV, or Excel .xlsx")
    Path bom;

    @Option(names = "--operations", description = "operations CSV file")
    Path operations;

    @Option(names = "--certificates", description = "supplier certificates CSV file")
    Path certificates;

    @Option(names = "--product", description = "product.yaml manifest (checks it and every file it names)")
    Path product;

    @Mixin
    CostOptions cost = new CostOptions();

    @Option(names = "--currency", description = "ISO 4217 currency of the cost statement (default RUB, or the product's)")
    String currency;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (bom == null && operations == null && certificates == null && product == null && !cost.given()) {
            err.println("localis validate: give at least one of --bom, --operations, --certificates, --product, --cost-statement");
            return LocalisCli.BAD_INPUT;
        }
        try {
            List<InputError> problems = new ArrayList<>();
            cost.check(problems);
            String cur = currency == null ? "RUB" : currency.toUpperCase(Locale.ROOT);
            if (!Values.isCurrency(cur)) {
                problems.add(InputError.of("command line", 0, "--currency", "'" + currency + "' is not an ISO 4217 currency code"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            if (cost.given() && bom == null && operations == null && certificates == null && product == null) {
                NetCostResult r = cost.netCost(cur);
                out.println(cost.costStatement + ": OK, total cost " + r.totalCost().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + ", excluded "
                        + r.excludedTotal().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + ", net cost " + r.netCost().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " " + cur);
                return LocalisCli.OK;
            }
            Inputs in = Inputs.read(product, bom, operations, certificates, null, null, null, null, product == null && bom == null);
            if (in.product() != null && in.product().bom() != null) {
                Bom b = in.product().bom();
                out.println(b.file() + ": OK, " + b.size() + " lines, " + (b.partCount() - 1) + " distinct parts");
            }
            if (in.operationsRead() != null) {
                out.println(in.operationsRead() + ": OK");
            }
            if (in.certificatesRead() != null) {
                out.println(in.certificatesRead() + ": OK");
            }
            if (cost.given()) {
                String c = currency == null && in.product() != null ? in.product().currency() : cur;
                NetCostResult r = cost.netCost(c);
                out.println(cost.costStatement + ": OK, total cost " + r.totalCost().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + ", excluded "
                        + r.excludedTotal().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + ", net cost " + r.netCost().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " " + c);
            }
            return LocalisCli.OK;
        } catch (InvalidInputException e) {
            e.errors().forEach(err::println);
            return LocalisCli.BAD_INPUT;
        }
    }
}
