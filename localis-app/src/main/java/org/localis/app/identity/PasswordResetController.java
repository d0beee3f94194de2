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
    @PostMapping("/password/forgot")
    public String requestLink(@RequestParam(required = false) String account, HttpServletRequest request, Locale locale) {
        resets.request(account, request.getRemoteAddr(), locale);
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
    public String reset(@PathVariable String token, @RequestParam(required = false) String password, Model model) {
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
