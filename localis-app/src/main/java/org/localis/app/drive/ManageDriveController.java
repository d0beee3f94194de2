package org.localis.app.drive;

import org.localis.app.shared.FieldProblem;
import org.localis.app.shared.Money;
import org.localis.app.shared.Limits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;





import org.localis.app.drive.DriveService.DriveForm;
import org.localis.app.shared.InvalidFormException;
import org.localis.app.fleet.NeedService;
import org.localis.app.identity.CurrentUser;
import org.localis.app.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organizer's pages: their drives, a new drive, and one drive's dashboard (target, pledges, money, review). */
@Controller
public class ManageDriveController {

    private final DriveRepository drives;
    private final DriveService service;
    private final TargetPlanner planner;
    private final NeedService need;
    private final List<DrivePageSection> sections;

    public ManageDriveController(DriveRepository drives, DriveService service, TargetPlanner planner, NeedService need,
                                 List<DrivePageSection> sections) {
        this.drives = drives;
        this.service = service;
        this.planner = planner;
        this.need = need;
        this.sections = List.copyOf(sections);
    }

    @GetMapping("/manage/drives")
    public String list(Model model) {
        Actor me = CurrentUser.actor();
        model.addAttribute("drives", me.organizationId() == null ? List.of() : drives.ofOrganization(me.organizationId()));
        model.addAttribute("categories", need.categories());
        return "manage-drives";
    }

    /** The new-drive form; every limit is its column in the drive table. */
    public record NewDriveForm(@Size(max = Limits.DRIVE_SLUG) String slug, @Size(max = Limits.TITLE) String title,
                               @Size(max = Limits.DRIVE_STORY) String story, @Size(max = Limits.CURRENCY) String currency,
                               @Size(max = Limits.DATE_TEXT) String deadline,
                               List<@Size(max = Limits.CODE) String> categories,
                               @Max(Limits.MAX_PERCENT) Integer coveragePercent,
                               @Size(max = Limits.PAYEE_NAME) String payeeName, @Size(max = Limits.ACCOUNT) String account,
                               @Size(max = Limits.BANK_NAME) String bankName, @Size(max = Limits.BIC) String bic,
                               @Size(max = Limits.CORRESP_ACCOUNT) String correspAccount, @Size(max = Limits.INN) String inn,
                               @Size(max = Limits.KPP) String kpp) {
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    @PostMapping("/manage/drives")
    public String create(@Valid NewDriveForm f, Model model) {
        String slug = text(f.slug()), title = text(f.title()), story = text(f.story());
        String currency = f.currency() == null ? "RUB" : f.currency(), deadline = text(f.deadline());
        List<String> categories = f.categories();
        Integer coveragePercent = f.coveragePercent();
        String payeeName = text(f.payeeName()), account = text(f.account()), bankName = text(f.bankName()), bic = text(f.bic());
        String correspAccount = f.correspAccount(), inn = f.inn(), kpp = f.kpp();
        Actor me = CurrentUser.actor();
        LocalDate due = null;
        List<FieldProblem> early = new ArrayList<>();
        try {
            due = deadline.isBlank() ? null : LocalDate.parse(deadline);
        } catch (DateTimeParseException e) {
            early.add(new FieldProblem("deadline", "drive.error.deadline"));
        }
        DriveForm form = new DriveForm(slug, title, story, currency, due, categories == null ? List.of() : categories,
                coveragePercent, new BankDetails(payeeName, account, bankName, bic, correspAccount, inn, kpp));
        try {
            if (!early.isEmpty()) {
                throw new InvalidFormException(early);
            }
            Drive d = service.create(form, me);
            return "redirect:/manage/drives/" + d.id();
        } catch (InvalidFormException e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("form", form);
            model.addAttribute("deadlineText", deadline);
            return list(model);
        }
    }

    @GetMapping("/manage/drives/{id}")
    public String drive(@PathVariable long id, Model model) {
        Drive d = service.own(id, CurrentUser.actor());
        model.addAttribute("drive", d);
        model.addAttribute("targets", drives.targets(d.id()));
        model.addAttribute("updates", drives.updates(d.id()));
        model.addAttribute("pledges", drives.pledges(d.id(), 50));
        for (DrivePageSection section : sections) {
            section.addTo(d, model);
        }
        return "manage-drive";
    }

    /** The bank details form: what donors are shown and their payment QR carries. */
    public record BankDetailsForm(@Size(max = Limits.PAYEE_NAME) String payeeName, @Size(max = Limits.ACCOUNT) String account,
                                  @Size(max = Limits.BANK_NAME) String bankName, @Size(max = Limits.BIC) String bic,
                                  @Size(max = Limits.CORRESP_ACCOUNT) String correspAccount, @Size(max = Limits.INN) String inn,
                                  @Size(max = Limits.KPP) String kpp) {
        BankDetails details() {
            return new BankDetails(payeeName, account, bankName, bic, correspAccount, inn, kpp);
        }
    }

    /** Changes the drive's bank details (checked like a new drive's; audited). */
    @PostMapping("/manage/drives/{id}/bank")
    public String bank(@PathVariable long id, @Valid @org.springframework.web.bind.annotation.ModelAttribute BankDetailsForm form,
                       RedirectAttributes flash) {
        Drive d = service.own(id, CurrentUser.actor());
        try {
            service.changeBankDetails(d, form.details());
            flash.addFlashAttribute("bankSaved", true);
            flash.addFlashAttribute("done", "done.bankSaved");
        } catch (InvalidFormException e) {
            flash.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/manage/drives/" + id + "#bank";
    }

    @PostMapping("/manage/drives/{id}/status")
    public String status(@PathVariable long id, @RequestParam String status, RedirectAttributes flash) {
        Drive d = service.own(id, CurrentUser.actor());
        try {
            DriveStatus next = DriveStatus.valueOf(status.toUpperCase(Locale.ROOT));
            service.setStatus(d, next);
            flash.addFlashAttribute("done", "done.status." + next.name());
        } catch (InvalidFormException e) {
            flash.addFlashAttribute("problems", e.problems());
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("problems", List.of(new FieldProblem("status", "drive.error.status")));
        }
        return "redirect:/manage/drives/" + id;
    }

    /** A news update on the drive page: drive_update.body. */
    public record UpdateForm(@Size(max = Limits.DRIVE_UPDATE) String body) {
    }

    @PostMapping("/manage/drives/{id}/updates")
    public String update(@PathVariable long id, @Valid UpdateForm form, RedirectAttributes flash) {
        String body = text(form.body());
        Actor me = CurrentUser.actor();
        Drive d = service.own(id, me);
        try {
            service.postUpdate(d, body, me);
            flash.addFlashAttribute("done", "done.updatePosted");
        } catch (InvalidFormException e) {
            flash.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/manage/drives/" + id + "#updates";
    }

    /** Computes the target table from the registered fleets' need (popular sizes only). */
    @PostMapping("/manage/drives/{id}/targets/from-need")
    public String fromNeed(@PathVariable long id, RedirectAttributes flash) {
        Drive d = service.own(id, CurrentUser.actor());
        try {
            service.replaceTargets(d, planner.targetsFor(d));
            flash.addFlashAttribute("done", "done.targets");
        } catch (InvalidFormException e) {
            flash.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/manage/drives/" + id + "#targets";
    }

    /** Edits quantities and unit prices of the target table (draft only). */
    @PostMapping("/manage/drives/{id}/targets")
    public String targets(@PathVariable long id, @RequestParam List<Integer> lineNo, @RequestParam List<String> quantity,
                          @RequestParam List<String> price, RedirectAttributes flash) {
        Drive d = service.own(id, CurrentUser.actor());
        List<Target> current = drives.targets(d.id());
        List<Target> next = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (Target t : current) {
            int i = lineNo.indexOf(t.lineNo());
            if (i < 0 || i >= quantity.size() || i >= price.size()) {
                next.add(t);
                continue;
            }
            Integer q = parseInt(quantity.get(i));
            Long p = Money.parse(price.get(i), d.currency()).orElse(null);
            if (q == null) {
                problems.add(new FieldProblem("quantity." + t.lineNo(), "drive.error.quantity"));
            }
            if (p == null) {
                problems.add(new FieldProblem("price." + t.lineNo(), "drive.error.price"));
            }
            if (q != null && p != null) {
                next.add(new Target(t.lineNo(), t.sizeKey(), t.designation(), t.season(), q, p, t.vehicles()));
            }
        }
        try {
            if (!problems.isEmpty()) {
                throw new InvalidFormException(problems);
            }
            service.replaceTargets(d, next);
            flash.addFlashAttribute("done", "done.targets");
        } catch (InvalidFormException e) {
            flash.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/manage/drives/" + id + "#targets";
    }

    private static Integer parseInt(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
