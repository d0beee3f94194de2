package org.localis.app.registry;

import java.io.ByteArrayInputStream;
import org.localis.app.audit.AuditSummary;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.localis.app.audit.AuditLog;
import org.localis.app.shared.Actor;
import org.localis.app.shared.Checksums;
import org.localis.app.shared.FieldProblem;
import org.localis.app.shared.InvalidFormException;
import org.localis.app.shared.NotFoundException;
import org.localis.app.shared.Role;
import org.localis.registry.RegistryIds;
import org.localis.registry.RegistryRecord;
import org.localis.registry.RegistryRecordsCsv;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry as procurement consumes it: manufacturers' identifiers, products' codes, one registry record
 * per certificate (the state registry's open-data layout) and records imported from the state registry.
 */
@Service
public class RegistryRecords {

    /** The longest text a manufacturer's address may have (the column's size). */
    public static final int MAX_ADDRESS = 500;

    private final CertificateRepository certificates;
    private final ProductRepository products;
    private final ManufacturerDetailsRepository details;
    private final StateRegistryRepository state;
    private final AuditLog audit;

    public RegistryRecords(CertificateRepository certificates, ProductRepository products,
                           ManufacturerDetailsRepository details, StateRegistryRepository state, AuditLog audit) {
        this.certificates = certificates;
        this.products = products;
        this.details = details;
        this.state = state;
        this.audit = audit;
    }

    /** The manufacturer's identifiers form. */
    public record DetailsForm(@jakarta.validation.constraints.Size(max = 12) String inn,
                              @jakarta.validation.constraints.Size(max = 15) String ogrn,
                              @jakarta.validation.constraints.Size(max = 9) String kpp,
                              @jakarta.validation.constraints.Size(max = MAX_ADDRESS) String legalAddress,
                              @jakarta.validation.constraints.Size(max = MAX_ADDRESS) String productionAddress)
            implements java.io.Serializable {
    }

    /** The organization whose details a user may edit: a manufacturer their own, an administrator any. */
    public long editableOrganization(Actor by, Long requested) {
        if (by.role() == Role.ADMIN && requested != null) {
            return requested;
        }
        if (by.organizationId() == null || by.role() != Role.MANUFACTURER && by.role() != Role.ADMIN) {
            throw new AccessDeniedException("only a manufacturer or an administrator edits registry details");
        }
        return by.organizationId();
    }

    public ManufacturerDetails details(long organizationId) {
        return details.of(organizationId).orElseThrow(() -> new NotFoundException("no such organization"));
    }

    @Transactional
    public void saveDetails(Actor by, long organizationId, DetailsForm f) {
        ManufacturerDetails before = details(organizationId);
        List<FieldProblem> problems = new ArrayList<>();
        String inn = strip(f.inn());
        String ogrn = blank(f.ogrn());
        String kpp = blank(f.kpp());
        String legal = blank(f.legalAddress());
        String site = blank(f.productionAddress());
        RegistryIds.innProblem(inn).ifPresent(m -> problems.add(new FieldProblem("inn", m)));
        if (ogrn != null) {
            RegistryIds.ogrnProblem(ogrn).ifPresent(m -> problems.add(new FieldProblem("ogrn", m)));
        }
        if (kpp != null) {
            RegistryIds.kppProblem(kpp).ifPresent(m -> problems.add(new FieldProblem("kpp", m)));
        }
        if (legal != null && legal.length() > MAX_ADDRESS) {
            problems.add(new FieldProblem("legalAddress", "at most " + MAX_ADDRESS + " characters"));
        }
        if (site != null && site.length() > MAX_ADDRESS) {
            problems.add(new FieldProblem("productionAddress", "at most " + MAX_ADDRESS + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFormException(problems);
        }
        ManufacturerDetails after = new ManufacturerDetails(organizationId, before.organizationName(), inn, ogrn, kpp, legal, site);
        if (details.save(after, by.username())) {
            audit.record("organization.registry-details", "organization", organizationId,
                    AuditSummary.of("audit.summary.registryDetails", before.organizationName()), describe(before), describe(after));
        }
    }

    /** Sets a product's OKPD2 and TN VED EAEU codes (blank clears one); only its manufacturer may. */
    @Transactional
    public void setProductCodes(Actor by, long productId, String okpd2Text, String tnvedText) {
        Product p = products.product(productId, by).orElseThrow(() -> new NotFoundException("no such product"));
        if (by.role() != Role.MANUFACTURER || by.organizationId() == null || by.organizationId() != p.organizationId()) {
            throw new AccessDeniedException("only the product's manufacturer sets its codes");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String okpd2 = blank(okpd2Text);
        String tnved = blank(tnvedText) == null ? null : RegistryIds.tnvedDigits(tnvedText.strip());
        if (okpd2 != null) {
            RegistryIds.okpd2Problem(okpd2).ifPresent(m -> problems.add(new FieldProblem("okpd2", m)));
        }
        if (tnved != null) {
            RegistryIds.tnvedProblem(tnved).ifPresent(m -> problems.add(new FieldProblem("tnved", m)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFormException(problems);
        }
        products.setCodes(productId, okpd2, tnved);
        audit.record("product.codes", "product", productId, AuditSummary.of("audit.summary.productCodes", p.name()),
                "OKPD2 " + p.okpd2() + ", TN VED " + p.tnved(), "OKPD2 " + okpd2 + ", TN VED " + tnved);
    }

    /** Imports the state registry's open-data file: all or nothing; the same file twice changes nothing. */
    @Transactional
    public StateRegistryRepository.ImportResult importStateRegistry(String fileName, byte[] bytes) {
        List<RegistryRecord> records = RegistryRecordsCsv.read(new ByteArrayInputStream(bytes), fileName);
        String sha = Checksums.sha256(bytes);
        StateRegistryRepository.ImportResult r = state.upsert(records, sha);
        audit.record("registry.import", "state_registry_record", sha.substring(0, 16),
                AuditSummary.of("audit.summary.registryImported", fileName, r.added(), r.changed(),
                        r.unchanged()), null, null);
        return r;
    }

    /** Every record this registry publishes: one per certificate, then the imported ones. */
    public List<RegistryRecord> export() {
        List<RegistryRecord> out = new ArrayList<>();
        List<Certificate> all = certificates.certificates(null, null);
        Map<Long, ManufacturerDetails> orgs = all.stream().map(Certificate::organizationId).distinct()
                .map(details::of).flatMap(java.util.Optional::stream)
                .collect(Collectors.toMap(ManufacturerDetails::organizationId, Function.identity()));
        for (Certificate c : all) {
            out.add(record(c, orgs.get(c.organizationId())));
        }
        out.addAll(state.all());
        return out;
    }

    /**
     * Where a registry record stands on a date — "valid", "expired", "not-yet-valid" or "revoked" (excluded) — found
     * among this registry's certificates, then the imported records of the state registry; empty when unknown.
     */
    public java.util.Optional<String> statusOf(String number, LocalDate on) {
        if (number == null || number.isBlank()) {
            return java.util.Optional.empty();
        }
        java.util.Optional<Certificate> c = certificates.certificate(number.strip());
        if (c.isPresent()) {
            return java.util.Optional.of(c.get().statusOn(on));
        }
        return state.byNumber(number.strip()).map(r -> r.validOn(on) ? "valid"
                : r.endDate() != null && !on.isBefore(r.endDate()) ? "revoked"
                : r.recordDate() != null && on.isBefore(r.recordDate()) ? "not-yet-valid" : "expired");
    }

    /** Records found by code, ours first. */
    public List<RegistryRecord> byCodes(String okpd2, String tnved, String inn) {
        String t = tnved == null ? null : RegistryIds.tnvedDigits(tnved);
        List<RegistryRecord> out = new ArrayList<>();
        for (Certificate c : certificates.byCodes(okpd2, t, inn, 500)) {
            out.add(record(c, details.of(c.organizationId()).orElse(null)));
        }
        out.addAll(state.byCodes(okpd2, t, inn, 500));
        return out;
    }

    public List<RegistryRecord> imported(String okpd2, String tnved, String inn) {
        return state.byCodes(okpd2, tnved == null ? null : RegistryIds.tnvedDigits(tnved), inn, 200);
    }

    /** A certificate as a registry record: the state registry's columns, filled from what Localis knows. */
    static RegistryRecord record(Certificate c, ManufacturerDetails d) {
        boolean points = "points".equalsIgnoreCase(c.unit());
        String scoreDesc = c.schemeId() + "@" + c.schemeVersion() + ", " + c.classification()
                + (c.tier() == null || c.tier().isBlank() ? "" : ", " + c.tier());
        LocalDate end = c.revokedAt() == null ? null : c.revokedAt().atZone(ZoneOffset.UTC).toLocalDate();
        return new RegistryRecord(c.organizationName(), d == null ? "" : d.ogrn(), d == null ? c.manufacturerInn() : d.inn(),
                d == null ? "" : d.legalAddress(), d == null ? "" : d.productionAddress(), "", "", c.validFrom(), c.validTo(),
                end, c.number(), c.productName(), c.okpd2(), c.tnved() == null ? "" : RegistryIds.tnvedPrinted(c.tnved()), "",
                points ? strip(c.score()) : null, points ? null : strip(c.score()), scoreDesc, null, null, "",
                c.basisDocument(), c.basisDate(), c.basisNumber(), null, "", "");
    }

    private static java.math.BigDecimal strip(java.math.BigDecimal n) {
        return n == null ? null : n.signum() == 0 ? java.math.BigDecimal.ZERO : n.stripTrailingZeros();
    }

    private static String describe(ManufacturerDetails d) {
        return "INN " + d.inn() + ", OGRN " + d.ogrn() + ", KPP " + d.kpp() + ", address " + d.legalAddress()
                + ", production site " + d.productionAddress();
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
