package org.localis.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.localis.cost.CostStatement;
import org.localis.cost.CostStatementCsvReader;
import org.localis.cost.DatedRates;
import org.localis.cost.DebtLine;
import org.localis.cost.DebtsCsvReader;
import org.localis.cost.NetCost;
import org.localis.cost.NetCostResult;
import org.localis.cost.NonAllowableInterest;
import org.localis.input.InputError;
import org.localis.input.InvalidInputException;
import org.localis.input.Values;
import picocli.CommandLine.Option;

/** The cost statement options of {@code score} and {@code validate} (docs/cost-statement-format.md). */
final class CostOptions {

    @Option(names = "--cost-statement", description = "cost statement CSV: total cost, excluded costs, net cost (docs/cost-statement-format.md)")
    Path costStatement;

    @Option(names = "--fx-rates", description = "dated exchange rates CSV (currency,date,rate) for the cost statement")
    Path fxRates;

    @Option(names = "--debts", description = "debt lines CSV (debt,interest,rate,reference_rate): non-allowable interest")
    Path debts;

    @Option(names = "--cost-units", description = "units of the good the cost statement is for (default 1)")
    String costUnits;

    @Option(names = "--interest-margin", description = "allowed margin above the reference rate, percent (default 7.00 = 700 basis points)")
    String interestMargin;

    boolean given() {
        return costStatement != null;
    }

    /** Problems with the options on their face. */
    void check(List<InputError> problems) {
        if (costStatement == null && (fxRates != null || debts != null || costUnits != null || interestMargin != null)) {
            problems.add(InputError.of(ProductOptions.CMD, 0, "--cost-statement",
                    "--fx-rates, --debts, --cost-units and --interest-margin need --cost-statement FILE"));
        }
        if (costUnits != null && (!Values.isPlainDecimal(costUnits) || new BigDecimal(costUnits).signum() <= 0)) {
            problems.add(InputError.of(ProductOptions.CMD, 0, "--cost-units", "'" + costUnits + "' is not a positive number"));
        }
        if (interestMargin != null && (!Values.isPlainDecimal(interestMargin) || new BigDecimal(interestMargin).signum() < 0)) {
            problems.add(InputError.of(ProductOptions.CMD, 0, "--interest-margin", "'" + interestMargin + "' is not a percentage like 7.00"));
        }
    }

    /** Reads the files (every problem of every file at once) and computes net cost. */
    NetCostResult netCost(String currency) {
        List<InputError> errors = new ArrayList<>();
        DatedRates rates = fxRates == null ? DatedRates.NONE : Inputs.read(fxRates, DatedRates::read, errors);
        List<DebtLine> debtLines = debts == null ? List.of() : Inputs.read(debts, DebtsCsvReader::read, errors);
        BigDecimal units = costUnits == null ? BigDecimal.ONE : new BigDecimal(costUnits);
        DatedRates r = rates == null ? DatedRates.NONE : rates;
        CostStatement statement = Inputs.read(costStatement, (in, name) -> CostStatementCsvReader.read(in, name, currency, r, units), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        BigDecimal margin = interestMargin == null ? NonAllowableInterest.USMCA_MARGIN : new BigDecimal(interestMargin);
        return NetCost.of(statement, debtLines, margin);
    }
}
