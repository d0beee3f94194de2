package org.localis.app.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.localis.app.shared.NotFoundException;
import org.localis.app.scheme.SchemeView;
import org.localis.app.identity.CurrentUser;
import org.localis.app.support.SupportProgramRepository.Program;
import org.localis.input.InvalidInputException;
import org.localis.scheme.SchemeCatalog;
import org.localis.support.Allocation;
import org.localis.support.AllocationCsv;
import org.localis.support.AllocationXlsx;
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

/** Support programs for assessors: define one, see its allocation with reasons, export CSV or XLSX. */
@Controller
public class SupportProgramController {

    private final SupportProgramService service;
    private final SupportProgramRepository programs;
    private final SchemeCatalog schemes;

    private final org.springframework.context.MessageSource messages;

    public SupportProgramController(SupportProgramService service, SupportProgramRepository programs, SchemeCatalog schemes,
                                    org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.service = service;
        this.programs = programs;
        this.schemes = schemes;
    }

    @GetMapping("/support")
    public String list(Model model) {
        model.addAttribute("programs", programs.all());
        model.addAttribute("schemes", schemes.all().stream().map(SchemeView::of).toList());
        model.addAttribute("formulas", SupportProgramService.FORMULAS);
        return "support";
    }

    @PostMapping("/support")
    public String create(@jakarta.validation.Valid SupportProgramService.ProgramForm form, Model model,
                         org.springframework.web.servlet.mvc.support.RedirectAttributes flash) {
        try {
            long id = service.create(CurrentUser.actor(), form);
            flash.addFlashAttribute("done", "done.programCreated");
            return "redirect:/support/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.errors());
            return list(model);
        }
    }

    @GetMapping("/support/{id}")
    public String program(@PathVariable long id, Model model, java.util.Locale locale) {
        Program p = programs.find(id).orElseThrow(() -> new NotFoundException("no support program " + id));
        Allocation a = service.allocate(p, LocalDate.now());
        model.addAttribute("p", p);
        model.addAttribute("a", a);
        // the chart's labels are the tiers' names in the reader's language, as on the dashboard
        Map<String, BigDecimal> perTier = SupportProgramService.perTierName(a, messages, locale);
        model.addAttribute("tierLabels", String.join("|", perTier.keySet()));
        model.addAttribute("tierValues", String.join("|", perTier.values().stream().map(BigDecimal::toPlainString).toList()));
        return "support-program";
    }

    @GetMapping(path = "/support/{id}/allocation.csv")
    public ResponseEntity<byte[]> csv(@PathVariable long id) throws IOException {
        Program p = programs.find(id).orElseThrow(() -> new NotFoundException("no support program " + id));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            AllocationCsv.write(service.allocate(p, LocalDate.now()), w);
        }
        return file(out.toByteArray(), "support-" + id + ".csv", new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    @GetMapping(path = "/support/{id}/allocation.xlsx")
    public ResponseEntity<byte[]> xlsx(@PathVariable long id) throws IOException {
        Program p = programs.find(id).orElseThrow(() -> new NotFoundException("no support program " + id));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AllocationXlsx.write(service.allocate(p, LocalDate.now()), out);
        return file(out.toByteArray(), "support-" + id + ".xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, org.localis.app.shared.FileNames.disposition("attachment", name))
                .body(bytes);
    }
}
