package org.localis.app.mail;

import org.localis.app.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A donor's unsubscribe link. Opening it shows one button (so that a mail scanner that follows links does not
 * unsubscribe anyone); pressing it stops every further message about the pledge at once.
 */
@Controller
public class UnsubscribeController {

    private final DonorMail donors;

    public UnsubscribeController(DonorMail donors) {
        this.donors = donors;
    }

    @GetMapping("/mail/unsubscribe/{token}")
    public String page(@PathVariable String token, Model model) {
        if (!donors.knownToken(token)) {
            throw new NotFoundException("no such link");
        }
        model.addAttribute("token", token);
        return "unsubscribe";
    }

    @PostMapping("/mail/unsubscribe/{token}")
    public String unsubscribe(@PathVariable String token, Model model) {
        if (!donors.unsubscribe(token)) {
            throw new NotFoundException("no such link");
        }
        model.addAttribute("token", token);
        model.addAttribute("done", true);
        return "unsubscribe";
    }
}
