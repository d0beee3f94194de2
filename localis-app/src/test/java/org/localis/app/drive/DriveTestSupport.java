package org.localis.app.drive;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;





import org.localis.app.identity.LocalisUser;
import org.localis.app.shared.Actor;
import org.localis.app.identity.LocalisUserDetailsService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Builds open drives for tests, as the demo organizer. */
public final class DriveTestSupport {

    public static final String ACCOUNT = "40703810500000000001";
    public static final BankDetails BANK = new BankDetails("АНО «Колёса для скорой»", ACCOUNT, "ПАО СБЕРБАНК", "044525225",
            "30101810400000000225", "7701234560", "770101001");
    private static final AtomicInteger SEQ = new AtomicInteger();

    private DriveTestSupport() {
    }

    public static Actor organizer(LocalisUserDetailsService users) {
        return ((LocalisUser) users.loadUserByUsername("organizer")).actor();
    }

    /** The security principal standing for an actor (for signing in a test's thread or a MockMvc request). */
    public static LocalisUser principal(Actor actor) {
        return new LocalisUser(actor.id(), actor.username(), "", actor.displayName(), actor.role(),
                actor.organizationId(), true, false);
    }

    public static void signIn(Actor actor) {
        LocalisUser user = principal(actor);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    /**
     * An open RUB drive with two lines: 100 winter tires 185/75 R16 C at 8,000.00 and 40 at 12,000.00.
     * Its bank account is unique to the drive (statements of other drives never match it).
     */
    public static Drive openDrive(DriveService drives, Actor organizer, DriveRepository repo) {
        int n = SEQ.incrementAndGet();
        String account = org.localis.bankdetails.RussianBankDetails.withControlKey(
                "4070381090" + String.format("%010d", (System.nanoTime() % 1_000_000_000L) * 10 + n % 10), BANK.bic(),
                org.localis.bankdetails.RussianBankDetails.KeyVariant.CREDIT_INSTITUTION);
        BankDetails bank = new BankDetails(BANK.payeeName(), account, BANK.bankName(), BANK.bic(), BANK.correspAccount(),
                BANK.inn(), BANK.kpp());
        signIn(organizer);
        try {
            Drive d = drives.create(new DriveService.DriveForm("test-drive-" + System.nanoTime() + "-" + n, "Tires " + n,
                    "For ambulances", "RUB", LocalDate.now().plusDays(60), List.of("ambulance"), 90, bank), organizer);
            drives.replaceTargets(d, List.of(
                    new Target(1, "185/75 R16 C", "185/75 R16 C 104/102 Q", "WINTER", 100, 800_000, 25),
                    new Target(2, "235/65 R16 C", "235/65 R16 C 115/113 R", "WINTER", 40, 1_200_000, 8)));
            drives.setStatus(repo.find(d.id()).orElseThrow(), DriveStatus.OPEN);
            return repo.find(d.id()).orElseThrow();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
