package org.localis.app.roadmap;

import org.localis.app.registry.Version;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.localis.app.shared.NotFoundException;
import org.localis.app.registry.ProductRepository;
import org.localis.app.registry.RegistryService;
import org.localis.app.scheme.SchemeView;
import org.localis.app.identity.CurrentUser;
import org.localis.app.shared.Actor;
import org.localis.input.InputError;
import org.localis.input.InvalidInputException;
import org.localis.roadmap.Action;
import org.localis.roadmap.ActionsCsvReader;
import org.localis.roadmap.RoadmapJson;
import org.localis.roadmap.RoadmapPlan;
import org.localis.roadmap.RoadmapProblem;
import org.localis.roadmap.RoadmapSolver;
import org.localis.roadmap.SolverOptions;
import org.localis.roadmap.Target;
import org.localis.scheme.Scheme;
import org.localis.scheme.SchemeCatalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * "Roadmap" for a product version: upload a catalogue of candidate actions, pick a target per year and
 * an optional budget, and get the cheapest plan (the engine-verified CP-SAT optimum, with the greedy
 * baseline, the cost-optimal frontier and the reason for every action). Reads only: nothing is stored.
 */
@Controller
public class RoadmapPageController {

    /** The time the page gives the solver, in seconds (the CLI takes any). */
    static final double TIME_LIMIT_SECONDS = 10;

    private final ProductRepository productRows;
    private final RegistryService service;
    private final SchemeCatalog schemes;
    private final com.fasterxml.jackson.databind.ObjectMapper json;

    public RoadmapPageController(ProductRepository productRows, RegistryService service, SchemeCatalog schemes,
                                 com.fasterxml.jackson.databind.ObjectMapper json) {
        this.productRows = productRows;
        this.service = service;
        this.schemes = schemes;
        this.json = json;
    }

    @GetMapping("/versions/{id}/roadmap")
    public String form(@PathVariable long id, Model model) {
        fill(id, model);
        int year = LocalDate.now().getYear();
        model.addAttribute("years", year + "-" + (year + 4));
        model.addAttribute("target", "base");
        return "roadmap";
    }

    /** The roadmap form: the scheme, the target, the years (2026-2030) and the budget, typed as text. */
    public record RoadmapForm(@jakarta.validation.constraints.Size(max = org.localis.app.shared.Limits.SCHEME) String scheme, @jakarta.validation.constraints.Size(max = org.localis.app.shared.Limits.CODE) String target,
                              @jakarta.validation.constraints.Size(max = org.localis.app.shared.Limits.NUMBER_TEXT) String years, @jakarta.validation.constraints.Size(max = org.localis.app.shared.Limits.NUMBER_TEXT) String budget) {
    }

    @PostMapping("/versions/{id}/roadmap")
    public String solve(@PathVariable long id, @jakarta.validation.Valid RoadmapForm form,
                        @RequestParam(name = "actions", required = false) MultipartFile actions, Model model) throws IOException {
        String scheme = form.scheme() == null ? "" : form.scheme(), target = form.target() == null ? "base" : form.target();
        String years = form.years() == null ? "" : form.years(), budget = form.budget() == null ? "" : form.budget();
        fill(id, model);
        model.addAttribute("scheme", scheme);
        model.addAttribute("target", target);
        model.addAttribute("years", years);
        model.addAttribute("budget", budget);
        // a browser never re-fills a file field: the page names the file that was sent, to choose it again
        model.addAttribute("actionsName", actions == null || actions.isEmpty() ? null
                : org.localis.app.shared.FileNames.safe(actions.getOriginalFilename()));
        List<InputError> errors = new ArrayList<>();
        Scheme s = schemes.find(scheme).orElse(null);
        if (s == null) {
            errors.add(InputError.of("form", 0, "scheme", "choose a scheme"));
        }
        int first = LocalDate.now().getYear();
        int last = first + 4;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s*(\\d{4})\\s*(?:-\\s*(\\d{4}))?\\s*").matcher(years);
        if (!years.isBlank()) {
            if (m.matches()) {
                first = Integer.parseInt(m.group(1));
                last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
            }
            if (!m.matches() || last < first || last - first > 9) {
                errors.add(InputError.of("form", 0, "years", "give years as YYYY-YYYY, at most ten years"));
            }
        }
        Target t = null;
        try {
            t = Target.parse(target.strip());
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        Map<Integer, BigDecimal> budgets = new TreeMap<>();
        if (!budget.isBlank()) {
            try {
                BigDecimal each = new BigDecimal(budget.strip().replace(" ", ""));
                if (each.signum() <= 0) {
                    throw new NumberFormatException();
                }
                for (int y = first; y <= last; y++) {
                    budgets.put(y, each);
                }
            } catch (NumberFormatException e) {
                errors.add(InputError.of("form", 0, "budget", "the yearly budget is a positive amount"));
            }
        }
        List<Action> acts = List.of();
        if (actions == null || actions.isEmpty()) {
            errors.add(InputError.of("form", 0, "actions", "upload the candidate actions (CSV)"));
        } else {
            // every row problem, then (below) every problem of the good rows against the product and scheme: one run
            ActionsCsvReader.Parsed parsed = ActionsCsvReader.readAll(new ByteArrayInputStream(actions.getBytes()),
                    org.localis.app.shared.FileNames.safe(actions.getOriginalFilename()));
            acts = parsed.actions();
            errors.addAll(parsed.errors());
        }
        Map<Integer, Target> targets = new TreeMap<>();
        for (int y = first; y <= last; y++) {
            targets.put(y, t);
        }
        try {
            RoadmapProblem problem = new RoadmapProblem(service.product(id), s, service.certificates(), acts, first, last,
                    targets, budgets, Map.of(), null, org.localis.app.shared.FileNames.safe(actions.getOriginalFilename()));
            errors.addAll(problem.problems());
            if (!errors.isEmpty()) {
                model.addAttribute("errors", errors);
                return "roadmap";
            }
            RoadmapPlan plan = RoadmapSolver.solve(problem, SolverOptions.defaults().withTimeLimit(TIME_LIMIT_SECONDS));
            model.addAttribute("plan", plan);
            model.addAttribute("planJson", json.writeValueAsString(RoadmapJson.toMap(plan)));
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.errors());
        }
        return "roadmap";
    }

    private void fill(long id, Model model) {
        Actor me = CurrentUser.actor();
        Version v = productRows.version(id, me).orElseThrow(() -> new NotFoundException("no such version"));
        model.addAttribute("v", v);
        model.addAttribute("p", productRows.product(v.productId(), me).orElseThrow());
        model.addAttribute("schemes", schemes.all().stream().map(SchemeView::of).toList());
        model.addAttribute("timeLimit", (int) TIME_LIMIT_SECONDS);
    }
}
