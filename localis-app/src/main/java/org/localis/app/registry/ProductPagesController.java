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
    private final ProductRepository productRows;
    private final SubmissionRepository submissionRows;
    private final CertificateRepository certificateRows;
    private final SchemeCatalog schemes;
    private final CertificateImpact impact;

    public ProductPagesController(RegistryService service, ProductRepository productRows, SubmissionRepository submissionRows,
                                  CertificateRepository certificateRows, SchemeCatalog schemes, CertificateImpact impact) {
        this.impact = impact;
        this.service = service;
        this.productRows = productRows;
        this.submissionRows = submissionRows;
        this.certificateRows = certificateRows;
        this.schemes = schemes;
    }

    @GetMapping("/products")
    public String products(Model model) {
        model.addAttribute("products", productRows.products(CurrentUser.actor()));
        model.addAttribute("categories", ProductManifestReader.CATEGORIES.stream().sorted().toList());
        return "products";
    }

    /** A new product: product.name and its category. */
    public record ProductForm(@jakarta.validation.constraints.Size(max = org.localis.app.shared.Limits.PRODUCT_NAME) String name, @jakarta.validation.constraints.Size(max = org.localis.app.shared.Limits.CODE) String category) {
    }

    /** A document attached to a version: evidence_document.description. */
    public record EvidenceForm(@jakarta.validation.constraints.Size(max = org.localis.app.shared.Limits.DESCRIPTION) String description,
                               org.localis.assessment.EvidenceChecklist.DocumentKind kind,
                               @jakarta.validation.constraints.Size(max = 100) String criterion) {
    }

    /** A submission for certification: the scheme, the period and the assessment date. */
    public record SubmissionForm(@jakarta.validation.constraints.Size(max = org.localis.app.shared.Limits.SCHEME) String scheme, @jakarta.validation.constraints.Max(org.localis.app.shared.Limits.MAX_PERIOD) Integer period,
                                 @org.localis.app.shared.YearRange @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
    }

    /** An assessor's decision: submission.reviewer_comment. */
    public record DecisionForm(SubmissionStatus decision, @jakarta.validation.constraints.Size(max = org.localis.app.shared.Limits.COMMENT) String comment) {
    }

    /** Why a certificate is revoked: certificate.revoke_reason. */
    public record RevokeForm(@jakarta.validation.constraints.Size(max = org.localis.app.shared.Limits.NOTE) String reason) {
    }

    @PostMapping("/products")
    public String create(@jakarta.validation.Valid ProductForm form, Model model) {
        try {
            long id = service.createProduct(CurrentUser.actor(), form.name(), form.category());
            return "redirect:/products/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.errors());
            return products(model);
        }
    }

    @GetMapping("/products/{id}")
    public String product(@PathVariable long id, Model model) {
        Actor me = CurrentUser.actor();
        Product p = productRows.product(id, me).orElseThrow(() -> new NotFoundException("no such product"));
        List<Version> versions = productRows.versions(id);
        model.addAttribute("p", p);
        model.addAttribute("versions", versions);
        model.addAttribute("evidence", versions.stream().collect(java.util.stream.Collectors.toMap(
                Version::id, v -> productRows.evidence(v.id()))));
        model.addAttribute("vehicleFacts", versions.stream().collect(java.util.stream.Collectors.toMap(
                Version::id, v -> productRows.vehicleFacts(v.id()))));
        model.addAttribute("vehicleCategories", org.localis.scheme.VehicleCategory.values());
        model.addAttribute("powertrains", org.localis.scheme.Powertrain.values());
        model.addAttribute("submissions", submissionRows.submissions(me, id, false));
        model.addAttribute("certificates", certificateRows.certificatesOfProduct(id));
        model.addAttribute("flags", impact.ofProduct(id));
        model.addAttribute("schemes", schemes.all().stream().map(SchemeView::of).toList());
        model.addAttribute("competencies", RegistryService.COMPETENCIES.stream().sorted().toList());
        model.addAttribute("evidenceKinds", org.localis.assessment.EvidenceChecklist.DocumentKind.values());
        model.addAttribute("owner", me.organizationId() != null && me.organizationId() == p.organizationId());
        model.addAttribute("today", LocalDate.now());
        return "product";
    }

    @PostMapping("/products/{id}/versions")
    public String addVersion(@PathVariable long id, @RequestParam(name = "bom", required = false) MultipartFile bom,
                             @RequestParam(name = "operations", required = false) MultipartFile operations,
                             @RequestParam(name = "certificates", required = false) MultipartFile certificates,
                             @RequestParam(name = "rates", required = false) MultipartFile rates,
                             @jakarta.validation.Valid RegistryService.VersionForm form, Model model,
                             RedirectAttributes redirect) throws IOException {
        try {
            service.addVersion(CurrentUser.actor(), id, form, Uploads.of(bom, "bom.csv"), Uploads.of(operations, "operations.csv"),
                    Uploads.of(certificates, "certificates.csv"), Uploads.of(rates, "rates.csv"));
            redirect.addFlashAttribute("done", "done.version");
            return "redirect:/products/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.errors());
            // the form comes back with what was typed, and names the files that were sent (a browser never re-fills them)
            java.util.Map<String, Object> typed = new java.util.HashMap<>();
            typed.put("currency", form.currency());
            typed.put("price", form.price() == null ? null : form.price().toPlainString());
            typed.put("netCost", form.netCost() == null ? null : form.netCost().toPlainString());
            typed.put("annualVolume", form.annualVolume());
            typed.put("domesticJobs", form.domesticJobs());
            typed.put("competencies", form.competencies() == null ? List.of() : form.competencies());
            typed.put("vehicleCategory", form.vehicleCategory());
            typed.put("powertrain", form.powertrain());
            typed.put("emissionStandard", form.emissionStandard());
            typed.put("counts", form.counts());
            typed.put("inputs", form.inputs());
            typed.put("files", java.util.stream.Stream.of(bom, operations, certificates, rates)
                    .filter(f -> f != null && !f.isEmpty())
                    .map(f -> org.localis.app.shared.FileNames.safe(f.getOriginalFilename())).toList());
            model.addAttribute("versionForm", typed);
            return product(id, model);
        }
    }

    @PostMapping("/versions/{id}/evidence")
    public String evidence(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
                           @jakarta.validation.Valid EvidenceForm form, Model model, RedirectAttributes redirect)
            throws IOException {
        String description = form.description();
        long productId = productRows.version(id, CurrentUser.actor()).orElseThrow(() -> new NotFoundException("no such version")).productId();
        try {
            service.addEvidence(CurrentUser.actor(), id, Uploads.of(file, "evidence"), file == null ? null : file.getContentType(), description,
                    form.kind(), form.criterion());
            redirect.addFlashAttribute("done", "done.evidence");
            return "redirect:/products/" + productId;
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.errors());
            return product(productId, model);
        }
    }

    @GetMapping("/evidence/{id}")
    public ResponseEntity<byte[]> download(@PathVariable long id) {
        ProductRepository.EvidenceFile f = productRows.evidenceFile(id, CurrentUser.actor())
                .orElseThrow(() -> new NotFoundException("no such document"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, org.localis.app.shared.FileNames.disposition("attachment", f.fileName()))
                .header("X-Content-SHA256", f.sha256()).body(f.bytes());
    }

    @PostMapping("/versions/{id}/submissions")
    public String submit(@PathVariable long id, @jakarta.validation.Valid SubmissionForm form, Model model,
                         RedirectAttributes redirect) {
        String scheme = form.scheme();
        Integer period = form.period();
        LocalDate date = form.date();
        long productId = productRows.version(id, CurrentUser.actor()).orElseThrow(() -> new NotFoundException("no such version")).productId();
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
        Version v = productRows.version(id, me).orElseThrow(() -> new NotFoundException("no such version"));
        String s = scheme == null || scheme.isBlank() ? schemes.all().get(0).id() : scheme;
        model.addAttribute("p", productRows.product(v.productId(), me).orElseThrow());
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
        Submission s = submissionRows.submission(id, me).orElseThrow(() -> new NotFoundException("no such submission"));
        model.addAttribute("s", s);
        model.addAttribute("a", readJson(submissionRows.submissionJson(id)));
        model.addAttribute("decisions", s.status().next());
        model.addAttribute("version", productRows.version(s.versionId(), me).orElseThrow());
        model.addAttribute("certificates", certificateRows.certificatesOfProduct(s.productId()).stream()
                .filter(c -> c.submissionId() == id).toList());
        try {
            model.addAttribute("checklist", service.checklist(me, id));
            model.addAttribute("sensitivity", service.sensitivity(me, id));
        } catch (RuntimeException e) {
            model.addAttribute("sensitivityError", true); // stored files no longer read (e.g. a scheme withdrawn)
        }
        return "submission";
    }

    @io.swagger.v3.oas.annotations.Operation(summary = "The borderline band of a submission: how far the price, an "
            + "exchange rate or one supplier's origin can move before the outcome (passed, tier) changes")
    @GetMapping(path = "/api/assessments/submissions/{id}/sensitivity", produces = "application/json")
    @org.springframework.web.bind.annotation.ResponseBody
    public org.localis.assessment.Sensitivity.Result sensitivity(@PathVariable long id) {
        return service.sensitivity(CurrentUser.actor(), id);
    }

    @io.swagger.v3.oas.annotations.Operation(summary = "The evidence checklist of a submission: per criterion counted, "
            + "the documents that prove it, attached and missing, and the points claimed without evidence")
    @GetMapping(path = "/api/assessments/submissions/{id}/checklist", produces = "application/json")
    @org.springframework.web.bind.annotation.ResponseBody
    public org.localis.assessment.EvidenceChecklist.Result checklist(@PathVariable long id) {
        return service.checklist(CurrentUser.actor(), id);
    }

    @GetMapping("/review")
    public String review(Model model) {
        model.addAttribute("queue", submissionRows.submissions(CurrentUser.actor(), null, true));
        model.addAttribute("recent", submissionRows.submissions(CurrentUser.actor(), null, false).stream()
                .filter(s -> !s.status().open()).limit(50).toList());
        model.addAttribute("flags", impact.open(100));
        return "review";
    }

    @PostMapping("/submissions/{id}/decision")
    public String decide(@PathVariable long id, @jakarta.validation.Valid DecisionForm form, Model model,
                         RedirectAttributes redirect) {
        SubmissionStatus decision = form.decision();
        String comment = form.comment();
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
    public String revoke(@PathVariable String number, @jakarta.validation.Valid RevokeForm form,
                         RedirectAttributes redirect) {
        String reason = form.reason();
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
