package org.localis.app.registry;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.localis.app.shared.NotFoundException;

import org.localis.app.scheme.SchemeView;
import org.localis.app.scoring.Uploads;
import org.localis.app.identity.CurrentUser;
import org.localis.app.shared.Actor;
import org.localis.input.InvalidInputException;
import org.localis.product.ProductManifestReader;
import org.localis.scheme.SchemeCatalog;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A manufacturer's products, versions, evidence and submissions; assessors read them all. */
@Controller
public class ProductPagesController {

    private final RegistryService service;
    private final RegistryRepository registry;
    private final SchemeCatalog schemes;

    public ProductPagesController(RegistryService service, RegistryRepository registry, SchemeCatalog schemes) {
        this.service = service;
        this.registry = registry;
        this.schemes = schemes;
    }

    @GetMapping("/products")
    public String products(Model model) {
        model.addAttribute("products", registry.products(CurrentUser.actor()));
        model.addAttribute("categories", ProductManifestReader.CATEGORIES.stream().sorted().toList());
        return "products";
    }

    @PostMapping("/products")
    public String create(@RequestParam(required = false) String name, @RequestParam(required = false) String category,
                         Model model) {
        try {
            long id = service.createProduct(CurrentUser.actor(), name, category);
            return "redirect:/products/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.errors());
            return products(model);
        }
    }

    @GetMapping("/products/{id}")
    public String product(@PathVariable long id, Model model) {
        Actor me = CurrentUser.actor();
        Product p = registry.product(id, me).orElseThrow(() -> new NotFoundException("no such product"));
        List<Version> versions = registry.versions(id);
        model.addAttribute("p", p);
        model.addAttribute("versions", versions);
        model.addAttribute("evidence", versions.stream().collect(java.util.stream.Collectors.toMap(
                Version::id, v -> registry.evidence(v.id()))));
        model.addAttribute("submissions", registry.submissions(me, id, false));
        model.addAttribute("certificates", registry.certificatesOfProduct(id));
        model.addAttribute("schemes", schemes.all().stream().map(SchemeView::of).toList());
        model.addAttribute("competencies", RegistryService.COMPETENCIES.stream().sorted().toList());
        model.addAttribute("owner", me.organizationId() != null && me.organizationId() == p.organizationId());
        model.addAttribute("today", LocalDate.now());
        return "product";
    }

    @PostMapping("/products/{id}/versions")
    public String addVersion(@PathVariable long id, @RequestParam(name = "bom", required = false) MultipartFile bom,
                             @RequestParam(name = "operations", required = false) MultipartFile operations,
                             @RequestParam(name = "certificates", required = false) MultipartFile certificates,
                             @RequestParam(name = "rates", required = false) MultipartFile rates,
                             @RequestParam(required = false) String currency, @RequestParam(required = false) BigDecimal price,
                             @RequestParam(required = false) BigDecimal netCost, @RequestParam(required = false) Integer annualVolume,
                             @RequestParam(required = false) Integer domesticJobs,
                             @RequestParam(required = false) List<String> competencies, Model model,
                             RedirectAttributes redirect) throws IOException {
        try {
            service.addVersion(CurrentUser.actor(), id, new RegistryService.VersionForm(currency, price, netCost, annualVolume,
                    domesticJobs, competencies), Uploads.of(bom, "bom.csv"), Uploads.of(operations, "operations.csv"),
                    Uploads.of(certificates, "certificates.csv"), Uploads.of(rates, "rates.csv"));
            redirect.addFlashAttribute("done", "done.version");
            return "redirect:/products/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.errors());
            // the form comes back with what was typed, and names the files that were sent (a browser never re-fills them)
            java.util.Map<String, Object> typed = new java.util.HashMap<>();
            typed.put("currency", currency);
            typed.put("price", price == null ? null : price.toPlainString());
            typed.put("netCost", netCost == null ? null : netCost.toPlainString());
            typed.put("annualVolume", annualVolume);
            typed.put("domesticJobs", domesticJobs);
            typed.put("competencies", competencies == null ? List.of() : competencies);
            typed.put("files", java.util.stream.Stream.of(bom, operations, certificates, rates)
                    .filter(f -> f != null && !f.isEmpty())
                    .map(f -> org.localis.app.shared.FileNames.safe(f.getOriginalFilename())).toList());
            model.addAttribute("versionForm", typed);
            return product(id, model);
        }
    }

    @PostMapping("/versions/{id}/evidence")
    public String evidence(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
                           @RequestParam(required = false) String description, Model model, RedirectAttributes redirect)
            throws IOException {
        long productId = registry.version(id, CurrentUser.actor()).orElseThrow(() -> new NotFoundException("no such version")).productId();
        try {
            service.addEvidence(CurrentUser.actor(), id, Uploads.of(file, "evidence"), file == null ? null : file.getContentType(), description);
            redirect.addFlashAttribute("done", "done.evidence");
            return "redirect:/products/" + productId;
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.errors());
            return product(productId, model);
        }
    }

    @GetMapping("/evidence/{id}")
    public ResponseEntity<byte[]> download(@PathVariable long id) {
        RegistryRepository.EvidenceFile f = registry.evidenceFile(id, CurrentUser.actor())
                .orElseThrow(() -> new NotFoundException("no such document"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, org.localis.app.shared.FileNames.disposition("attachment", f.fileName()))
                .header("X-Content-SHA256", f.sha256()).body(f.bytes());
    }

    @PostMapping("/versions/{id}/submissions")
    public String submit(@PathVariable long id, @RequestParam(required = false) String scheme,
                         @RequestParam(required = false) Integer period,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                         Model model, RedirectAttributes redirect) {
        long productId = registry.version(id, CurrentUser.actor()).orElseThrow(() -> new NotFoundException("no such version")).productId();
        try {
            long s = service.submit(CurrentUser.actor(), id, scheme, period, date == null ? LocalDate.now() : date);
            redirect.addFlashAttribute("done", "done.submitted");
            return "redirect:/submissions/" + s;
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.errors());
            return product(productId, model);
        }
    }

    @GetMapping("/versions/{id}/what-if")
    public String whatIf(@PathVariable long id, @RequestParam(required = false) String scheme, Model model) {
        Actor me = CurrentUser.actor();
        Version v = registry.version(id, me).orElseThrow(() -> new NotFoundException("no such version"));
        String s = scheme == null || scheme.isBlank() ? schemes.all().get(0).id() : scheme;
        model.addAttribute("p", registry.product(v.productId(), me).orElseThrow());
        model.addAttribute("v", v);
        model.addAttribute("scheme", s);
        model.addAttribute("schemes", schemes.all().stream().map(SchemeView::of).toList());
        try {
            model.addAttribute("rows", service.whatIf(me, id, s, LocalDate.now()));
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("rows", List.of());
        }
        return "what-if";
    }

    @GetMapping("/submissions/{id}")
    public String submission(@PathVariable long id, Model model) {
        Actor me = CurrentUser.actor();
        Submission s = registry.submission(id, me).orElseThrow(() -> new NotFoundException("no such submission"));
        model.addAttribute("s", s);
        model.addAttribute("a", readJson(registry.submissionJson(id)));
        model.addAttribute("decisions", s.status().next());
        model.addAttribute("version", registry.version(s.versionId(), me).orElseThrow());
        model.addAttribute("certificates", registry.certificatesOfProduct(s.productId()).stream()
                .filter(c -> c.submissionId() == id).toList());
        return "submission";
    }

    @GetMapping("/review")
    public String review(Model model) {
        model.addAttribute("queue", registry.submissions(CurrentUser.actor(), null, true));
        model.addAttribute("recent", registry.submissions(CurrentUser.actor(), null, false).stream()
                .filter(s -> !s.status().open()).limit(50).toList());
        return "review";
    }

    @PostMapping("/submissions/{id}/decision")
    public String decide(@PathVariable long id, @RequestParam(required = false) SubmissionStatus decision,
                         @RequestParam(required = false) String comment, Model model, RedirectAttributes redirect) {
        try {
            if (decision == null) {
                throw new InvalidInputException(org.localis.input.InputError.of("form", 0, "decision", "choose a decision"));
            }
            service.decide(CurrentUser.actor(), id, decision, comment);
            redirect.addFlashAttribute("done", "done.decided");
            return "redirect:/submissions/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.errors());
            return submission(id, model);
        }
    }

    @PostMapping("/certificates/{number}/revoke")
    public String revoke(@PathVariable String number, @RequestParam(required = false) String reason,
                         RedirectAttributes redirect) {
        try {
            service.revoke(CurrentUser.actor(), number, reason);
            redirect.addFlashAttribute("done", "done.revoked");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("revokeErrors", e.errors());
        }
        return "redirect:/registry/" + number;
    }

    static com.fasterxml.jackson.databind.JsonNode readJson(String json) {
        try {
            // exact decimals: 83.40 stays 83.40, as the engine wrote it
            return new com.fasterxml.jackson.databind.ObjectMapper()
                    .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true))
                    .readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a stored assessment is not JSON", e);
        }
    }
}
