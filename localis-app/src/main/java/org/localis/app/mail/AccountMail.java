package org.localis.app.mail;

import java.util.Map;

import org.localis.app.identity.AccountEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Invitations and password-reset links, written to the outbox inside the transaction that made the link. */
@Component
public class AccountMail {

    private final Outbox outbox;
    private final MailRenderer renderer;

    public AccountMail(Outbox outbox, MailRenderer renderer) {
        this.outbox = outbox;
        this.renderer = renderer;
    }

    @EventListener
    public void on(AccountEvents.UserInvited e) {
        var r = renderer.render("invitation", e.language(), "mail.invitation.subject", null,
                Map.of("username", e.username(), "link", e.link()));
        outbox.enqueue(new Outbox.Draft("INVITATION", e.email(), MailRenderer.locale(e.language()).getLanguage(),
                r.subject(), r.text(), r.html(), null, null));
    }

    @EventListener
    public void on(AccountEvents.SignInsSlowedDown e) {
        String when = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                .format(e.at().atZone(java.time.ZoneOffset.UTC));
        var r = renderer.render("lockout", e.language(), "mail.lockout.subject", null,
                Map.of("username", e.username(), "address", e.address(), "failures", e.failures(), "when", when));
        outbox.enqueue(new Outbox.Draft("LOCKOUT_NOTICE", e.email(), MailRenderer.locale(e.language()).getLanguage(),
                r.subject(), r.text(), r.html(), null, null));
    }

    @EventListener
    public void on(AccountEvents.PasswordResetRequested e) {
        var r = renderer.render("password-reset", e.language(), "mail.reset.subject", null,
                Map.of("username", e.username(), "link", e.link()));
        outbox.enqueue(new Outbox.Draft("PASSWORD_RESET", e.email(), MailRenderer.locale(e.language()).getLanguage(),
                r.subject(), r.text(), r.html(), null, null));
    }
}
