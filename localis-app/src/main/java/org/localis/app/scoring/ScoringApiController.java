package org.localis.app.scoring;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import org.localis.assessment.LineDetail;
import org.localis.input.InputError;
import org.localis.input.InvalidInputException;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.localis.app.shared.NotFoundException;
import org.localis.app.identity.CurrentUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** REST: score a BOM and read stored assessments. */
@RestController
@RequestMapping("/api/assessments")
@Tag(name = "Assessments", description = "Score a BOM under a scheme and read stored results")
public class ScoringApiController {

    private static final JsonFactory JSON = new JsonFactory();

    private final ScoringService scoring;
    private final AssessmentRunRepository runs;

    public ScoringApiController(ScoringService scoring, AssessmentRunRepository runs) {
        this.scoring = scoring;
        this.runs = runs;
    }

    /** The form fields of a score request (the files are parts of their own). */
    public record ScoreRequest(@jakarta.validation.constraints.Size(max = org.localis.app.shared.Limits.SCHEME) String scheme, @jakarta.validation.constraints.Max(org.localis.app.shared.Limits.MAX_PERIOD) Integer period,
                               @org.localis.app.shared.YearRange @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                               @jakarta.validation.constraints.DecimalMax(org.localis.app.shared.Limits.MAX_AMOUNT_TEXT) @jakarta.validation.constraints.Digits(integer = org.localis.app.shared.Limits.AMOUNT_INTEGER_DIGITS, fraction = org.localis.app.shared.Limits.AMOUNT_FRACTION_DIGITS) BigDecimal price,
                               @jakarta.validation.constraints.DecimalMax(org.localis.app.shared.Limits.MAX_AMOUNT_TEXT) @jakarta.validation.constraints.Digits(integer = org.localis.app.shared.Limits.AMOUNT_INTEGER_DIGITS, fraction = org.localis.app.shared.Limits.AMOUNT_FRACTION_DIGITS) BigDecimal netCost,
                               @jakarta.validation.constraints.Size(max = org.localis.app.shared.Limits.CURRENCY) String currency,
                               @jakarta.validation.constraints.Size(max = org.localis.app.shared.Limits.RUN_PRODUCT_NAME) String productName,
                               @jakarta.validation.constraints.DecimalMax(org.localis.app.shared.Limits.MAX_AMOUNT_TEXT) @jakarta.validation.constraints.Digits(integer = org.localis.app.shared.Limits.AMOUNT_INTEGER_DIGITS, fraction = org.localis.app.shared.Limits.AMOUNT_FRACTION_DIGITS) BigDecimal costUnits,
                               @jakarta.validation.constraints.DecimalMax("100") @jakarta.validation.constraints.Digits(integer = 3, fraction = 6) BigDecimal interestMargin,
                               @jakarta.validation.constraints.Size(max = 4) String vehicleCategory,
                               @jakarta.validation.constraints.Size(max = 10) String powertrain,
                               @jakarta.validation.constraints.Size(max = 40) String emissionStandard,
                               @jakarta.validation.constraints.Size(max = 40000) String counts,
                               @jakarta.validation.constraints.Size(max = 20000) String inputs,
                               @jakarta.validation.constraints.Size(max = 20) String lines) {
    }

    @Operation(summary = "Score a BOM", description = "Multipart upload of bom (required), operations, certificates and rates "
            + "CSV files; optionally a costStatement (with fxRates, debts, costUnits, interestMargin) instead of netCost; for the Decree 719 vehicle schemes vehicleCategory (M1, N1, N2N3, M2M3), powertrain (ice, hybrid, electric), emissionStandard (UN-R83-07, UN-R154-00-1A, UN-R49-06), counts ('bearing-shells: 6 of 10', one a line) and inputs ('rnd-percent-of-revenue: 1.8'). Returns the explained assessment, "
            + "written while it is produced; lines=all (default) | top N | none limits the explained BOM lines listed. 400 with every input problem otherwise.")
    @PostMapping(path = "/score", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public void score(
            @RequestPart(name = "bom", required = false) MultipartFile bom,
            @RequestPart(name = "operations", required = false) MultipartFile operations,
            @RequestPart(name = "certificates", required = false) MultipartFile certificates,
            @RequestPart(name = "rates", required = false) MultipartFile rates,
            @RequestPart(name = "costStatement", required = false) MultipartFile costStatement,
            @RequestPart(name = "fxRates", required = false) MultipartFile fxRates,
            @RequestPart(name = "debts", required = false) MultipartFile debts,
            @jakarta.validation.Valid ScoreRequest form, HttpServletResponse response) throws IOException {
        String scheme = form.scheme(), currency = form.currency(), productName = form.productName();
        Integer period = form.period();
        LocalDate date = form.date();
        BigDecimal price = form.price(), netCost = form.netCost(), costUnits = form.costUnits(), interestMargin = form.interestMargin();
        LineDetail detail = LineDetail.ALL;
        if (form.lines() != null) {
            try {
                detail = LineDetail.parse(form.lines());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(InputError.of("request", 0, "lines", e.getMessage()));
            }
        }
        ScoreCommand.CostInputs cost = costStatement == null ? null : new ScoreCommand.CostInputs(
                Uploads.of(costStatement, "cost-statement.csv"), Uploads.of(fxRates, "fx-rates.csv"), Uploads.of(debts, "debts.csv"),
                costUnits, interestMargin);
        ScoringService.ScoredRun run = scoring.score(new ScoreCommand(Uploads.of(bom, "bom.csv"),
                Uploads.of(operations, "operations.csv"), Uploads.of(certificates, "certificates.csv"), Uploads.of(rates, "rates.csv"), scheme, period,
                date, price, netCost, currency, productName, cost,
                new ScoreCommand.VehicleInputs(form.vehicleCategory(), form.powertrain(), form.emissionStandard(), form.counts(),
                        form.inputs())));
        // written while produced: the explained lines of a million-line BOM are never held as one document
        response.setStatus(HttpServletResponse.SC_CREATED);
        response.setHeader("Location", "/api/assessments/" + run.id());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        try (JsonGenerator g = JSON.createGenerator(response.getOutputStream(), JsonEncoding.UTF8)) {
            run.write(detail, g);
        }
    }

    @Operation(summary = "Stored assessments the caller may see (its organization's; all for assessors), newest first")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public java.util.List<AssessmentRunRepository.RunSummary> list() {
        return runs.list(CurrentUser.actor(), 200);
    }

    @Operation(summary = "A stored assessment, exactly as it was returned when scored")
    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<String> get(@PathVariable("id") long id) {
        return runs.resultJson(id, CurrentUser.actor()).map(ResponseEntity::ok)
                .orElseThrow(() -> new NotFoundException("no assessment " + id));
    }
}
