package org.localis.app.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.localis.app.identity.CurrentUser;
import org.localis.app.shared.FieldProblem;
import org.localis.app.shared.FileNames;
import org.localis.app.shared.InvalidFormException;
import org.localis.input.InvalidInputException;
import org.localis.registry.RegistryRecord;
import org.localis.registry.RegistryRecordsCsv;
import org.localis.registry.RegistryRecordsXlsx;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registry records as procurement uses them: the export in the state registry's open-data layout (CSV, XLSX,
 * JSON), search by OKPD2 / TN VED / INN, a manufacturer's identifiers, a product's codes, and the administrator's
 * import of the state registry's file.
 */
@Controller
@Tag(name = "Registry", description = "Public registry of localization certificates")
public class RegistryRecordsController {

    private final RegistryRecords records;

    public RegistryRecordsController(RegistryRecords records) {
        this.records = records;
    }

    @Operation(summary = "Every registry record, in the column layout of the state registry's open-data CSV")
    @GetMapping(path = "/registry/export.csv")
    public ResponseEntity<byte[]> csv() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OutputStreamWriter w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        RegistryRecordsCsv.write(records.export(), w);
        return download(out.toByteArray(), "registry.csv", MediaType.valueOf("text/csv;charset=UTF-8"));
    }

    @Operation(summary = "Every registry record as an Excel workbook (the same columns and text as the CSV)")
    @GetMapping(path = "/registry/export.xlsx")
    public ResponseEntity<byte[]> xlsx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RegistryRecordsXlsx.write(records.export(), out);
        return download(out.toByteArray(), "registry.xlsx",
                MediaType.valueOf("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @Operation(summary = "Every registry record as JSON")
    @GetMapping(path = "/registry/export.json", produces = "application/json")
    @ResponseBody
    public List<RegistryRecord> json() {
        return records.export();
    }

    @Operation(summary = "Registry records by OKPD2 (a code finds the codes under it), TN VED EAEU (spaces allowed; a "
            + "heading finds the codes under it) and the manufacturer's INN: certificates first, then imported records")
    @GetMapping(path = "/api/registry/records", produces = "application/json")
    @ResponseBody
    public List<RegistryRecord> byCodes(@RequestParam(required = false) String okpd2,
                                        @RequestParam(required = false) String tnved,
                                        @RequestParam(required = false) String inn) {
        return records.byCodes(blank(okpd2), blank(tnved), blank(inn));
    }

    @GetMapping("/company")
    public String company(Model model) {
        return companyPage(null, model);
    }

    /** An administrator edits any organization's details. */
    @GetMapping("/company/{id}")
    public String companyOf(@PathVariable("id") long organization, Model model) {
        return companyPage(organization, model);
    }

    private String companyPage(Long organization, Model model) {
        long org = records.editableOrganization(CurrentUser.actor(), organization);
        if (!model.containsAttribute("form")) {
            ManufacturerDetails d = records.details(org);
            model.addAttribute("form", new RegistryRecords.DetailsForm(d.inn(), d.ogrn(), d.kpp(), d.legalAddress(),
                    d.productionAddress()));
        }
        model.addAttribute("details", records.details(org));
        model.addAttribute("action", organization == null ? "/company" : "/company/" + organization);
        return "company";
    }

    @PostMapping("/company")
    public String saveCompany(@jakarta.validation.Valid RegistryRecords.DetailsForm form, RedirectAttributes redirect) {
        return save(null, form, redirect);
    }

    @PostMapping("/company/{id}")
    public String saveCompanyOf(@PathVariable("id") long organization, @jakarta.validation.Valid RegistryRecords.DetailsForm form,
                                RedirectAttributes redirect) {
        return save(organization, form, redirect);
    }

    private String save(Long organization, RegistryRecords.DetailsForm form, RedirectAttributes redirect) {
        long org = records.editableOrganization(CurrentUser.actor(), organization);
        try {
            records.saveDetails(CurrentUser.actor(), org, form);
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidFormException e) {
            redirect.addFlashAttribute("problems", e.problems());
            redirect.addFlashAttribute("form", form);
        }
        return "redirect:" + (organization == null ? "/company" : "/company/" + organization);
    }

    /** A product's classification codes as typed (TN VED may have spaces). */
    public record CodesForm(@jakarta.validation.constraints.Size(max = 20) String okpd2,
                            @jakarta.validation.constraints.Size(max = 20) String tnved) {
    }

    @PostMapping("/products/{id}/codes")
    public String productCodes(@PathVariable long id, @jakarta.validation.Valid CodesForm form, RedirectAttributes redirect) {
        try {
            records.setProductCodes(CurrentUser.actor(), id, form.okpd2(), form.tnved());
            redirect.addFlashAttribute("codesSaved", true);
        } catch (InvalidFormException e) {
            redirect.addFlashAttribute("codeProblems", e.problems());
        }
        return "redirect:/products/" + id;
    }

    @GetMapping("/admin/registry-import")
    public String importPage() {
        return "registry-import";
    }

    @PostMapping("/admin/registry-import")
    public String importFile(@RequestParam(name = "file", required = false) MultipartFile file, Model model)
            throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("problems", List.of(new FieldProblem("file", "registry.import.noFile")));
            return "registry-import";
        }
        String name = FileNames.safe(file.getOriginalFilename());
        try {
            model.addAttribute("result", records.importStateRegistry(name, file.getBytes()));
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.errors());
        }
        model.addAttribute("fileName", name);
        return "registry-import";
    }

    private static ResponseEntity<byte[]> download(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noCache())
                .header("Content-Disposition", FileNames.disposition("attachment", name)).body(body);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
