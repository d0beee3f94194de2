package org.localis.app.funding;

import org.localis.app.identity.CurrentUser;
import org.localis.app.drive.PaymentQrService;
import org.localis.app.drive.DriveRepository;
import org.localis.app.drive.PledgeService;
import org.localis.app.shared.Money;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.localis.app.shared.NotFoundException;
import org.localis.app.bank.BankEntryRepository;
import org.localis.app.drive.Drive;
import org.localis.app.drive.DriveStatus;
import org.localis.app.drive.Pledge;
import org.localis.app.drive.PledgeService.PledgeForm;
import org.localis.payment.CreditorReference;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The public side of a drive: its collection page (no sign-in, cacheable, no session), live progress,
 * the pledge form, and the donor's status page with bank details and payment QR.
 */
@Controller
@Tag(name = "Drives", description = "Public supply drives: progress, pledges, payment QR codes")
public class PublicDriveController {

    private final DriveRepository drives;
    private final DriveProgressService progress;
    private final PledgeService pledges;
    private final PaymentQrService qr;
    private final BankEntryRepository entries;
    private final org.localis.app.procurement.ReadinessService readiness;
    private final org.localis.app.drive.DriveTexts texts;

    public PublicDriveController(DriveRepository drives, DriveProgressService progress, PledgeService pledges,
                                 PaymentQrService qr, BankEntryRepository entries,
                                 org.localis.app.procurement.ReadinessService readiness,
                                 org.localis.app.drive.DriveTexts texts) {
        this.readiness = readiness;
        this.texts = texts;
        this.drives = drives;
        this.progress = progress;
        this.pledges = pledges;
        this.qr = qr;
        this.entries = entries;
    }

    @GetMapping("/drives")
    public String list(Model model) {
        List<Drive> published = drives.published();
        model.addAttribute("drives", published);
        model.addAttribute("progress", published.stream().map(progress::snapshot).toList());
        return "drives";
    }

    @GetMapping("/drives/{slug}")
    public String page(@PathVariable String slug, Model model, HttpServletResponse response) {
        Drive d = published(slug);
        fill(model, d);
        model.addAttribute("form", new PledgeForm("", null, null, "", "", false));
        // Shared caches may keep the anonymous page a few seconds (live numbers come from /progress anyway); a page
        // rendered for a signed-in user carries their name and a CSRF token and is never stored anywhere.
        response.setHeader("Cache-Control", CurrentUser.get().isPresent() ? "private, no-store" : "public, max-age=5");
        response.setHeader("Vary", "Cookie, Accept-Language");
        return "drive";
    }

    @Operation(summary = "A drive's live progress: money reconciled, pledges, tires funded per size")
    @GetMapping(path = "/drives/{slug}/progress", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public ResponseEntity<DriveProgressService.Snapshot> live(@PathVariable String slug) {
        Drive d = published(slug);
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(5, TimeUnit.SECONDS).cachePublic())
                .body(progress.snapshot(d));
    }

    /** The pledge form of the drive page: an amount, or a target line and a number of tires; the donor's name and e-mail. */
    public record PledgePageForm(@jakarta.validation.constraints.Size(max = org.localis.app.shared.Limits.NUMBER_TEXT) String amount,
                                 @jakarta.validation.constraints.Max(org.localis.app.shared.Limits.MAX_TARGET_LINE) Integer targetLine,
                                 @jakarta.validation.constraints.Max(org.localis.app.shared.Limits.MAX_TIRES) Integer tires,
                                 @jakarta.validation.constraints.Size(max = org.localis.app.shared.Limits.DONOR_NAME) String name,
                                 @jakarta.validation.constraints.Size(max = org.localis.app.shared.Limits.EMAIL) String email,
                                 Boolean showName,
                                 @jakarta.validation.constraints.Size(max = org.localis.app.shared.Limits.CODE) String mode) {
    }

    @PostMapping("/drives/{slug}/pledges")
    public String pledge(@PathVariable String slug, @jakarta.validation.Valid PledgePageForm f, Model model) {
        String amount = f.amount(), name = f.name(), email = f.email();
        Integer targetLine = f.targetLine(), tires = f.tires();
        boolean showName = Boolean.TRUE.equals(f.showName());
        String mode = f.mode() == null ? "amount" : f.mode();
        Drive d = published(slug);
        PledgeForm form = "tires".equals(mode) ? new PledgeForm(null, targetLine, tires, name, email, showName)
                : new PledgeForm(amount, null, null, name, email, showName);
        PledgeService.Result r = pledges.pledge(d, form);
        if (!r.ok()) {
            fill(model, d);
            model.addAttribute("form", form);
            model.addAttribute("mode", mode);
            model.addAttribute("problems", r.problems());
            return "drive";
        }
        return "redirect:/pledges/" + r.pledge().reference() + "?new";
    }

    @GetMapping("/pledges/{reference}")
    public String status(@PathVariable String reference, Model model, Locale locale) {
        Pledge p = pledge(reference);
        Drive d = drives.find(p.driveId()).orElseThrow();
        model.addAttribute("drive", d);
        model.addAttribute("pledge", p);
        model.addAttribute("printed", CreditorReference.printed(p.reference()));
        PledgeStatus status = PledgeStatus.of(p, entries.ofPledge(p.id()));
        model.addAttribute("status", status);
        model.addAttribute("amount", Money.format(p.amountMinor(), d.currency(), locale));
        model.addAttribute("qrAvailable", qr.available(d));
        // the code asks for what is still outstanding, and there is none once nothing is
        model.addAttribute("qrDue", qr.available(d) && status.outstandingMinor() > 0);
        model.addAttribute("payload", qr.available(d) && status.outstandingMinor() > 0
                ? qr.text(d, p, status.outstandingMinor()) : null);
        model.addAttribute("purpose", qr.purpose(d, p));
        model.addAttribute("target", p.targetLine() == null ? null : drives.targets(d.id()).stream()
                .filter(t -> t.lineNo() == p.targetLine()).findFirst().orElse(null));
        return "pledge";
    }

    @Operation(summary = "The payment QR of a pledge (GOST R 56042 ST00012 for RUB, EPC069-12 for EUR) as PNG")
    @GetMapping(path = "/pledges/{reference}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    public ResponseEntity<byte[]> png(@PathVariable String reference) {
        Pledge p = pledge(reference);
        Drive d = withQr(p);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.noCache().cachePrivate()).body(qr.png(d, p, outstanding(p)));
    }

    @Operation(summary = "The payment QR of a pledge as SVG")
    @GetMapping(path = "/pledges/{reference}/qr.svg", produces = "image/svg+xml")
    public ResponseEntity<String> svg(@PathVariable String reference) {
        Pledge p = pledge(reference);
        Drive d = withQr(p);
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml"))
                .cacheControl(CacheControl.noCache().cachePrivate()).body(qr.svg(d, p, outstanding(p)));
    }

    /** What is still outstanding on a pledge; 404 when nothing is (there is no code to pay again). */
    private long outstanding(Pledge p) {
        long due = PledgeStatus.of(p, entries.ofPledge(p.id())).outstandingMinor();
        if (due <= 0) {
            throw new NotFoundException("nothing is outstanding on pledge " + p.reference());
        }
        return due;
    }

    /** The pledge's drive, when its currency has a payment-QR standard; otherwise there is no code to show (404). */
    private Drive withQr(Pledge p) {
        return drives.find(p.driveId()).filter(qr::available)
                .orElseThrow(() -> new NotFoundException("no payment QR standard for this drive's currency"));
    }

    private void fill(Model model, Drive d) {
        model.addAttribute("drive", d);
        model.addAttribute("p", progress.snapshot(d));
        model.addAttribute("targets", drives.targets(d.id()));
        List<org.localis.app.drive.DriveUpdate> updates = drives.updates(d.id());
        model.addAttribute("updates", updates);
        // the drive's title, description and updates in the visitor's language, else as the organizer wrote them
        model.addAttribute("texts", texts.localized(d, updates, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        var points = readiness.cachedSeries(d);
        model.addAttribute("readiness", points);
        model.addAttribute("readinessLine", org.localis.app.procurement.ReadinessService.polyline(points, 600, 120));
    }

    private Drive published(String slug) {
        return drives.findBySlug(slug).filter(d -> d.status() != DriveStatus.DRAFT)
                .orElseThrow(() -> new NotFoundException("no drive " + slug));
    }

    private Pledge pledge(String reference) {
        String ref = CreditorReference.normalize(reference);
        return drives.pledgeByReference(ref).orElseThrow(() -> new NotFoundException("no pledge " + reference));
    }
}
