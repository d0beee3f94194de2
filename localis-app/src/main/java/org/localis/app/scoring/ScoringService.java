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

    public ScoringService(SchemeCatalog schemes, AssessmentRunRepository runs,
                          org.localis.certificate.CertificateSource registry) {
        this.schemes = schemes;
        this.runs = runs;
        this.registry = registry;
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
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        LocalDate date = cmd.date() != null ? cmd.date() : LocalDate.now(clock);
        Assessment a = Assessor.assess(new AssessmentRequest(product, scheme, cmd.period(), date, registry));
        Map<String, Object> json = org.localis.assessment.AssessmentJson.toMap(a);
        long id = runs.save(cmd, a, org.localis.assessment.AssessmentJson.toJson(a), CurrentUser.get().map(u -> u.actor()).orElse(null));
        return new ScoredRun(id, a, json);
    }
}
