package org.localis.app.scoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.localis.app.identity.CurrentUser;
import org.localis.assessment.Assessment;
import org.localis.assessment.AssessmentRequest;
import org.localis.assessment.Assessor;
import org.localis.input.InputError;
import org.localis.input.InvalidInputException;
import org.localis.product.Product;
import org.localis.scheme.Scheme;
import org.localis.scheme.SchemeCatalog;
import org.springframework.stereotype.Service;

/**
 * Scores uploaded files with the engine and stores the run, for the pages and the REST API alike.
 * Every problem in every uploaded file is reported together.
 */
@Service
public class ScoringService {

    private final SchemeCatalog schemes;
    private final AssessmentRunRepository runs;
    private final Clock clock;

    private final org.localis.certificate.CertificateSource registry;
    private final org.localis.assessment.ComponentPointsSource componentPoints;

    /** The certificate lookups are the engine's interfaces; the registry module implements them. */
    public ScoringService(SchemeCatalog schemes, AssessmentRunRepository runs,
                          org.localis.certificate.CertificateSource registry,
                          org.localis.assessment.ComponentPointsSource componentPoints) {
        this.schemes = schemes;
        this.runs = runs;
        this.registry = registry;
        this.componentPoints = componentPoints;
        this.clock = Clock.systemDefaultZone();
    }

    /** A stored, scored run. */
    public record ScoredRun(long id, Assessment assessment, Map<String, Object> json) {
    }

    /**
     * @throws InvalidInputException listing every problem in the request and its files
     */
    public ScoredRun score(ScoreCommand cmd) {
        List<InputError> errors = new ArrayList<>();
        Scheme scheme = null;
        if (cmd.scheme() == null || cmd.scheme().isBlank()) {
            errors.add(InputError.of("request", 0, "scheme", "choose a scheme"));
        } else {
            try {
                scheme = schemes.require(cmd.scheme(), "scheme");
            } catch (InvalidInputException e) {
                errors.addAll(e.errors());
            }
        }
        Product product = null;
        try {
            String name = cmd.productName() == null || cmd.productName().isBlank()
                    ? (cmd.bom() == null ? "Product" : cmd.bom().name()) : cmd.productName().trim();
            product = ProductFiles.read(name, "", cmd.currency(), cmd.price(), cmd.netCost(), null, cmd.bom(),
                    cmd.operations(), cmd.certificates(), cmd.rates());
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        if (cmd.vehicle() != null && !cmd.vehicle().isBlank()) {
            try {
                org.localis.product.VehicleFacts facts = cmd.vehicle().facts();
                if (product != null) {
                    product = product.withVehicle(facts);
                }
            } catch (InvalidInputException e) {
                errors.addAll(e.errors());
            }
        }
        if (cmd.date() != null && (cmd.date().getYear() < org.localis.app.shared.Limits.FIRST_YEAR || cmd.date().getYear() > org.localis.app.shared.Limits.LAST_YEAR)) {
            errors.add(InputError.of("request", 0, "date", "give a date from 1990 to 2100"));
        }
        org.localis.cost.NetCostResult cost = null;
        if (cmd.cost() != null && cmd.cost().statement() != null && !cmd.cost().statement().isEmpty()) {
            if (cmd.netCost() != null) {
                errors.add(InputError.of("request", 0, "netCost", "give the net cost or a cost statement, not both"));
            } else if (product != null) {
                try {
                    cost = netCost(cmd.cost(), product.currency());
                    product = org.localis.cost.CostBasis.withNetCost(product, cost);
                } catch (InvalidInputException e) {
                    errors.addAll(e.errors());
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        LocalDate date = cmd.date() != null ? cmd.date() : LocalDate.now(clock);
        Assessment a = Assessor.assess(new AssessmentRequest(product, scheme, cmd.period(), date, registry, componentPoints));
        Map<String, Object> json = new java.util.LinkedHashMap<>(org.localis.assessment.AssessmentJson.toMap(a));
        if (cost != null) {
            json.put("costStatement", org.localis.cost.CostReport.toMap(cost));
        }
        long id = runs.save(cmd, a, cost == null ? org.localis.assessment.AssessmentJson.toJson(a) : json(json),
                CurrentUser.get().map(u -> u.actor()).orElse(null));
        return new ScoredRun(id, a, json);
    }

    /** Net cost per unit from the cost statement, its exchange rates and debt lines (every file problem listed). */
    private static org.localis.cost.NetCostResult netCost(ScoreCommand.CostInputs c, String currency) {
        List<InputError> errors = new ArrayList<>();
        org.localis.cost.DatedRates rates = org.localis.cost.DatedRates.of(Map.of());
        if (c.fxRates() != null && !c.fxRates().isEmpty()) {
            try {
                rates = org.localis.cost.DatedRates.read(new java.io.ByteArrayInputStream(c.fxRates().bytes()), c.fxRates().name());
            } catch (InvalidInputException e) {
                errors.addAll(e.errors());
            }
        }
        List<org.localis.cost.DebtLine> debts = List.of();
        if (c.debts() != null && !c.debts().isEmpty()) {
            try {
                debts = org.localis.cost.DebtsCsvReader.read(new java.io.ByteArrayInputStream(c.debts().bytes()), c.debts().name());
            } catch (InvalidInputException e) {
                errors.addAll(e.errors());
            }
        }
        org.localis.cost.CostStatement statement = null;
        try {
            statement = org.localis.cost.CostStatementCsvReader.read(new java.io.ByteArrayInputStream(c.statement().bytes()),
                    c.statement().name(), currency, rates, c.units() == null ? java.math.BigDecimal.ONE : c.units());
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return org.localis.cost.NetCost.of(statement, debts,
                c.interestMargin() == null ? org.localis.cost.NonAllowableInterest.USMCA_MARGIN : c.interestMargin());
    }

    private static String json(Map<String, Object> map) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(map);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
