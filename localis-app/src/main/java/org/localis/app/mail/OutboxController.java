package org.localis.app.mail;

import org.localis.app.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The administrator's outbox page: the latest messages with their status and rendered plain-text part (so that
 * without an SMTP server the links in them can still be used), and each message's inline image. Donors'
 * addresses are masked.
 */
@Controller
public class OutboxController {

    private final Outbox outbox;
    private final OutboxSender sender;
    private final String host;

    public OutboxController(Outbox outbox, OutboxSender sender, @Value("${spring.mail.host:}") String host) {
        this.outbox = outbox;
        this.sender = sender;
        this.host = host;
    }

    @GetMapping("/admin/outbox")
    public String outbox(Model model) {
        model.addAttribute("messages", outbox.latest(200).stream().map(OutboxController::shown).toList());
        model.addAttribute("smtp", sender.configured() ? host : null);
        return "outbox";
    }

    /**
     * A donor's address is shown to the drive's organizers only (on the drive's page), so here it is masked:
     * its first letter and its domain.
     */
    static Outbox.Message shown(Outbox.Message m) {
        if (!DonorMail.KINDS.contains(m.kind())) {
            return m;
        }
        String r = m.recipient();
        int at = r.indexOf('@');
        String masked = (at > 0 ? r.charAt(0) + "…" : "…") + (at >= 0 ? r.substring(at) : "");
        return new Outbox.Message(m.id(), m.kind(), masked, m.language(), m.subject(), m.text(), m.html(), m.inlinePng(),
                m.unsubscribeUrl(), m.status(), m.attempts(), m.nextAttemptAt(), m.sentAt(), m.lastError(), m.createdAt());
    }

    @GetMapping(path = "/admin/outbox/{id}/image.png", produces = MediaType.IMAGE_PNG_VALUE)
    public ResponseEntity<byte[]> image(@PathVariable long id) {
        byte[] png = outbox.find(id).map(Outbox.Message::inlinePng)
                .orElseThrow(() -> new NotFoundException("no image for message " + id));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore()).body(png);
    }
}
