package org.localis.app.identity;

import org.localis.app.shared.NotFoundException;
import org.localis.input.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign-in, first-administrator setup, invitations and the signed-in user's own page with API tokens. */
@Controller
public class AccountPagesController {

    private final AccountService service;
    private final AccountRepository accounts;

    public AccountPagesController(AccountService service, AccountRepository accounts) {
        this.service = service;
        this.accounts = accounts;
    }

    @GetMapping("/login")
    public String login(Model model) {
        model.addAttribute("noUsers", service.noUsersYet());
        return "login";
    }

    @GetMapping("/setup")
    public String setup() {
        if (!service.noUsersYet()) {
            throw new NotFoundException("setup is done");
        }
        return "setup";
    }

    @PostMapping("/setup")
    public String setup(@jakarta.validation.Valid SetupForm form, Model model) {
        String username = form.username() == null ? "" : form.username();
        String displayName = form.displayName();
        String password = form.password() == null ? "" : form.password();
        if (!service.noUsersYet()) {
            throw new NotFoundException("setup is done");
        }
        try {
            service.createFirstAdmin(username, displayName, password);
            return "redirect:/login?setup";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("username", username);
            return "setup";
        }
    }

    @GetMapping("/invite/{token}")
    public String invitation(@PathVariable String token, Model model) {
        UserAccount u = service.invitation(token).orElseThrow(() -> new NotFoundException("no such invitation"));
        model.addAttribute("invited", u.username());
        model.addAttribute("token", token);
        return "invite";
    }

    @PostMapping("/invite/{token}")
    public String accept(@PathVariable String token, @jakarta.validation.Valid PasswordForm form, Model model) {
        String password = form.password() == null ? "" : form.password();
        UserAccount u = service.invitation(token).orElseThrow(() -> new NotFoundException("no such invitation"));
        try {
            service.acceptInvitation(token, password);
            return "redirect:/login?welcome";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("invited", u.username());
            model.addAttribute("token", token);
            return "invite";
        }
    }

    @GetMapping("/account")
    public String account(Model model) {
        LocalisUser me = CurrentUser.require();
        model.addAttribute("me", accounts.findUser(me.id()).orElseThrow());
        model.addAttribute("tokens", accounts.tokens(me.id()));
        return "account";
    }

    /** A new API token's name: api_token.name. */
    public record TokenForm(@jakarta.validation.constraints.Size(max = org.localis.app.shared.Limits.TOKEN_NAME) String name) {
    }

    /** A password typed on the setup, invitation and reset pages. */
    public record PasswordForm(@jakarta.validation.constraints.Size(max = org.localis.app.shared.Limits.PASSWORD) String password) {
    }

    /** The first administrator. */
    public record SetupForm(@jakarta.validation.constraints.Size(max = org.localis.app.shared.Limits.USERNAME) String username,
                            @jakarta.validation.constraints.Size(max = org.localis.app.shared.Limits.DISPLAY_NAME) String displayName,
                            @jakarta.validation.constraints.Size(max = org.localis.app.shared.Limits.PASSWORD) String password) {
    }

    @PostMapping("/account/tokens")
    public String createToken(@jakarta.validation.Valid TokenForm form, RedirectAttributes redirect) {
        String name = form.name();
        LocalisUser me = CurrentUser.require();
        // shown once, on the next page only (flash attribute), never stored in clear
        redirect.addFlashAttribute("newToken", service.createToken(me.id(), name));
        return "redirect:/account";
    }

    /** Ends every session of the signed-in user, this one included, on every device. */
    @PostMapping("/account/sign-out-everywhere")
    public String signOutEverywhere(jakarta.servlet.http.HttpServletRequest request) {
        service.signOutEverywhere(CurrentUser.actor());
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        return "redirect:/?bye"; // as after signing out
    }

    @PostMapping("/account/tokens/{id}/revoke")
    public String revokeToken(@PathVariable long id) {
        service.revokeToken(CurrentUser.require().id(), id);
        return "redirect:/account";
    }
}
