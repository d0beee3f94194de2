package org.localis.app.funding;

import org.localis.app.drive.DriveService;
import org.localis.app.drive.DriveRepository;
import org.localis.app.drive.PledgeService;
import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.localis.app.shared.NotFoundException;
import org.localis.app.bank.BankEntryRepository;
import org.localis.app.drive.Drive;
import org.localis.app.drive.DriveStatus;
import org.localis.app.drive.Pledge;
import org.localis.app.drive.PledgeService.PledgeForm;
import org.localis.payment.CreditorReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Size;
import org.localis.app.shared.Limits;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Drives over REST: live progress, pledges and their status, for anyone (statement import is the bank module's). */
@RestController
@RequestMapping("/api")
@Tag(name = "Drives", description = "Public supply drives: progress, pledges, payment QR codes")
public class DriveApiController {

    /** A pledge request: an amount in major units, or a target line and a number of tires. */
    public record PledgeRequest(@Size(max = Limits.NUMBER_TEXT) String amount, @Max(Limits.MAX_TARGET_LINE) Integer targetLine,
                                @Max(Limits.MAX_TIRES) Integer tires, @Size(max = Limits.DONOR_NAME) String name,
                                @Size(max = Limits.EMAIL) String email, Boolean showName) {
    }

    /** What the donor needs to pay: the reference, the amount, the bank details and the QR. */
    public record PledgeResponse(String reference, String printedReference, long amountMinor, String currency,
                                 String payee, String account, String bankName, String bic, String purpose,
                                 String qrPayload, String qrPng, String qrSvg, String statusPage, String state,
                                 long receivedMinor, long outstandingMinor, long overpaidMinor, long returnedMinor) {
    }

    private final DriveRepository drives;
    private final DriveProgressService progress;
    private final PledgeService pledges;
    private final PledgeResponses responses;
    private final BankEntryRepository entries;

    public DriveApiController(DriveRepository drives, DriveProgressService progress, PledgeService pledges,
                              PledgeResponses responses, BankEntryRepository entries) {
        this.drives = drives;
        this.progress = progress;
        this.pledges = pledges;
        this.responses = responses;
        this.entries = entries;
    }

    @Operation(summary = "A drive's progress: money reconciled vs goal, pledges, donors, tires funded per size")
    @GetMapping("/drives/{slug}")
    public DriveProgressService.Snapshot drive(@PathVariable String slug) {
        return progress.snapshot(published(slug));
    }

    @Operation(summary = "Pledge to a drive: returns a unique RF payment reference and the payment QR")
    @PostMapping("/drives/{slug}/pledges")
    public ResponseEntity<?> pledge(@PathVariable String slug, @jakarta.validation.Valid @RequestBody PledgeRequest req) {
        Drive d = drives.findBySlugCached(slug).filter(x -> x.status() != DriveStatus.DRAFT)
                .orElseThrow(() -> new NotFoundException("no drive " + slug));
        if (req.amount() != null && !req.amount().isBlank() && (req.tires() != null || req.targetLine() != null)) {
            // one or the other: never silently prefer one of two amounts the donor sent
            ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                    "send an amount, or a target line and a number of tires, not both");
            pd.setTitle("Invalid pledge");
            pd.setProperty("errors", List.of(Map.of("field", "amount", "code", "pledge.error.amountAndTires")));
            return ResponseEntity.unprocessableEntity().body(pd);
        }
        PledgeService.Result r = pledges.pledge(d, new PledgeForm(req.amount(), req.targetLine(), req.tires(), req.name(),
                req.email(), Boolean.TRUE.equals(req.showName())));
        if (!r.ok()) {
            ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, "the pledge was not accepted");
            pd.setTitle("Invalid pledge");
            pd.setProperty("errors", r.problems().stream().map(p -> Map.of("field", p.field(), "code", p.messageKey())).toList());
            return ResponseEntity.unprocessableEntity().body(pd);
        }
        // a pledge made this instant has no bank entries yet: its status is "awaiting payment" without a query
        return ResponseEntity.created(URI.create("/api/pledges/" + r.pledge().reference()))
                .body(response(d, r.pledge(), PledgeStatus.of(r.pledge(), List.of())));
    }

    @Operation(summary = "A pledge's status by reference: awaiting payment, or what was received and when")
    @GetMapping("/pledges/{reference}")
    public PledgeResponse status(@PathVariable String reference) {
        Pledge p = drives.pledgeByReference(CreditorReference.normalize(reference))
                .orElseThrow(() -> new NotFoundException("no pledge " + reference));
        return response(drives.find(p.driveId()).orElseThrow(), p);
    }

    private PledgeResponse response(Drive d, Pledge p) {
        return response(d, p, PledgeStatus.of(p, entries.ofPledge(p.id())));
    }

    private PledgeResponse response(Drive d, Pledge p, PledgeStatus s) {
        return responses.of(d, p, s);
    }

    private Drive published(String slug) {
        return drives.findBySlug(slug).filter(d -> d.status() != DriveStatus.DRAFT)
                .orElseThrow(() -> new NotFoundException("no drive " + slug));
    }
}
