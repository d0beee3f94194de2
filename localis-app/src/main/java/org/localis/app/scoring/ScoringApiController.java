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

    @Operation(summary = "Score a BOM", description = "Multipart upload of bom (required), operations, certificates and rates "
            + "CSV files; optionally a costStatement (with fxRates, debts, costUnits, interestMargin) instead of netCost. Returns the explained assessment, "
            + "written while it is produced; lines=all (default) | top N | none limits the explained BOM lines listed. 400 with every input problem otherwise.")
    @PostMapping(path = "/score", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public void score(
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
            @RequestParam(name = "lines", required = false) String lines,
            HttpServletResponse response) throws IOException {
        LineDetail detail = LineDetail.ALL;
        if (lines != null) {
            try {
                detail = LineDetail.parse(lines);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(InputError.of("request", 0, "lines", e.getMessage()));
            }
        }
        ScoreCommand.CostInputs cost = costStatement == null ? null : new ScoreCommand.CostInputs(
                Uploads.of(costStatement, "cost-statement.csv"), Uploads.of(fxRates, "fx-rates.csv"), Uploads.of(debts, "debts.csv"),
                costUnits, interestMargin);
        ScoringService.ScoredRun run = scoring.score(new ScoreCommand(Uploads.of(bom, "bom.csv"),
                Uploads.of(operations, "operations.csv"), Uploads.of(certificates, "certificates.csv"), Uploads.of(rates, "rates.csv"), scheme, period,
                date, price, netCost, currency, productName, cost));
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
