package org.localis.app.scoring;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import org.localis.app.security.CurrentUser;
import org.localis.assessment.Assessment;
import org.localis.assessment.AssessmentRequest;
import org.localis.assessment.Assessor;
import org.localis.bom.Bom;
import org.localis.bom.BomCsvReader;
import org.localis.certificate.CertificatesCsvReader;
import org.localis.certificate.SupplierCertificate;
import org.localis.input.InputError;
import org.localis.input.InvalidInputException;
import org.localis.input.Values;
import org.localis.operation.Operations;
import org.localis.operation.OperationsCsvReader;
import org.localis.product.Product;
import org.localis.product.RatesCsvReader;
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

    public ScoringService(SchemeCatalog schemes, AssessmentRunRepository runs) {
        this.schemes = schemes;
        this.runs = runs;
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
        String currency = cmd.currency() == null || cmd.currency().isBlank() ? "RUB" : cmd.currency().trim().toUpperCase(Locale.ROOT);
        if (!Values.isCurrency(currency)) {
            errors.add(InputError.of("request", 0, "currency", "'" + cmd.currency() + "' is not an ISO 4217 currency code"));
        }
        if (cmd.price() != null && cmd.price().signum() <= 0) {
            errors.add(InputError.of("request", 0, "price", "must be greater than 0"));
        }
        if (cmd.netCost() != null && cmd.netCost().signum() <= 0) {
            errors.add(InputError.of("request", 0, "netCost", "must be greater than 0"));
        }
        Bom bom = null;
        if (cmd.bom() == null || cmd.bom().isEmpty()) {
            errors.add(InputError.of(cmd.bom() == null ? "bom" : cmd.bom().name(), 0, "bom", "a BOM file is required (and must not be empty)"));
        } else {
            bom = read(cmd.bom(), BomCsvReader::read, errors);
        }
        Operations ops = present(cmd.operations()) ? read(cmd.operations(), OperationsCsvReader::read, errors) : Operations.NONE;
        List<SupplierCertificate> certs = present(cmd.certificates())
                ? read(cmd.certificates(), CertificatesCsvReader::read, errors) : List.of();
        Map<String, java.math.BigDecimal> rates = present(cmd.rates()) ? read(cmd.rates(), RatesCsvReader::read, errors) : Map.of();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String name = cmd.productName() == null || cmd.productName().isBlank() ? cmd.bom().name() : cmd.productName().trim();
        Product product = new Product(name, "", currency, cmd.price(), cmd.netCost(), null, bom,
                ops == null ? Operations.NONE : ops, certs, rates, "request");
        LocalDate date = cmd.date() != null ? cmd.date() : LocalDate.now(clock);
        Assessment a = Assessor.assess(new AssessmentRequest(product, scheme, cmd.period(), date, null));
        Map<String, Object> json = org.localis.assessment.AssessmentJson.toMap(a);
        long id = runs.save(cmd, a, org.localis.assessment.AssessmentJson.toJson(a), CurrentUser.get().orElse(null));
        return new ScoredRun(id, a, json);
    }

    private static boolean present(ScoreCommand.Upload u) {
        return u != null && !u.isEmpty();
    }

    private static <T> T read(ScoreCommand.Upload u, BiFunction<java.io.InputStream, String, T> reader, List<InputError> errors) {
        try {
            return reader.apply(new ByteArrayInputStream(u.bytes()), u.name());
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
            return null;
        }
    }
}
