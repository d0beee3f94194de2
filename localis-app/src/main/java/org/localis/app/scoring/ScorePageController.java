package org.localis.app.scoring;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.localis.input.InputError;
import org.localis.input.InvalidInputException;
import org.localis.input.Values;
import org.localis.scheme.SchemeCatalog;
import org.localis.app.scheme.SchemeView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The "Score a BOM" page: upload files, pick a scheme, see the explained result or every error. */
@Controller
public class ScorePageController {

    /** Lines shown in the page's BOM table; the JSON API has all of them. */
    static final int SHOWN_LINES = 500;

    private final ScoringService scoring;
    private final SchemeCatalog schemes;
    private final AssessmentRunRepository runs;

    public ScorePageController(ScoringService scoring, SchemeCatalog schemes, AssessmentRunRepository runs) {
        this.scoring = scoring;
        this.schemes = schemes;
        this.runs = runs;
    }

    /** The form's fields as typed, so that they survive an error. */
    public record ScoreForm(@jakarta.validation.constraints.Size(max = org.localis.app.shared.Limits.SCHEME) String scheme, @jakarta.validation.constraints.Size(max = org.localis.app.shared.Limits.NUMBER_TEXT) String period,
                            @jakarta.validation.constraints.Size(max = org.localis.app.shared.Limits.DATE_TEXT) String date, @jakarta.validation.constraints.Size(max = org.localis.app.shared.Limits.NUMBER_TEXT) String price,
                            @jakarta.validation.constraints.Size(max = org.localis.app.shared.Limits.NUMBER_TEXT) String netCost, @jakarta.validation.constraints.Size(max = org.localis.app.shared.Limits.CURRENCY) String currency,
                            @jakarta.validation.constraints.Size(max = org.localis.app.shared.Limits.RUN_PRODUCT_NAME) String productName) {
    }

    @ModelAttribute("schemes")
    List<SchemeView> schemes() {
        return schemes.all().stream().map(SchemeView::of).toList();
    }

    @GetMapping("/assessments")
    public String assessments(Model model) {
        model.addAttribute("runs", runs.list(org.localis.app.identity.CurrentUser.actor(), 200));
        return "assessments";
    }

    @GetMapping("/score")
    public String form(Model model) {
        model.addAttribute("form", new ScoreForm("usmca-passenger-car", "", "", "", "", "RUB", ""));
        return "score";
    }

    @PostMapping("/score")
    public String score(@RequestParam(name = "bom", required = false) MultipartFile bom,
                        @RequestParam(name = "operations", required = false) MultipartFile operations,
                        @RequestParam(name = "certificates", required = false) MultipartFile certificates,
                        @RequestParam(name = "rates", required = false) MultipartFile rates,
                        @jakarta.validation.Valid ScoreForm form, Model model) throws IOException {
        model.addAttribute("form", form);
        List<InputError> errors = new ArrayList<>();
        Integer period = parse(form.period(), "period", errors, s -> {
            if (!s.matches("\\d{4}")) {
                throw new IllegalArgumentException("a year YYYY");
            }
            return Integer.valueOf(s);
        });
        LocalDate date = parse(form.date(), "date", errors, LocalDate::parse);
        BigDecimal price = parse(form.price(), "price", errors, ScorePageController::amount);
        BigDecimal netCost = parse(form.netCost(), "netCost", errors, ScorePageController::amount);
        try {
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            ScoringService.ScoredRun run = scoring.score(new ScoreCommand(Uploads.of(bom, "bom.csv"),
                    Uploads.of(operations, "operations.csv"), Uploads.of(certificates, "certificates.csv"),
                    Uploads.of(rates, "rates.csv"), form.scheme(),
                    period, date, price, netCost, form.currency(), form.productName()));
            model.addAttribute("run", run);
            model.addAttribute("a", run.assessment());
            model.addAttribute("meterPercent", meterPercent(run.assessment()));
            model.addAttribute("shownLines", run.assessment().lines().subList(0, Math.min(SHOWN_LINES, run.assessment().lines().size())));
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.errors());
        }
        return "score";
    }

    /** How far the score goes towards the threshold, 0..100, for higher-is-better schemes; null otherwise. */
    static Integer meterPercent(org.localis.assessment.Assessment a) {
        if (a.lowerIsBetter() || a.threshold().signum() <= 0) {
            return null;
        }
        BigDecimal pct = a.score().max(BigDecimal.ZERO).multiply(BigDecimal.valueOf(100))
                .divide(a.threshold(), 0, java.math.RoundingMode.DOWN);
        return pct.min(BigDecimal.valueOf(100)).intValue();
    }

    private static BigDecimal amount(String s) {
        if (!Values.isPlainDecimal(s)) {
            throw new IllegalArgumentException("an amount like 1000000.00");
        }
        return new BigDecimal(s);
    }

    private static <T> T parse(String text, String field, List<InputError> errors, java.util.function.Function<String, T> f) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return f.apply(text.trim());
        } catch (RuntimeException e) {
            errors.add(InputError.of("form", 0, field, "'" + text + "' is not valid" + (e instanceof IllegalArgumentException
                    && e.getMessage() != null && !(e instanceof NumberFormatException) ? " (expected " + e.getMessage() + ")" : "")));
            return null;
        }
    }
}
