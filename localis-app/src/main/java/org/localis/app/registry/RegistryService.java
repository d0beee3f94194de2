package org.localis.app.registry;

import org.localis.app.shared.Checksums;
import org.localis.app.audit.AuditSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.localis.app.shared.NotFoundException;
import org.localis.app.audit.AuditLog;




import org.localis.app.scoring.ProductFiles;
import org.localis.app.scoring.ScoreCommand.Upload;
import org.localis.app.shared.Actor;
import org.localis.assessment.Assessment;
import org.localis.assessment.AssessmentJson;
import org.localis.assessment.AssessmentRequest;
import org.localis.assessment.Assessor;
import org.localis.input.InputError;
import org.localis.input.InvalidInputException;
import org.localis.product.ProductManifestReader;
import org.localis.scheme.Period;
import org.localis.scheme.Scheme;
import org.localis.scheme.SchemeCatalog;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's workflow: a manufacturer's products and versions, submission for assessment under a
 * scheme and period, the assessor's decision, certificates issued and revoked. Every change is audited.
 */
@Service
public class RegistryService {

    /** Evidence documents: what may be uploaded, and how large. */
    public static final long MAX_EVIDENCE_BYTES = 20L * 1024 * 1024;
    public static final Set<String> EVIDENCE_TYPES = Set.of("application/pdf", "image/png", "image/jpeg", "text/plain",
            "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    public static final Set<String> COMPETENCIES = Set.of("engine", "transmission", "electronics-software", "battery",
            "platform-engineering");

    private final ProductRepository productRows;
    private final SubmissionRepository submissionRows;
    private final CertificateRepository certificateRows;
    private final RegistryCertificates certificates;
    private final SchemeCatalog schemes;
    private final AuditLog audit;
    private final org.springframework.context.ApplicationEventPublisher events;

    public RegistryService(ProductRepository productRows, SubmissionRepository submissionRows, CertificateRepository certificateRows, RegistryCertificates certificates, SchemeCatalog schemes,
                           AuditLog audit,
                           org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.productRows = productRows;
        this.submissionRows = submissionRows;
        this.certificateRows = certificateRows;
        this.certificates = certificates;
        this.schemes = schemes;
        this.audit = audit;
    }

    @Transactional
    public long createProduct(Actor by, String name, String category) {
        if (by.organizationId() == null) {
            throw new AccessDeniedException("only a member of a manufacturer creates products");
        }
        List<InputError> errors = new ArrayList<>();
        String n = name == null ? "" : name.trim();
        if (n.isEmpty() || n.length() > 200) {
            errors.add(InputError.of("form", 0, "name", "a product name of 1 to 200 characters is required"));
        } else if (productRows.productNameTaken(by.organizationId(), n)) {
            errors.add(InputError.of("form", 0, "name", "your organization already has a product named " + n));
        }
        if (category == null || !ProductManifestReader.CATEGORIES.contains(category)) {
            errors.add(InputError.of("form", 0, "category", "choose one of " + String.join(", ", ProductManifestReader.CATEGORIES)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long id = productRows.insertProduct(by.organizationId(), n, category, by.username());
        audit.record("product-created", "product", id, AuditSummary.of("audit.summary.productCreated", n, category), null, "category=" + category);
        return id;
    }

    /** The header figures of a new version, as typed. */
    public record VersionForm(@jakarta.validation.constraints.Size(max = org.localis.app.shared.Limits.CURRENCY) String currency,
                              @jakarta.validation.constraints.DecimalMax(org.localis.app.shared.Limits.MAX_AMOUNT_TEXT) @jakarta.validation.constraints.Digits(integer = org.localis.app.shared.Limits.AMOUNT_INTEGER_DIGITS, fraction = org.localis.app.shared.Limits.AMOUNT_FRACTION_DIGITS) BigDecimal price,
                              @jakarta.validation.constraints.DecimalMax(org.localis.app.shared.Limits.MAX_AMOUNT_TEXT) @jakarta.validation.constraints.Digits(integer = org.localis.app.shared.Limits.AMOUNT_INTEGER_DIGITS, fraction = org.localis.app.shared.Limits.AMOUNT_FRACTION_DIGITS) BigDecimal netCost,
                              @jakarta.validation.constraints.Max(org.localis.app.shared.Limits.MAX_COUNT) Integer annualVolume,
                              @jakarta.validation.constraints.Max(org.localis.app.shared.Limits.MAX_COUNT) Integer domesticJobs,
                              List<@jakarta.validation.constraints.Size(max = org.localis.app.shared.Limits.CODE) String> competencies,
                              @jakarta.validation.constraints.Size(max = 4) String vehicleCategory,
                              @jakarta.validation.constraints.Size(max = 10) String powertrain,
                              @jakarta.validation.constraints.Size(max = 40) String emissionStandard,
                              @jakarta.validation.constraints.Size(max = 40000) String counts,
                              @jakarta.validation.constraints.Size(max = 20000) String inputs) {

        /** A version without vehicle facts (value-share schemes, components). */
        public VersionForm(String currency, BigDecimal price, BigDecimal netCost, Integer annualVolume,
                           Integer domesticJobs, List<String> competencies) {
            this(currency, price, netCost, annualVolume, domesticJobs, competencies, null, null, null, null, null);
        }

        /** A version with the vehicle facts a Decree 719 vehicle scheme needs. */
        public VersionForm(String currency, BigDecimal price, BigDecimal netCost, Integer annualVolume,
                           Integer domesticJobs, List<String> competencies, org.localis.app.scoring.ScoreCommand.VehicleInputs v) {
            this(currency, price, netCost, annualVolume, domesticJobs, competencies, v == null ? null : v.category(),
                    v == null ? null : v.powertrain(), v == null ? null : v.emissionStandard(), v == null ? null : v.counts(),
                    v == null ? null : v.inputs());
        }

        /** The vehicle facts as typed. */
        public org.localis.app.scoring.ScoreCommand.VehicleInputs vehicle() {
            return new org.localis.app.scoring.ScoreCommand.VehicleInputs(vehicleCategory, powertrain, emissionStandard, counts,
                    inputs);
        }
    }

    /** A new version: every file is checked by the engine first, and nothing is stored unless all are valid. */
    @Transactional
    public long addVersion(Actor by, long productId, VersionForm form, Upload bom, Upload operations,
                           Upload certificatesFile, Upload rates) {
        Product p = ownProduct(by, productId);
        List<String> comps = form.competencies() == null ? List.of() : form.competencies();
        List<InputError> errors = new ArrayList<>();
        for (String c : comps) {
            if (!COMPETENCIES.contains(c)) {
                errors.add(InputError.of("form", 0, "competencies", "unknown competency " + c));
            }
        }
        if (form.domesticJobs() != null && form.domesticJobs() < 0) {
            errors.add(InputError.of("form", 0, "domesticJobs", "must not be negative"));
        }
        org.localis.product.Product parsed = null;
        try {
            parsed = ProductFiles.read(p.name(), p.category(), form.currency(), form.price(), form.netCost(),
                    form.annualVolume(), bom, operations, certificatesFile, rates);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        org.localis.product.VehicleFacts facts = org.localis.product.VehicleFacts.NONE;
        if (form.vehicle() != null && !form.vehicle().isBlank()) {
            try {
                facts = org.localis.product.VehicleFactsText.read(form.vehicle().category(), form.vehicle().powertrain(),
                        form.vehicle().emissionStandard(), form.vehicle().counts(), form.vehicle().inputs(), "form");
            } catch (InvalidInputException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        byte[] bomBytes = bom.bytes(); // the version's stored copy; read once
        String bomSha = Checksums.sha256(bomBytes);
        ProductRepository.VersionFiles files = new ProductRepository.VersionFiles(bom.name(), bomBytes,
                name(operations), bytes(operations), name(certificatesFile), bytes(certificatesFile), name(rates), bytes(rates));
        long id = productRows.insertVersion(productId, parsed.currency(), form.price(), form.netCost(), form.annualVolume(),
                form.domesticJobs(), String.join(",", comps.stream().sorted().toList()), files,
                bomSha, parsed.bom().size(), by.username());
        ProductRepository.VehicleFactsRow row = vehicleRow(facts);
        if (!row.isBlank()) {
            productRows.updateVehicleFacts(id, row);
        }
        audit.record("version-added", "product-version", id, row.isBlank()
                ? AuditSummary.of("audit.summary.versionAdded", p.name(), bom.name(), parsed.bom().size())
                : AuditSummary.of("audit.summary.versionAddedVehicle", p.name(), bom.name(), parsed.bom().size(),
                        dash(row.category()), dash(row.powertrain()), dash(row.emissionStandard()),
                        row.counts() == null ? 0 : row.counts().lines().count(),
                        row.inputs() == null ? 0 : row.inputs().lines().count()), null,
                "sha256=" + bomSha);
        return id;
    }

    @Transactional
    public long addEvidence(Actor by, long versionId, Upload file, String contentType, String description) {
        return addEvidence(by, versionId, file, contentType, description,
                org.localis.assessment.EvidenceChecklist.DocumentKind.OTHER, null);
    }

    @Transactional
    public long addEvidence(Actor by, long versionId, Upload file, String contentType, String description,
                            org.localis.assessment.EvidenceChecklist.DocumentKind kind, String criterion) {
        if (criterion != null && criterion.strip().length() > 100) {
            throw new InvalidInputException(InputError.of("form", 0, "criterion", "at most 100 characters"));
        }
        Version v = productRows.version(versionId, by).orElseThrow(() -> new NotFoundException("no such version"));
        ownProduct(by, v.productId());
        List<InputError> errors = new ArrayList<>();
        if (file == null || file.isEmpty()) {
            errors.add(InputError.of("form", 0, "file", "choose a file"));
        } else {
            if (file.size() > MAX_EVIDENCE_BYTES) {
                errors.add(InputError.of(file.name(), 0, "file", "larger than " + MAX_EVIDENCE_BYTES / (1024 * 1024) + " MB"));
            }
            String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
            if (!EVIDENCE_TYPES.contains(type)) {
                errors.add(InputError.of(file.name(), 0, "file", "type " + type + " is not accepted (PDF, PNG, JPEG, text, CSV, XLSX, DOCX)"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        byte[] bytes = file.bytes(); // read once (checked for size above)
        String sha = Checksums.sha256(bytes);
        long id = productRows.insertEvidence(versionId, file.name(), contentType.toLowerCase(Locale.ROOT), bytes, sha,
                description, by.username(), kind == null ? org.localis.assessment.EvidenceChecklist.DocumentKind.OTHER : kind,
                criterion);
        audit.record("evidence-uploaded", "evidence", id, AuditSummary.of("audit.summary.evidenceUploaded", file.name(), bytes.length, versionId), null, "sha256=" + sha);
        return id;
    }

    /** Scores a stored version with the engine (registry certificates resolved on the date). */
    public Assessment assess(long versionId, Scheme scheme, Integer period, LocalDate date) {
        return Assessor.assess(new AssessmentRequest(product(versionId), scheme, period, date, certificates, certificates));
    }

    /**
     * The borderline band of a submission: how far the price, an exchange rate or one supplier's origin can move
     * before its outcome changes, re-assessed under the submission's own scheme version, period and date.
     */
    public org.localis.assessment.Sensitivity.Result sensitivity(Actor viewer, long submissionId) {
        return org.localis.assessment.Sensitivity.of(request(submission(viewer, submissionId)));
    }

    /**
     * The evidence checklist of a submission: per criterion counted, the documents that prove it, those attached to
     * the version and those missing, and the points claimed without their evidence.
     */
    public org.localis.assessment.EvidenceChecklist.Result checklist(Actor viewer, long submissionId) {
        Submission s = submission(viewer, submissionId);
        return org.localis.assessment.EvidenceChecklist.of(Assessor.assess(request(s)), productRows.evidence(s.versionId()).stream()
                .map(e -> new org.localis.assessment.EvidenceChecklist.Document(e.kind(), e.criterion(), e.fileName())).toList());
    }

    private Submission submission(Actor viewer, long submissionId) {
        return submissionRows.submission(submissionId, viewer).orElseThrow(() -> new NotFoundException("no such submission"));
    }

    /** The scheme version a submission (or its certificate) was assessed under; the current one if it was withdrawn. */
    public Scheme schemeOf(String schemeId, String schemeVersion) {
        return schemes.find(schemeId, schemeVersion).orElseGet(() -> schemes.require(schemeId, "scheme"));
    }

    /**
     * Submissions stored before the engine gave its reasons as codes with figures (the classification reason, the
     * failed requirements, the next tier's advice, each criterion's explanation) show them as the English sentences
     * they stored. This scores each such submission again under its own scheme version, period and date and, when that
     * gives the very same score and sentences, adds the codes beside them; nothing else in the stored result changes,
     * and a submission whose result would now differ keeps its sentences as stored. Returns how many were completed.
     */
    @Transactional
    public int addReasonCodes(Actor by) {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        int done = 0;
        for (long id : submissionRows.withoutReasonCodes()) {
            Submission s = submission(by, id);
            try {
                var stored = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(submissionRows.submissionJson(id));
                var fresh = json.readTree(AssessmentJson.toJson(Assessor.assess(request(s))));
                if (ReasonCodes.complete(stored, fresh)) {
                    submissionRows.updateJson(id, json.writeValueAsString(stored));
                    done++;
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException | InvalidInputException | IllegalArgumentException e) {
                // kept as stored: its sentences are still shown
            }
        }
        return done;
    }

    /** The assessment request that reproduces a submission: its version, scheme version, period and date. */
    private AssessmentRequest request(Submission s) {
        return new AssessmentRequest(product(s.versionId()), schemeOf(s.schemeId(), s.schemeVersion()), s.period(),
                s.assessmentDate(), certificates, certificates);
    }

    /** A stored version as the engine's product (BOM, operations, certificates, rates, price, volume, vehicle facts). */
    public org.localis.product.Product product(long versionId) {
        ProductRepository.VersionFiles f = productRows.files(versionId);
        Version v = productRows.version(versionId);
        org.localis.product.Product product = ProductFiles.read(productRows.productNameOfVersion(versionId), "", v.currency(), v.price(),
                v.netCost(), v.annualVolume(), new Upload(f.bomName(), f.bom()), upload(f.operationsName(), f.operations()),
                upload(f.certificatesName(), f.certificates()), upload(f.ratesName(), f.rates()));
        ProductRepository.VehicleFactsRow row = productRows.vehicleFacts(versionId);
        if (row.isBlank()) {
            return product;
        }
        return product.withVehicle(org.localis.product.VehicleFactsText.read(row.category(), row.powertrain(),
                row.emissionStandard(), row.counts(), row.inputs(), "version " + v.versionNo()));
    }

    /** The vehicle facts stored with a version (all null when none were given). */
    public ProductRepository.VehicleFactsRow vehicleFacts(long versionId) {
        return productRows.vehicleFacts(versionId);
    }

    private static ProductRepository.VehicleFactsRow vehicleRow(org.localis.product.VehicleFacts f) {
        if (f == org.localis.product.VehicleFacts.NONE) {
            return ProductRepository.VehicleFactsRow.NONE;
        }
        String counts = org.localis.product.VehicleFactsText.countsText(f);
        String inputs = org.localis.product.VehicleFactsText.inputsText(f);
        return new ProductRepository.VehicleFactsRow(f.category() == null ? null : f.category().code(),
                f.powertrain() == null ? null : f.powertrain().code(), f.emissionStandard(),
                counts.isEmpty() ? null : counts, inputs.isEmpty() ? null : inputs);
    }

    private static String dash(Object value) {
        return value == null ? "-" : String.valueOf(value);
    }

    /** Registry certificates as the engine resolves them in BOMs. */
    public org.localis.certificate.CertificateSource certificates() {
        return certificates;
    }

    @Transactional
    public long submit(Actor by, long versionId, String schemeId, Integer period, LocalDate date) {
        Version v = productRows.version(versionId, by).orElseThrow(() -> new NotFoundException("no such version"));
        ownProduct(by, v.productId());
        Scheme scheme = schemes.require(schemeId, "scheme");
        Assessment a = assess(versionId, scheme, period, date);
        long id = submissionRows.insertSubmission(versionId, scheme.id(), scheme.info().version(), a.period(), a.date(), a.score(),
                a.unit(), a.passed(), a.tier() == null ? null : a.tier().id(), a.classification().classification().code(),
                AssessmentJson.toJson(a), by.username());
        audit.record("submitted", "submission", id, AuditSummary.of("audit.summary.submitted", versionId, scheme.id(), a.period(),
                a.score(), AuditSummary.code("unit.", a.unit())), null, "status=SUBMITTED");
        return id;
    }

    /** The same version under the scheme's later periods: what rising thresholds will mean. */
    public List<Assessment> whatIf(Actor viewer, long versionId, String schemeId, LocalDate date) {
        productRows.version(versionId, viewer).orElseThrow(() -> new NotFoundException("no such version"));
        Scheme scheme = schemes.require(schemeId, "scheme");
        List<Assessment> out = new ArrayList<>();
        int from = date.getYear();
        int last = Math.max(from, scheme.periods().get(scheme.periods().size() - 1).year()) + 1;
        for (int year = from; year <= last; year++) {
            if (scheme.periodFor(year).isPresent()) {
                out.add(assess(versionId, scheme, year, date));
            }
        }
        return out;
    }

    /** An assessor's decision; approval issues a certificate. */
    @Transactional
    public Certificate decide(Actor assessor, long submissionId, SubmissionStatus decision, String comment) {
        Submission s = submissionRows.submission(submissionId, assessor).orElseThrow(() -> new NotFoundException("no such submission"));
        if (!s.status().next().contains(decision)) {
            throw new InvalidInputException(InputError.of("form", 0, "decision", "a " + s.status().name().toLowerCase(Locale.ROOT)
                    + " submission cannot become " + decision.name().toLowerCase(Locale.ROOT)));
        }
        if (decision == SubmissionStatus.APPROVED && !s.passed()) {
            throw new InvalidInputException(InputError.of("form", 0, "decision",
                    "the assessment did not pass the threshold: request changes or reject"));
        }
        if ((decision == SubmissionStatus.REJECTED || decision == SubmissionStatus.CHANGES_REQUESTED)
                && (comment == null || comment.isBlank())) {
            throw new InvalidInputException(InputError.of("form", 0, "comment", "say why, for the manufacturer"));
        }
        if (!submissionRows.decide(submissionId, s.status(), decision, assessor.username(), blank(comment))) {
            throw new InvalidInputException(InputError.of("form", 0, "decision", "someone else decided this submission meanwhile"));
        }
        audit.record("submission-" + decision.name().toLowerCase(Locale.ROOT).replace('_', '-'), "submission", submissionId,
                comment == null || comment.isBlank()
                        ? AuditSummary.of("audit.summary.decided", s.productName(), s.versionNo(), AuditSummary.code("submission.status." + decision.name()))
                        : AuditSummary.of("audit.summary.decidedWithComment", s.productName(), s.versionNo(),
                                AuditSummary.code("submission.status." + decision.name()), comment),
                "status=" + s.status(), "status=" + decision);
        if (decision != SubmissionStatus.APPROVED) {
            return null;
        }
        BigDecimal share = parsed(submissionId);
        LocalDate from = LocalDate.now();
        LocalDate to = from.plusYears(1).minusDays(1);
        String number = "LCL-" + from.getYear() + "-" + String.format("%06d", certificateRows.nextCertificateSequence());
        long certId = certificateRows.insertCertificate(number, s, share, from, to, assessor.username());
        audit.record("certificate-issued", "certificate", number, AuditSummary.of("audit.summary.certificateIssued", number, s.productName(), s.schemeId(),
                s.period(), s.score(), AuditSummary.code("unit.", s.unit())), null,
                "valid " + from + ".." + to + ", id " + certId);
        return certificateRows.certificate(number).orElseThrow();
    }

    @Transactional
    public void revoke(Actor assessor, String number, String reason) {
        Certificate c = certificateRows.certificate(number).orElseThrow(() -> new NotFoundException("no certificate " + number));
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(InputError.of("form", 0, "reason", "a reason is required"));
        }
        if (!certificateRows.revoke(c.id(), assessor.username(), reason.trim())) {
            throw new InvalidInputException(InputError.of("form", 0, "number", "certificate " + number + " is already revoked"));
        }
        audit.record("certificate-revoked", "certificate", number, AuditSummary.of("audit.summary.certificateRevoked", number, reason.trim()),
                "valid", "revoked");
        events.publishEvent(new CertificateEnded(number, CertificateFlag.Cause.REVOKED, LocalDate.now()));
    }

    /** A certificate stopped counting (revoked now, or expired); published inside the revoking transaction. */
    public record CertificateEnded(String number, CertificateFlag.Cause cause, LocalDate on) {
    }

    /** The domestic share of materials stored in a submission's assessment. */
    private BigDecimal parsed(long submissionId) {
        try {
            var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(submissionRows.submissionJson(submissionId));
            return node.path("totals").path("domesticShare").decimalValue();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored assessment of submission " + submissionId + " is not JSON", e);
        }
    }

    private Product ownProduct(Actor by, long productId) {
        Product p = productRows.product(productId, by).orElseThrow(() -> new NotFoundException("no such product"));
        if (by.organizationId() == null || p.organizationId() != by.organizationId()) {
            throw new AccessDeniedException("only the manufacturer changes its products");
        }
        return p;
    }



    private static Upload upload(String name, byte[] bytes) {
        return name == null ? null : new Upload(name, bytes);
    }

    private static String name(Upload u) {
        return ProductFiles.present(u) ? u.name() : null;
    }

    private static byte[] bytes(Upload u) {
        return ProductFiles.present(u) ? u.bytes() : null;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
