package org.localis.app.web;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The demo's pointer to the outbox: with the demo profile and no SMTP server configured, every page's footer
 * says that e-mails (invitations, password resets, donor confirmations) land in the administrator's Outbox page.
 */
@ControllerAdvice
public class DemoNotes {

    private final boolean demoOutbox;

    public DemoNotes(Environment env) {
        this.demoOutbox = env.acceptsProfiles(Profiles.of("demo")) && !env.containsProperty("spring.mail.host");
    }

    @ModelAttribute("demoOutbox")
    public boolean demoOutbox() {
        return demoOutbox;
    }
}
