package org.localis.app.scoring;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
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

    private final ScoringService scoring;
    private final AssessmentRunRepository runs;

    public ScoringApiController(ScoringService scoring, AssessmentRunRepository runs) {
        this.scoring = scoring;
        this.runs = runs;
    }

    @Operation(summary = "Score a BOM", description = "Multipart upload of bom (required), operations, certificates and rates "
            + "CSV files; optionally a costStatement (with fxRates, debts, costUnits, interestMargin) instead of netCost; for the Decree 719 vehicle schemes vehicleCategory (M1, N1, N2N3, M2M3), powertrain (ice, hybrid, electric), emissionStandard (UN-R83-07, UN-R154-00-1A, UN-R49-06), counts ('bearing-shells: 6 of 10', one a line) and inputs ('rnd-percent-of-revenue: 1.8'). Returns the explained assessment; 400 with every input problem otherwise.")
    @PostMapping(path = "/score", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> score(
            @RequestPart(name = "bom", required = false) MultipartFile bom,
            @RequestPart(name = "operations", required = false) MultipartFile operations,
            @RequestPart(name = "certificates", required = false) MultipartFile certificates,
            @RequestPart(name = "rates", required = false) MultipartFile rates,
            @RequestParam(name = "scheme", required = false) String scheme,
            @RequestParam(name = "period", required = false) Integer period,
            @RequestParam(name = "date", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(name = "price", required = false) BigDecimal price,
            @RequestParam(name = "netCost", required = false) BigDecimal netCost,
            @RequestParam(name = "currency", required = false) String currency,
            @RequestParam(name = "productName", required = false) String productName,
            @RequestPart(name = "costStatement", required = false) MultipartFile costStatement,
            @RequestPart(name = "fxRates", required = false) MultipartFile fxRates,
            @RequestPart(name = "debts", required = false) MultipartFile debts,
            @RequestParam(name = "costUnits", required = false) BigDecimal costUnits,
            @RequestParam(name = "interestMargin", required = false) BigDecimal interestMargin,
            @RequestParam(name = "vehicleCategory", required = false) String vehicleCategory,
            @RequestParam(name = "powertrain", required = false) String powertrain,
            @RequestParam(name = "emissionStandard", required = false) String emissionStandard,
            @RequestParam(name = "counts", required = false) String counts,
            @RequestParam(name = "inputs", required = false) String inputs) throws IOException {
        ScoreCommand.CostInputs cost = costStatement == null ? null : new ScoreCommand.CostInputs(
                Uploads.of(costStatement, "cost-statement.csv"), Uploads.of(fxRates, "fx-rates.csv"), Uploads.of(debts, "debts.csv"),
                costUnits, interestMargin);
        ScoringService.ScoredRun run = scoring.score(new ScoreCommand(Uploads.of(bom, "bom.csv"),
                Uploads.of(operations, "operations.csv"), Uploads.of(certificates, "certificates.csv"), Uploads.of(rates, "rates.csv"), scheme, period,
                date, price, netCost, currency, productName, cost,
                new ScoreCommand.VehicleInputs(vehicleCategory, powertrain, emissionStandard, counts, inputs)));
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("id", run.id());
        body.putAll(run.json());
        return ResponseEntity.created(URI.create("/api/assessments/" + run.id())).body(body);
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
