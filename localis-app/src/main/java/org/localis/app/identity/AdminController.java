package org.localis.app.identity;

import org.localis.app.shared.Limits;
import org.localis.app.shared.Role;
import org.localis.input.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration: organizations and users (invite, enable, disable, unlock). */
@Controller
@RequestMapping("/admin")
public class AdminController {

    private final AccountService service;
    private final AccountRepository accounts;

    public AdminController(AccountService service, AccountRepository accounts) {
        this.service = service;
        this.accounts = accounts;
    }

    @GetMapping("/users")
    public String users(Model model) {
        model.addAttribute("users", accounts.users());
        model.addAttribute("organizations", accounts.organizations());
        model.addAttribute("roles", Role.values());
        model.addAttribute("kinds", OrganizationKind.values());
        return "admin-users";
    }

    /** The invitation form; its limits are the columns of app_user. */
    public record InviteForm(@jakarta.validation.constraints.Size(max = Limits.USERNAME) String username,
                             @jakarta.validation.constraints.Size(max = Limits.DISPLAY_NAME) String displayName,
                             @jakarta.validation.constraints.Size(max = Limits.EMAIL) String email, Role role,
                             Long organizationId) {
    }

    /** A new organization; its name is organization.name. */
    public record OrganizationForm(@jakarta.validation.constraints.Size(max = Limits.ORGANIZATION_NAME) String name,
                                   OrganizationKind kind) {
    }

    @PostMapping("/users")
    public String invite(@jakarta.validation.Valid InviteForm form, Model model, RedirectAttributes redirect) {
        String username = form.username() == null ? "" : form.username();
        String displayName = form.displayName();
        String email = form.email();
        Role role = form.role();
        Long organizationId = form.organizationId();
        try {
            AccountService.Invitation inv = service.invite(username, displayName, email, role, organizationId);
            // from the configured public address, never from the request's Host header (which a client chooses)
            String link = service.invitationLink(inv.token());
            redirect.addFlashAttribute("invitationLink", link);
            redirect.addFlashAttribute("invitedUser", username);
            redirect.addFlashAttribute("done", "done.invited");
            return "redirect:/admin/users";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.errors());
            return users(model);
        }
    }

    @PostMapping("/organizations")
    public String createOrganization(@jakarta.validation.Valid OrganizationForm form, Model model,
                                     RedirectAttributes redirect) {
        try {
            service.createOrganization(form.name() == null ? "" : form.name(), form.kind());
            redirect.addFlashAttribute("done", "done.organization");
            return "redirect:/admin/users";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.errors());
            return users(model);
        }
    }

    @PostMapping("/users/{id}/enable")
    public String enable(@PathVariable long id, RedirectAttributes redirect) {
        service.setEnabled(id, true);
        redirect.addFlashAttribute("done", "done.enabled");
        return "redirect:/admin/users";
    }

    @PostMapping("/users/{id}/disable")
    public String disable(@PathVariable long id, RedirectAttributes redirect) {
        service.setEnabled(id, false);
        redirect.addFlashAttribute("done", "done.disabled");
        return "redirect:/admin/users";
    }

    @PostMapping("/users/{id}/unlock")
    public String unlock(@PathVariable long id, RedirectAttributes redirect) {
        service.unlock(id);
        redirect.addFlashAttribute("done", "done.unlocked");
        return "redirect:/admin/users";
    }
}
