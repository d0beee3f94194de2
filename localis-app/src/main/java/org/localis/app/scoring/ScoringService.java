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

    /**
     * Above this many BOM lines the stored copy of a result lists none of them (their count is kept): the lines
     * are what scoring the stored BOM again gives, and a million of them would be a third of a gigabyte in a row.
     */
    public static final int STORED_LINES_LIMIT = 20_000;

    /** A stored, scored run; {@code cost} is the net cost computed from a cost statement, or null. */
    public record ScoredRun(long id, Assessment assessment, org.localis.cost.NetCostResult cost) {

        /** The result as an ordered map (every line): for small results; large ones are streamed with {@link #write}. */
        public Map<String, Object> json() {
            Map<String, Object> json = new java.util.LinkedHashMap<>(org.localis.assessment.AssessmentJson.toMap(assessment));
            if (cost != null) {
                json.put("costStatement", org.localis.cost.CostReport.toMap(cost));
            }
            return json;
        }

        /** Writes the result as JSON while it is produced ({@code id} first, as the REST API returns it). */
        public void write(org.localis.assessment.LineDetail detail, com.fasterxml.jackson.core.JsonGenerator g)
                throws java.io.IOException {
            org.localis.assessment.AssessmentJson.write(assessment, detail, Map.of("id", id), after(), g);
        }

        private Map<String, Object> after() {
            return cost == null ? Map.of() : Map.of("costStatement", org.localis.cost.CostReport.toMap(cost));
        }
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
        long id = runs.save(cmd, a, storedJson(a, cost), CurrentUser.get().map(u -> u.actor()).orElse(null));
        return new ScoredRun(id, a, cost);
    }

    /** Reads an upload with one of the engine's readers, closing the stream afterwards. */
    private static <T> T read(ScoreCommand.Upload u, java.util.function.BiFunction<java.io.InputStream, String, T> reader) {
        try (java.io.InputStream in = u.open()) {
            return reader.apply(in, u.name());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Net cost per unit from the cost statement, its exchange rates and debt lines (every file problem listed). */
    private static org.localis.cost.NetCostResult netCost(ScoreCommand.CostInputs c, String currency) {
        List<InputError> errors = new ArrayList<>();
        org.localis.cost.DatedRates rates = org.localis.cost.DatedRates.of(Map.of());
        if (c.fxRates() != null && !c.fxRates().isEmpty()) {
            try {
                rates = read(c.fxRates(), org.localis.cost.DatedRates::read);
            } catch (InvalidInputException e) {
                errors.addAll(e.errors());
            }
        }
        List<org.localis.cost.DebtLine> debts = List.of();
        if (c.debts() != null && !c.debts().isEmpty()) {
            try {
                debts = read(c.debts(), org.localis.cost.DebtsCsvReader::read);
            } catch (InvalidInputException e) {
                errors.addAll(e.errors());
            }
        }
        org.localis.cost.CostStatement statement = null;
        try {
            org.localis.cost.DatedRates statementRates = rates;
            statement = read(c.statement(), (in, name) -> org.localis.cost.CostStatementCsvReader.read(in, name, currency,
                    statementRates, c.units() == null ? java.math.BigDecimal.ONE : c.units()));
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return org.localis.cost.NetCost.of(statement, debts,
                c.interestMargin() == null ? org.localis.cost.NonAllowableInterest.USMCA_MARGIN : c.interestMargin());
    }

    /** The stored copy of a result: as returned (without the id), its lines left out above {@link #STORED_LINES_LIMIT}. */
    static String storedJson(Assessment a, org.localis.cost.NetCostResult cost) {
        org.localis.assessment.LineDetail detail = a.lines().size() > STORED_LINES_LIMIT
                ? org.localis.assessment.LineDetail.NONE : org.localis.assessment.LineDetail.ALL;
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            org.localis.assessment.AssessmentJson.write(a, detail, Map.of(), cost == null ? Map.of()
                    : Map.of("costStatement", org.localis.cost.CostReport.toMap(cost)), out, cost == null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }
}
