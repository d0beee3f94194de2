package org.localis.app.identity;

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

    @PostMapping("/users")
    public String invite(@RequestParam String username, @RequestParam(required = false) String displayName,
                         @RequestParam(required = false) String email, @RequestParam(required = false) Role role,
                         @RequestParam(required = false) Long organizationId, Model model, RedirectAttributes redirect) {
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
    public String createOrganization(@RequestParam String name, @RequestParam OrganizationKind kind, Model model,
                                     RedirectAttributes redirect) {
        try {
            service.createOrganization(name, kind);
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
