package org.localis.app.identity;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.localis.app.shared.NotFoundException;
import org.localis.input.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Forgot password" (ask for a link) and the page the mailed link opens (set a new password). */
@Controller
public class PasswordResetController {

    private final PasswordResets resets;

    public PasswordResetController(PasswordResets resets) {
        this.resets = resets;
    }

    @GetMapping("/password/forgot")
    public String forgot() {
        return "password-forgot";
    }

    /** The same answer whether or not the account exists, has an address or is throttled. */
    /** The forgot-password form: a user name or an e-mail address (app_user.email). */
    public record ForgotForm(@jakarta.validation.constraints.Size(max = org.localis.app.shared.Limits.EMAIL) String account) {
    }

    @PostMapping("/password/forgot")
    public String requestLink(@jakarta.validation.Valid ForgotForm form, HttpServletRequest request, Locale locale) {
        resets.request(form.account(), request.getRemoteAddr(), locale);
        return "redirect:/password/forgot?sent";
    }

    @GetMapping("/password/reset/{token}")
    public String resetPage(@PathVariable String token, Model model) {
        UserAccount u = resets.valid(token).orElseThrow(() -> new NotFoundException("no such reset link"));
        model.addAttribute("account", u.username());
        model.addAttribute("token", token);
        return "password-reset";
    }

    @PostMapping("/password/reset/{token}")
    public String reset(@PathVariable String token, @jakarta.validation.Valid AccountPagesController.PasswordForm form, Model model) {
        String password = form.password();
        UserAccount u = resets.valid(token).orElseThrow(() -> new NotFoundException("no such reset link"));
        try {
            resets.reset(token, password);
            return "redirect:/login?reset";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("account", u.username());
            model.addAttribute("token", token);
            return "password-reset";
        }
    }
}
