package org.localis.app.bank;

import java.io.IOException;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.localis.app.drive.Drive;
import org.localis.app.drive.DriveRepository;
import org.localis.app.drive.DriveService;
import org.localis.app.identity.CurrentUser;
import org.localis.app.shared.Actor;
import org.localis.app.shared.NotFoundException;
import org.localis.input.InputError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Statement import over REST, for the drive's organizer: all or nothing, answered when it is done. */
@RestController
@RequestMapping("/api")
@Tag(name = "Drives", description = "Public supply drives: progress, pledges, payment QR codes")
public class StatementApiController {

    private final DriveRepository drives;
    private final DriveService driveService;
    private final StatementImportService imports;

    public StatementApiController(DriveRepository drives, DriveService driveService, StatementImportService imports) {
        this.drives = drives;
        this.driveService = driveService;
        this.imports = imports;
    }

    @Operation(summary = "Import a bank statement (camt.053 or 1CClientBankExchange) into a drive, all or nothing")
    @PostMapping(path = "/drives/{slug}/statements", consumes = "multipart/form-data")
    public ResponseEntity<?> statement(@PathVariable String slug, @RequestParam(name = "file", required = false) MultipartFile file)
            throws IOException {
        Actor me = CurrentUser.actor();
        Drive d = drives.findBySlug(slug).orElseThrow(() -> new NotFoundException("no drive " + slug));
        driveService.own(d.id(), me);
        if (file == null || file.isEmpty()) {
            ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "send the statement as the multipart part 'file'");
            pd.setTitle("No statement");
            return ResponseEntity.badRequest().body(pd);
        }
        String name = org.localis.app.shared.FileNames.safe(file.getOriginalFilename() == null ? "statement" : file.getOriginalFilename());
        StatementImportService.Outcome o = imports.importNow(d, name, file.getBytes(), me.username(), me.organizationId());
        if (!o.errors().isEmpty()) {
            ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                    "the statement was rejected; nothing was imported");
            pd.setTitle("Invalid statement");
            pd.setProperty("errors", o.errors().stream().map(StatementApiController::error).toList());
            return ResponseEntity.unprocessableEntity().body(pd);
        }
        return ResponseEntity.ok(o);
    }

    private static Map<String, Object> error(InputError e) {
        return Map.of("file", e.file(), "line", e.line(), "field", e.field(), "message", e.message());
    }
}
