package org.localis.app.web;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The demo's pointer to the outbox: with the demo profile and no SMTP server configured, every page's footer
 * says that e-mails (invitations, password resets, donor confirmations) land in the administrator's Outbox page.
 * The layout asks this bean ({@code ${@demoNotes.outbox()}}) rather than every request adding a model attribute:
 * a {@code @ModelAttribute} advice ran for every request, REST calls included (7 % of a pledge's samples in JFR).
 */
@Component("demoNotes")
public class DemoNotes {

    private final boolean demoOutbox;

    public DemoNotes(Environment env) {
        this.demoOutbox = env.acceptsProfiles(Profiles.of("demo")) && !env.containsProperty("spring.mail.host");
    }

    public boolean outbox() {
        return demoOutbox;
    }
}
