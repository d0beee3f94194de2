package org.localis.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.localis.app.identity.AccountRepository;
import org.localis.app.bank.StatementImportService;
import org.localis.app.drive.BankDetails;
import org.localis.app.drive.Drive;
import org.localis.app.drive.DriveStatus;
import org.localis.app.drive.Pledge;
import org.localis.app.drive.DriveRepository;
import org.localis.app.drive.DriveService;
import org.localis.app.shared.Money;
import org.localis.app.drive.PledgeService;
import org.localis.app.drive.PledgeService.PledgeForm;
import org.localis.app.fleet.FleetService;
import org.localis.app.drive.TargetPlanner;
import org.localis.app.shared.Actor;
import org.localis.app.identity.LocalisUserDetailsService;
import org.localis.payment.CreditorReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo supply drive (demo profile only): the demo fleet imported from the engine's demo fleet list,
 * the drive "wheels-for-ambulances" with its target computed from that fleet, a few pledges, and one
 * bank statement (camt.053) in which two pledges were paid, one payment lacks its reference and the
 * bank charged a fee, so every page of the drive has something to show.
 */
@Component
@Profile("demo")
@Order(4)
public class DemoDriveData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDriveData.class);
    public static final String SLUG = "wheels-for-ambulances";
    public static final BankDetails BANK = new BankDetails("АНО «Колёса для скорой»", "40703810500000000001",
            "ПАО СБЕРБАНК", "044525225", "30101810400000000225", "7701234560", "770101001");

    private final AccountRepository accounts;
    private final LocalisUserDetailsService users;
    private final FleetService fleets;
    private final TargetPlanner need;
    private final DriveService driveService;
    private final DriveRepository drives;
    private final PledgeService pledges;
    private final StatementImportService imports;
    private final org.localis.app.procurement.ProcurementService procurement;
    private final org.localis.app.registry.CertificateRepository certificateRows;
    private final org.localis.app.drive.DriveTexts texts;

    public DemoDriveData(AccountRepository accounts, LocalisUserDetailsService users, FleetService fleets, TargetPlanner need,
                         DriveService driveService, DriveRepository drives, PledgeService pledges,
                         StatementImportService imports, org.localis.app.procurement.ProcurementService procurement,
                         org.localis.app.registry.CertificateRepository certificateRows, org.localis.app.drive.DriveTexts texts) {
        this.texts = texts;
        this.procurement = procurement;
        this.certificateRows = certificateRows;
        this.accounts = accounts;
        this.users = users;
        this.fleets = fleets;
        this.need = need;
        this.driveService = driveService;
        this.drives = drives;
        this.pledges = pledges;
        this.imports = imports;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (accounts.findUser("organizer").isEmpty() || accounts.findUser("fleet").isEmpty()
                || drives.findBySlug(SLUG).isPresent()) {
            return;
        }
        try {
            seed();
            log.info("demo profile: demo fleet and drive '{}' created", SLUG);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void seed() throws IOException {
        Actor fleet = as("fleet");
        byte[] csv;
        try (InputStream in = getClass().getResourceAsStream("/demo/fleet-demo.csv")) {
            csv = in.readAllBytes();
        }
        fleets.importFile(fleet, "fleet-demo.csv", csv);

        Actor organizer = as("organizer");
        LocalDate today = LocalDate.now();
        // the organizer writes in Russian; the English texts are the drive's translation for visitors reading in English
        Drive d = driveService.create(new DriveService.DriveForm(SLUG, "Зимние шины для машин скорой помощи",
                "Машинам скорой помощи и экстренным службам нужен зимний комплект до морозов. Каждая купленная шина "
                        + "публикуется в отчёте сбора; предпочтение отдаётся сертифицированным отечественным шинам.",
                "RUB", today.plusDays(45), List.of("ambulance", "emergency", "humanitarian"), 90, BANK), organizer);
        driveService.replaceTargets(d, need.targetsFor(d));
        driveService.setStatus(drives.find(d.id()).orElseThrow(), DriveStatus.OPEN);
        d = drives.find(d.id()).orElseThrow();
        driveService.postUpdate(d, "Сбор открыт. Первые 24 машины скорой помощи ждут зимние комплекты.", organizer);
        texts.set(d, "en", "Winter tires for ambulances",
                "Ambulances and emergency crews need a winter set before the frost. Every tire bought is published in the "
                        + "drive's report, and domestic certified tires are preferred.", organizer);
        for (org.localis.app.drive.DriveUpdate u : drives.updates(d.id())) {
            texts.setUpdate(d, u.id(), "en", "The drive is open. First 24 ambulances are waiting for winter sets.", organizer);
        }

        List<Pledge> made = new ArrayList<>();
        made.add(pledges.pledge(d, new PledgeForm("5000", null, null, "Анна Петрова", null, true)).pledge());
        made.add(pledges.pledge(d, new PledgeForm(null, 1, 4, "Игорь", null, true)).pledge());
        made.add(pledges.pledge(d, new PledgeForm("1500", null, null, null, null, false)).pledge());
        made.add(pledges.pledge(d, new PledgeForm("2000000", null, null, "Фонд «Дороги»", null, true)).pledge());

        LocalDate day = today.minusDays(1);
        String camt = DemoStatement.camt053(BANK.account(), "DEMO-" + day, day, List.of(
                new DemoStatement.Line("DEMO-1", true, made.get(0).amountMinor(), "Анна Петрова",
                        "Пожертвование " + CreditorReference.printed(made.get(0).reference())),
                new DemoStatement.Line("DEMO-2", true, made.get(1).amountMinor(), "Игорь Смирнов",
                        "На шины " + made.get(1).reference().toLowerCase()),
                new DemoStatement.Line("DEMO-3", true, 300_000, "Ольга Н.", "На шины для скорой"),
                new DemoStatement.Line("DEMO-4", false, 4_900, "ПАО СБЕРБАНК", "Комиссия за ведение счёта"),
                new DemoStatement.Line("DEMO-5", true, made.get(3).amountMinor(), "Фонд «Дороги»",
                        "Благотворительное пожертвование по договору 12, код " + made.get(3).reference())));
        StatementImportService.Outcome o = imports.importNow(d, "demo-statement.xml", camt.getBytes(StandardCharsets.UTF_8),
                "organizer", organizer.organizationId());
        if (!o.errors().isEmpty()) {
            log.warn("demo statement rejected: {}", o.errors());
        }

        // offers: an importer for every line, and the certified domestic Kama tire where it fits
        String kama = certificateRows.search(DemoRegistryData.KAMA_TIRE, null, null, null, 5).stream().map(c -> c.number())
                .findFirst().orElse(null);
        for (var t : drives.targets(d.id())) {
            long importPrice = t.unitPriceMinor() * 95 / 100;
            procurement.addOffer(d, "ООО «Нордик Шина Трейдинг»", "Nordic Van " + seasonWord(t.season()),
                    t.designation(), t.season().toLowerCase(java.util.Locale.ROOT), Money.plain(importPrice, "RUB"),
                    String.valueOf(t.quantity()), "21", null, organizer);
            if (kama != null && t.sizeKey().equals("185/75 R16 C")) {
                procurement.addOffer(d, DemoRegistryData.KAMA, "Кама Евро LCV-131", "185/75 R16 C 104/102 Q",
                        t.season().toLowerCase(java.util.Locale.ROOT), Money.plain(t.unitPriceMinor() * 105 / 100, "RUB"),
                        String.valueOf(t.quantity()), "7", kama, organizer);
            }
        }
    }

    /** The season as a tire's model name states it: Nordic Van зимняя, летняя, всесезонная. */
    private static String seasonWord(String season) {
        return switch (season.toLowerCase(java.util.Locale.ROOT)) {
            case "winter" -> "зимняя";
            case "summer" -> "летняя";
            default -> "всесезонная";
        };
    }

    private Actor as(String username) {
        org.localis.app.identity.LocalisUser u = (org.localis.app.identity.LocalisUser) users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
        return u.actor();
    }
}
