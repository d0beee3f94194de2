package org.localis.app.registry;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.localis.app.shared.NotFoundException;

import org.localis.product.ProductManifestReader;
import org.localis.scheme.Classification;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The public registry of certificates: search and verification, never a cost or a price. */
@Controller
@Tag(name = "Registry", description = "Public registry of localization certificates")
public class PublicRegistryController {

    private final CertificateRepository certificateRows;
    private final RegistryRecords records;

    public PublicRegistryController(CertificateRepository certificateRows, RegistryRecords records) {
        this.certificateRows = certificateRows;
        this.records = records;
    }

    /** What the public sees of a certificate. */
    public record PublicCertificate(String number, String product, String category, String manufacturer, String scheme,
                                    String schemeVersion, int period, java.math.BigDecimal score, String unit,
                                    String classification, String tier, java.math.BigDecimal domesticShare,
                                    LocalDate validFrom, LocalDate validTo, String status, String revokeReason,
                                    String okpd2, String tnved, String manufacturerInn, String basisDocument,
                                    String basisNumber, LocalDate basisDate) {
        static PublicCertificate of(Certificate c) {
            return new PublicCertificate(c.number(), c.productName(), c.category(), c.organizationName(), c.schemeId(),
                    c.schemeVersion(), c.period(), c.score(), c.unit(), c.classification(), c.tier(), c.domesticShare(),
                    c.validFrom(), c.validTo(), c.statusOn(LocalDate.now()), c.revokeReason(), c.okpd2(),
                    c.tnved() == null ? null : org.localis.registry.RegistryIds.tnvedPrinted(c.tnved()), c.manufacturerInn(),
                    c.basisDocument(), c.basisNumber(), c.basisDate());
        }
    }

    @GetMapping("/registry")
    public String search(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
                         @RequestParam(required = false) String tier, @RequestParam(required = false) String classification,
                         @RequestParam(required = false) String okpd2, @RequestParam(required = false) String tnved,
                         @RequestParam(required = false) String inn, Model model) {
        model.addAttribute("certificates", certificates(q, category, tier, classification, okpd2, tnved, inn));
        model.addAttribute("imported", records.imported(blank(okpd2), blank(tnved), blank(inn)));
        model.addAttribute("okpd2", okpd2);
        model.addAttribute("tnved", tnved);
        model.addAttribute("inn", inn);
        model.addAttribute("q", q);
        model.addAttribute("category", category);
        model.addAttribute("tier", tier);
        model.addAttribute("classification", classification);
        model.addAttribute("categories", ProductManifestReader.CATEGORIES.stream().sorted().toList());
        model.addAttribute("classifications", List.of(Classification.values()));
        return "registry";
    }

    @GetMapping("/registry/{number}")
    public String certificate(@PathVariable String number, Model model) {
        model.addAttribute("c", certificateRows.certificate(number).map(PublicCertificate::of)
                .orElseThrow(() -> new NotFoundException("no certificate " + number)));
        return "certificate";
    }

    @Operation(summary = "A certificate as PDF, with a QR code of its public verification page")
    @GetMapping(path = "/registry/{number}/certificate.pdf", produces = "application/pdf")
    public org.springframework.http.ResponseEntity<byte[]> pdf(@PathVariable String number) {
        PublicCertificate c = certificateRows.certificate(number).map(PublicCertificate::of)
                .orElseThrow(() -> new NotFoundException("no certificate " + number));
        return org.springframework.http.ResponseEntity.ok()
                .header("Content-Disposition", org.localis.app.shared.FileNames.disposition("inline", number + ".pdf"))
                .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .body(CertificatePdf.render(c, verificationUrl(number)));
    }

    @GetMapping(path = "/registry/{number}/qr.png", produces = "image/png")
    public org.springframework.http.ResponseEntity<byte[]> qr(@PathVariable String number) {
        certificateRows.certificate(number).orElseThrow(() -> new NotFoundException("no certificate " + number));
        return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.IMAGE_PNG)
                .body(QrCodes.png(verificationUrl(number), 6));
    }

    /** The public verification address of a certificate, as the current request reached this server. */
    static String verificationUrl(String number) {
        return org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/registry/{n}").buildAndExpand(number).toUriString();
    }

    @Operation(summary = "Search certificates (by manufacturer, product or number; category; tier; classification; "
            + "OKPD2, TN VED EAEU and the manufacturer's INN)")
    @GetMapping(path = "/api/registry", produces = "application/json")
    @ResponseBody
    public List<PublicCertificate> api(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
                                       @RequestParam(required = false) String tier,
                                       @RequestParam(required = false) String classification,
                                       @RequestParam(required = false) String okpd2, @RequestParam(required = false) String tnved,
                                       @RequestParam(required = false) String inn) {
        return certificates(q, category, tier, classification, okpd2, tnved, inn);
    }

    @Operation(summary = "One certificate, for verification")
    @GetMapping(path = "/api/registry/{number}", produces = "application/json")
    @ResponseBody
    public PublicCertificate apiOne(@PathVariable String number) {
        return certificateRows.certificate(number).map(PublicCertificate::of)
                .orElseThrow(() -> new NotFoundException("no certificate " + number));
    }

    /** The search; with a code (OKPD2, TN VED, INN) the other filters narrow the certificates found by code. */
    private List<PublicCertificate> certificates(String q, String category, String tier, String classification,
                                                 String okpd2, String tnved, String inn) {
        if (blank(okpd2) == null && blank(tnved) == null && blank(inn) == null) {
            return find(q, category, tier, classification);
        }
        String text = blank(q) == null ? null : q.strip().toLowerCase(java.util.Locale.ROOT);
        return certificateRows.byCodes(blank(okpd2), tnvedDigits(tnved), blank(inn), 500).stream()
                .filter(c -> text == null || (c.productName() + " " + c.organizationName() + " " + c.number())
                        .toLowerCase(java.util.Locale.ROOT).contains(text))
                .filter(c -> blank(category) == null || category.strip().equals(c.category()))
                .filter(c -> blank(tier) == null || tier.strip().equals(c.tier()))
                .filter(c -> blank(classification) == null || classification.strip().equals(c.classification()))
                .map(PublicCertificate::of).toList();
    }

    private List<PublicCertificate> find(String q, String category, String tier, String classification) {
        return certificateRows.search(blank(q), blank(category), blank(tier), blank(classification), 200).stream()
                .map(PublicCertificate::of).toList();
    }

    private static String tnvedDigits(String s) {
        return blank(s) == null ? null : org.localis.registry.RegistryIds.tnvedDigits(s.strip());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
