package org.localis.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.localis.bom.Bom;
import org.localis.input.InvalidInputException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
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

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (bom == null && operations == null && certificates == null && product == null) {
            err.println("localis validate: give at least one of --bom, --operations, --certificates, --product");
            return LocalisCli.BAD_INPUT;
        }
        try {
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
            return LocalisCli.OK;
        } catch (InvalidInputException e) {
            e.errors().forEach(err::println);
            return LocalisCli.BAD_INPUT;
        }
    }
}
