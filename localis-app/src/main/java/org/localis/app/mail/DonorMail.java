package org.localis.app.mail;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.localis.app.bank.BankEntry;
import org.localis.app.bank.BankEntryRepository;
import org.localis.app.bank.BankEvents;
import org.localis.app.drive.Drive;
import org.localis.app.drive.DriveEvents;
import org.localis.app.drive.DriveRepository;
import org.localis.app.drive.DriveStatus;
import org.localis.app.drive.PaymentQrService;
import org.localis.app.drive.Pledge;
import org.localis.app.shared.Money;
import org.localis.payment.CreditorReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Donors' messages: the pledge confirmation (amount, bank details, reference, payment purpose, the payment QR
 * as an inline image where the drive's currency has a QR standard, the status-page link), "payment
 * received" (with what has arrived in all: part, all or more than pledged) "money returned" and "drive closed" with the link to the transparency report. Written to the outbox inside the transaction that stored the pledge or matched the payment. Each
 * carries an unsubscribe link (one random token per pledge); after unsubscribing, nothing more
 * is written for that pledge. The outbox page masks donors' addresses.
 */
@Component
public class DonorMail {

    /** The kinds of message sent to donors (whose addresses only the drive's organizers see). */
    static final java.util.Set<String> KINDS = java.util.Set.of("PLEDGE", "PAYMENT_RECEIVED", "PAYMENT_RETURNED", "DRIVE_CLOSED");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final MailRenderer renderer;
    private final DriveRepository drives;
    private final PaymentQrService qr;
    private final BankEntryRepository entries;
    private final String publicBaseUrl;
    private final org.localis.app.drive.DriveTexts texts;

    public DonorMail(JdbcClient jdbc, Outbox outbox, MailRenderer renderer, DriveRepository drives, PaymentQrService qr,
                     BankEntryRepository entries, org.localis.app.drive.DriveTexts texts, @Value("${localis.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.renderer = renderer;
        this.drives = drives;
        this.qr = qr;
        this.entries = entries;
        this.texts = texts;
        this.publicBaseUrl = publicBaseUrl;
    }

    @EventListener
    public void on(DriveEvents.DonorPledged e) {
        Pledge p = drives.pledge(e.pledgeId()).orElseThrow();
        Drive d = drives.find(p.driveId()).orElseThrow();
        if (p.donorEmail() == null) {
            return;
        }
        String language = MailRenderer.locale(e.language()).getLanguage();
        String token = "uns_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random());
        jdbc.sql("INSERT INTO mail_donor (pledge_id, language, unsubscribe_token) VALUES (:p, :l, :t)")
                .param("p", p.id()).param("l", language).param("t", token).update();
        String unsubscribe = link("/mail/unsubscribe/{t}", token);
        boolean withQr = qr.available(d);
        Map<String, Object> vars = common(d, p, language, unsubscribe);
        vars.put("purpose", qr.purpose(d, p));
        vars.put("bank", d.bank());
        vars.put("qr", withQr);
        var r = renderer.render("pledge", language, "mail.pledge.subject", new Object[] {vars.get("title")}, vars);
        outbox.enqueue(new Outbox.Draft("PLEDGE", p.donorEmail(), language, r.subject(), r.text(), r.html(),
                withQr ? qr.png(d, p) : null, unsubscribe));
    }

    @EventListener
    public void on(BankEvents.PledgePaid e) {
        paymentMail(e.pledgeId(), e.amount(), "PAYMENT_RECEIVED", "payment-received", "mail.paid.subject");
    }

    @EventListener
    public void on(BankEvents.PledgeRefunded e) {
        paymentMail(e.pledgeId(), e.amount(), "PAYMENT_RETURNED", "payment-returned", "mail.returned.subject");
    }

    private void paymentMail(long pledgeId, Money amount, String kind, String template, String subject) {
        record Donor(String language, String token) {
        }
        Optional<Donor> donor = jdbc.sql("""
                        SELECT language, unsubscribe_token FROM mail_donor WHERE pledge_id = :p AND unsubscribed_at IS NULL""")
                .param("p", pledgeId).query((rs, n) -> new Donor(rs.getString(1), rs.getString(2))).optional();
        if (donor.isEmpty()) {
            return; // no address, or unsubscribed
        }
        String language = donor.get().language();
        Pledge p = drives.pledge(pledgeId).orElseThrow();
        Drive d = drives.find(p.driveId()).orElseThrow();
        String unsubscribe = link("/mail/unsubscribe/{t}", donor.get().token());
        Map<String, Object> vars = common(d, p, language, unsubscribe);
        Locale locale = MailRenderer.locale(language);
        vars.put("received", amount.format(locale));
        // everything booked for the pledge so far, this entry included (it is in the same transaction)
        long total = entries.ofPledge(p.id()).stream().mapToLong(BankEntry::signedDriveMinor).sum();
        vars.put("total", Money.format(total, d.currency(), locale));
        vars.put("balance", total <= 0 ? "none" : total < p.amountMinor() ? "partial" : total == p.amountMinor() ? "full" : "over");
        var r = renderer.render(template, language, subject, new Object[] {vars.get("title")}, vars);
        outbox.enqueue(new Outbox.Draft(kind, p.donorEmail(), language, r.subject(), r.text(), r.html(),
                null, unsubscribe));
    }

    /**
     * The drive was closed: each donor who left an address (and did not unsubscribe) gets the link to the
     * drive's transparency report, once per pledge even if the drive is reopened and closed again.
     */
    @EventListener
    public void on(DriveEvents.DriveChanged e) {
        if (!"status".equals(e.what())) {
            return;
        }
        Drive d = drives.find(e.driveId()).orElseThrow();
        if (d.status() != DriveStatus.CLOSED) {
            return;
        }
        record Donor(long pledgeId, String language, String token) {
        }
        List<Donor> donors = jdbc.sql("SELECT m.pledge_id, m.language, m.unsubscribe_token FROM mail_donor m "
                        + "JOIN pledge p ON p.id = m.pledge_id WHERE p.drive_id = :d AND m.unsubscribed_at IS NULL "
                        + "AND m.closed_mailed_at IS NULL ORDER BY m.pledge_id")
                .param("d", d.id()).query((rs, n) -> new Donor(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
        for (Donor donor : donors) {
            Pledge p = drives.pledge(donor.pledgeId()).orElseThrow();
            String unsubscribe = link("/mail/unsubscribe/{t}", donor.token());
            Map<String, Object> vars = common(d, p, donor.language(), unsubscribe);
            vars.put("reportLink", link("/drives/{s}/report", d.slug()));
            var r = renderer.render("drive-closed", donor.language(), "mail.closed.subject", new Object[] {vars.get("title")}, vars);
            outbox.enqueue(new Outbox.Draft("DRIVE_CLOSED", p.donorEmail(), donor.language(), r.subject(), r.text(), r.html(),
                    null, unsubscribe));
            jdbc.sql("UPDATE mail_donor SET closed_mailed_at = :now WHERE pledge_id = :p")
                    .param("now", Timestamp.from(Instant.now())).param("p", p.id()).update();
        }
    }

    /**
     * Stops all further messages for the pledge of this token, at once. Returns false for an unknown token.
     * Messages already sent or already in the outbox stay as they are.
     */
    @Transactional
    public boolean unsubscribe(String token) {
        if (token == null || token.length() > 100) {
            return false;
        }
        return jdbc.sql("UPDATE mail_donor SET unsubscribed_at = COALESCE(unsubscribed_at, :now) WHERE unsubscribe_token = :t")
                .param("now", Timestamp.from(Instant.now())).param("t", token).update() == 1;
    }

    public boolean knownToken(String token) {
        return token != null && token.length() <= 100 && jdbc.sql("SELECT COUNT(*) FROM mail_donor WHERE unsubscribe_token = :t")
                .param("t", token).query(Long.class).single() > 0;
    }

    private Map<String, Object> common(Drive d, Pledge p, String language, String unsubscribe) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("drive", d);
        // the drive's title in the donor's language when the organizer gave one, else the drive's own
        vars.put("title", texts.title(d, MailRenderer.locale(language)));
        vars.put("pledge", p);
        vars.put("amount", Money.format(p.amountMinor(), d.currency(), MailRenderer.locale(language)));
        vars.put("reference", CreditorReference.printed(p.reference()));
        vars.put("statusLink", link("/pledges/{r}", p.reference()));
        vars.put("unsubscribe", unsubscribe);
        return vars;
    }

    private String link(String path, String value) {
        return UriComponentsBuilder.fromUriString(publicBaseUrl).path(path).buildAndExpand(value).toUriString();
    }

    private static byte[] random() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return b;
    }
}
