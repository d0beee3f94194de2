package org.localis.app.audit;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log for administrators and assessors, with filters. */
@Controller
public class AuditController {

    static final int PAGE = 200;

    private final AuditLog audit;

    public AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    public String audit(@RequestParam(required = false) String actor, @RequestParam(required = false) String entityType,
                        @RequestParam(required = false) String action,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                        Model model) {
        AuditLog.Filter f = new AuditLog.Filter(blank(actor), blank(entityType), blank(action),
                from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
                to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        model.addAttribute("events", audit.search(f, PAGE));
        model.addAttribute("entityTypes", audit.entityTypes());
        model.addAttribute("f", f);
        model.addAttribute("fromDate", from);
        model.addAttribute("toDate", to);
        model.addAttribute("page", PAGE);
        return "audit";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
