package org.localis.app.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.localis.app.mail.MailTestSupport.link;
import static org.localis.app.mail.MailTestSupport.part;
import static org.localis.app.mail.MailTestSupport.to;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.localis.app.bank.StatementImportService;
import org.localis.app.drive.Drive;
import org.localis.app.drive.DriveRepository;
import org.localis.app.drive.DriveService;
import org.localis.app.drive.DriveTestSupport;
import org.localis.app.drive.PaymentQrService;
import org.localis.app.drive.Pledge;
import org.localis.app.drive.PledgeService;
import org.localis.app.identity.AccountRepository;
import org.localis.app.identity.LocalisUserDetailsService;
import org.localis.app.shared.Actor;
import org.localis.payment.CreditorReference;
import org.localis.testing.StatementSamples;
import org.localis.testing.StatementSamples.Movement;
import org.localis.testing.StatementSamples.Statement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Messages through a real SMTP server in the JVM (GreenMail): the invitation, the donor's pledge confirmation
 * with the payment QR inline, "payment received", unsubscribing, and that a message is sent once.
 */
@SpringBootTest(properties = {"localis.mail.initial-delay=PT1H", "localis.public-base-url=https://localis.example.org"})
@AutoConfigureMockMvc
class MailDeliveryTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry r) {
        r.add("spring.mail.host", () -> "localhost");
        r.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @Autowired MockMvc mvc;
    @Autowired OutboxSender sender;
    @Autowired Outbox outbox;
    @Autowired JdbcClient jdbc;
    @Autowired AccountRepository accounts;
    @Autowired DriveService driveService;
    @Autowired DriveRepository drives;
    @Autowired PledgeService pledges;
    @Autowired PaymentQrService qr;
    @Autowired StatementImportService imports;
    @Autowired LocalisUserDetailsService users;
    @Autowired org.localis.app.drive.DriveTexts driveTexts;
    @Autowired org.springframework.transaction.PlatformTransactionManager txManager;

    private static String address() {
        return "m-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private Cookie signIn(String user, String password) throws Exception {
        MvcResult r = mvc.perform(post("/login").param("username", user).param("password", password).with(csrf())).andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).isIn("/products", "/review", "/manage/drives", "/fleet", "/admin/users");
        return r.getResponse().getCookie("LOCALIS_SESSION");
    }

    private long rows(String recipient) {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = :r").param("r", recipient).query(Long.class).single();
    }

    @Test
    void anInvitationIsMailedInTheAdministratorsLanguageAndItsLinkSetsThePassword() throws Exception {
        String email = address();
        String username = "inv-" + UUID.randomUUID().toString().substring(0, 8);
        Cookie admin = signIn("admin", "demo-admin-pass");
        MvcResult r = mvc.perform(post("/admin/users").cookie(admin, new Cookie("localis-lang", "ru")).with(csrf())
                .param("username", username).param("email", email).param("role", "ASSESSOR")).andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/admin/users");
        String shown = (String) r.getFlashMap().get("invitationLink");
        assertThat(shown).as("the copy-the-link fallback stays").startsWith("https://localis.example.org/invite/inv_");

        assertThat(to(SMTP, email)).as("nothing is sent inside the transaction").isEmpty();
        sender.sendDue();
        List<MimeMessage> got = to(SMTP, email);
        assertThat(got).hasSize(1);
        MimeMessage m = got.get(0);
        assertThat(m.getSubject()).isEqualTo("Приглашение в Localis");
        String text = part(m, "text/plain");
        String html = part(m, "text/html");
        assertThat(text).contains("Здравствуйте, " + username).contains(shown);
        assertThat(html).contains("href=\"" + shown + "\"");
        assertThat(m.getFrom()[0].toString()).contains("no-reply@localhost");

        String token = shown.substring(shown.lastIndexOf('/') + 1);
        MvcResult accepted = mvc.perform(post("/invite/" + token).param("password", "a-new-long-password").with(csrf())).andReturn();
        assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo("/login?welcome");
        signIn(username, "a-new-long-password");
    }

    @Test
    void aDonorReadingRussianGetsTheDrivesRussianTitle() throws Exception {
        Actor organizer = DriveTestSupport.organizer(users);
        Drive drive = DriveTestSupport.openDrive(driveService, organizer, drives);
        new org.springframework.transaction.support.TransactionTemplate(txManager).executeWithoutResult(s ->
                driveTexts.set(drive, "ru", "Шины для скорой " + drive.id(), "Описание по-русски", organizer));
        String email = address();
        java.util.Locale before = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.forLanguageTag("ru"));
        try {
            assertThat(pledges.pledge(drive, new PledgeService.PledgeForm("1500", null, null, "Анна", email, false)).problems()).isEmpty();
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.setLocale(before);
        }
        sender.sendDue();
        List<MimeMessage> got = to(SMTP, email);
        assertThat(got).hasSize(1);
        assertThat(got.get(0).getSubject()).contains("Шины для скорой " + drive.id()).doesNotContain(drive.title());
        assertThat(part(got.get(0), "text/plain")).contains("Шины для скорой " + drive.id());
    }

    @Test
    void aPledgeConfirmationCarriesTheDetailsAndTheSameQrAsThePageAndIsSentOnce() throws Exception {
        Actor organizer = DriveTestSupport.organizer(users);
        Drive drive = DriveTestSupport.openDrive(driveService, organizer, drives);
        String email = address();
        PledgeService.Result res = pledges.pledge(drive, new PledgeService.PledgeForm("1500", null, null, "Anna", email, false));
        assertThat(res.problems()).isEmpty();
        Pledge p = res.pledge();

        sender.sendDue();
        sender.sendDue(); // a second pass finds nothing more to send
        List<MimeMessage> got = to(SMTP, email);
        assertThat(got).hasSize(1);
        MimeMessage m = got.get(0);
        assertThat(m.getSubject()).isEqualTo("Your pledge to " + drive.title() + ": how to pay");
        String text = part(m, "text/plain");
        String printed = CreditorReference.printed(p.reference());
        assertThat(text).contains(printed).contains(drive.bank().account()).contains(drive.bank().bic())
                .contains(qr.purpose(drive, p)).contains("https://localis.example.org/pledges/" + p.reference());
        assertThat(text).containsPattern("1[ ,.\u00a0\u202f]?500");
        assertThat(part(m, "text/html")).contains("src=\"cid:qr\"");
        assertThat(m.getHeader("List-Unsubscribe")[0]).startsWith("<https://localis.example.org/mail/unsubscribe/uns_");

        Part image = MailTestSupport.leaves(m).stream().filter(x -> {
            try {
                return x.isMimeType("image/png");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
        byte[] png = MailTestSupport.bytes(image);
        assertThat(((jakarta.mail.internet.MimeBodyPart) image).getContentID()).isEqualTo("<qr>");
        assertThat(png).isEqualTo(qr.png(drive, p));
        assertThat(zbarimg(png)).as("the mailed QR decodes to the page's payload").isEqualTo(qr.text(drive, p));

        assertThat(outbox.latest(500).stream().filter(x -> x.recipient().equals(email)).map(Outbox.Message::status))
                .containsExactly(Outbox.Status.SENT);
    }

    @Test
    void aMatchedPaymentIsMailedAndUnsubscribingStopsFurtherMessagesAtOnce() throws Exception {
        Actor organizer = DriveTestSupport.organizer(users);
        Drive drive = DriveTestSupport.openDrive(driveService, organizer, drives);
        String email = address();
        Pledge p = pledges.pledge(drive, new PledgeService.PledgeForm("2000", null, null, "Boris", email, false)).pledge();
        sender.sendDue();
        String unsubscribe = link(part(to(SMTP, email).get(0), "text/plain"), "https://localis.example.org/mail/unsubscribe/");

        LocalDate day = LocalDate.of(2026, 11, 2);
        String ref = CreditorReference.printed(p.reference());
        imports.importNow(drive, "s1.xml", StatementSamples.camt053Bytes(8, new Statement(drive.bank().account(), "АНО", "RUB",
                "S-M1", day, day, 0L, List.of(Movement.credit(day, 150_000, "M-1", "Борис", "40817810000000000001",
                        "Пожертвование " + ref)))), "organizer", organizer.organizationId());
        sender.sendDue();
        List<MimeMessage> got = to(SMTP, email);
        assertThat(got).hasSize(2);
        MimeMessage paid = got.get(1);
        assertThat(paid.getSubject()).isEqualTo("Your payment to " + drive.title() + " arrived");
        String text = part(paid, "text/plain");
        assertThat(text).containsPattern("We received 1[ ,.\u00a0\u202f]?500").contains(ref).containsPattern("pledged 2[ ,.\u00a0\u202f]?000")
                .containsPattern("In all 1[ ,.\u00a0\u202f]?500[^ ]* has arrived so far: part of your pledge").contains(unsubscribe);

        LocalDate next = day.plusDays(1);
        imports.importNow(drive, "s2.xml", StatementSamples.camt053Bytes(8, new Statement(drive.bank().account(), "АНО", "RUB",
                "S-M2", next, next, 150_000L, List.of(
                        Movement.credit(next, 50_000, "M-2", "Борис", "40817810000000000001", "Пожертвование " + ref),
                        Movement.debit(next, 30_000, "M-3", "Борис", "40817810000000000001", "Возврат " + ref)))),
                "organizer", organizer.organizationId());
        sender.sendDue();
        got = to(SMTP, email);
        assertThat(got).hasSize(4);
        MimeMessage full = got.stream().filter(x -> subject(x).startsWith("Your payment")).reduce((a, b) -> b).orElseThrow();
        assertThat(part(full, "text/plain")).containsPattern("In all 2[ ,.\u00a0\u202f]?000[^ ]* has arrived: your pledge is paid in full");
        MimeMessage returned = got.stream().filter(x -> subject(x).startsWith("Money returned")).findFirst().orElseThrow();
        assertThat(part(returned, "text/plain")).containsPattern("^300[^ ]* was returned to you").contains(ref)
                .containsPattern("In all 1[ ,.\u00a0\u202f]?700[^ ]* has arrived so far").contains(unsubscribe);

        String path = unsubscribe.substring("https://localis.example.org".length());
        assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(rows(email)).as("opening the link alone changes nothing").isEqualTo(4L);
        assertThat(mvc.perform(post(path).with(csrf())).andReturn().getResponse().getContentAsString()).contains("unsubscribed");

        LocalDate third = day.plusDays(2);
        imports.importNow(drive, "s3.xml", StatementSamples.camt053Bytes(8, new Statement(drive.bank().account(), "АНО", "RUB",
                "S-M3", third, third, 170_000L, List.of(Movement.credit(third, 30_000, "M-4",
                        "Борис", "40817810000000000001", "Пожертвование " + ref)))), "organizer", organizer.organizationId());
        assertThat(rows(email)).as("no message is written after unsubscribing").isEqualTo(4L);
        signIn(organizer);
        try {
            driveService.setStatus(drives.find(drive.id()).orElseThrow(), org.localis.app.drive.DriveStatus.CLOSED);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        assertThat(rows(email)).as("nor when the drive closes").isEqualTo(4L);
        assertThat(mvc.perform(get("/mail/unsubscribe/uns_guessed")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void closingTheDriveMailsItsDonorsTheReportLinkOnce() throws Exception {
        Actor organizer = DriveTestSupport.organizer(users);
        Drive drive = DriveTestSupport.openDrive(driveService, organizer, drives);
        String email = address();
        String other = address();
        pledges.pledge(drive, new PledgeService.PledgeForm("700", null, null, "Vera", email, false));
        pledges.pledge(drive, new PledgeService.PledgeForm("800", null, null, null, other, false));
        pledges.pledge(drive, new PledgeService.PledgeForm("900", null, null, "No address", null, false));
        signIn(organizer);
        try {
            driveService.setStatus(drives.find(drive.id()).orElseThrow(), org.localis.app.drive.DriveStatus.CLOSED);
            driveService.setStatus(drives.find(drive.id()).orElseThrow(), org.localis.app.drive.DriveStatus.OPEN);
            driveService.setStatus(drives.find(drive.id()).orElseThrow(), org.localis.app.drive.DriveStatus.CLOSED);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        sender.sendDue();
        for (String a : List.of(email, other)) {
            List<MimeMessage> got = to(SMTP, a);
            assertThat(got).hasSize(2);
            MimeMessage closed = got.get(1);
            assertThat(closed.getSubject()).isEqualTo("The drive " + drive.title() + " is closed: where the money went");
            assertThat(part(closed, "text/plain")).contains("https://localis.example.org/drives/" + drive.slug() + "/report");
        }
    }

    private static void signIn(Actor actor) {
        DriveTestSupport.signIn(actor);
    }

    @Test
    void theOutboxPageShowsTheMessagesToAdministratorsOnly() throws Exception {
        Drive drive = DriveTestSupport.openDrive(driveService, DriveTestSupport.organizer(users), drives);
        pledges.pledge(drive, new PledgeService.PledgeForm("100", null, null, "Masha", address(), false));
        Cookie admin = signIn("admin", "demo-admin-pass");
        String page = mvc.perform(get("/admin/outbox").cookie(admin)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Sending through localhost").contains("outbox-message");
        Outbox.Message donor = outbox.latest(200).stream().filter(m -> m.kind().equals("PLEDGE")).findFirst().orElseThrow();
        assertThat(page).as("donors' addresses are masked").doesNotContain(donor.recipient())
                .contains(donor.recipient().charAt(0) + "…" + donor.recipient().substring(donor.recipient().indexOf('@')));
        assertThat(mvc.perform(get("/admin/outbox")).andReturn().getResponse().getStatus()).isEqualTo(302);
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String zbarimg(byte[] png) throws Exception {
        Path f = Files.createTempFile("qr", ".png");
        try {
            Files.write(f, png);
            Process p = new ProcessBuilder("zbarimg", "--raw", "-q", "-Sbinary", f.toString()).redirectErrorStream(false).start();
            byte[] out = p.getInputStream().readAllBytes();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            String s = new String(out, StandardCharsets.UTF_8);
            return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
        } finally {
            Files.deleteIfExists(f);
        }
    }
}
