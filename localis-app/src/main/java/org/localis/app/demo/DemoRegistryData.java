package org.localis.app.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.localis.app.identity.AccountRepository;
import org.localis.app.identity.AccountService;
import org.localis.app.identity.OrganizationKind;
import org.localis.app.shared.Role;
import org.localis.app.registry.Certificate;
import org.localis.app.registry.CertificateRepository;
import org.localis.app.registry.RegistryRecords;
import org.localis.app.registry.RegistryService;
import org.localis.app.registry.SubmissionStatus;
import org.localis.app.scoring.ScoreCommand.Upload;
import org.localis.app.shared.Actor;
import org.localis.app.identity.LocalisUserDetailsService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo registry (demo profile, empty registry only): a domestic tire maker with certified tires, a
 * kit-assembled (SKD) model, a CKD model and a deeply localized full-cycle model whose BOM cites the
 * tire certificate; and (issue 22) a GAZelle-class N1 ambulance under ru-719-n1 whose BOM cites a tyre
 * certified under ru-719-tyres. The three passenger-car models stay pinned to ru-719-passenger-car@2025.1: their
 * generated BOMs and operations were made for that reconstruction's codes. Every step goes through the same services as a user would, as that user, so the
 * audit log reads as if people had done it.
 */
@Component
@Profile("demo")
@Order(3)
public class DemoRegistryData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRegistryData.class);

    /** The demo's certified tire maker: BOMs name it as supplier, the drive's domestic offers too. */
    public static final String KAMA = "АО «Шины Кама»";
    public static final String BALTIC = "ООО «Балтийская сборка»";
    public static final String GORKY = "АО «Горьковские спецавтомобили»";
    /** The demo's three passenger cars, from a kit-assembled (SKD) one to a full-cycle one. */
    public static final String BALTIC_COMPACT = "Балтик Компакт (крупноузловая сборка)";
    public static final String URAL_CROSSOVER = "Урал Кроссовер (мелкоузловая сборка)";
    public static final String VOLGA_SEDAN = "Волга Седан (полный цикл)";
    /** The certified domestic tire that the full-cycle car's BOM cites and that the demo drive is offered. */
    public static final String KAMA_TIRE = "Шина Кама для скорой помощи 185/75 R16C";

    private final RegistryService registry;
    private final RegistryRecords records;
    private final CertificateRepository certificateRows;
    private final AccountService accounts;
    private final AccountRepository accountRows;
    private final LocalisUserDetailsService users;
    private final TransactionTemplate tx;
    private final org.localis.app.support.SupportProgramService support;
    private final org.localis.scheme.SchemeCatalog schemes;

    public DemoRegistryData(RegistryService registry, RegistryRecords records, CertificateRepository certificateRows, AccountService accounts,
                            AccountRepository accountRows, LocalisUserDetailsService users, TransactionTemplate tx,
                            org.localis.app.support.SupportProgramService support, org.localis.scheme.SchemeCatalog schemes) {
        this.support = support;
        this.schemes = schemes;
        this.registry = registry;
        this.records = records;
        this.certificateRows = certificateRows;
        this.accounts = accounts;
        this.accountRows = accountRows;
        this.users = users;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accountRows.findUser("admin").isEmpty()) {
            return;
        }
        if (!certificateRows.search(null, null, null, null, 1).isEmpty() || accountRows.findOrganization(KAMA).isPresent()) {
            addReasonCodes();
            return;
        }
        try {
            tx.executeWithoutResult(s -> seed());
            log.info("demo profile: demo registry created (SKD, CKD, full-cycle models and certified tires)");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * A demo database seeded before the engine gave its reasons as codes: its submissions get the codes (where scoring
     * them again says the same), so that their reasons are read in Russian too.
     */
    private void addReasonCodes() {
        try {
            int done = tx.execute(s -> registry.addReasonCodes(as("admin")));
            if (done > 0) {
                log.info("demo profile: reasons of {} stored submissions completed with their codes", done);
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void seed() {
        as("admin");
        long kama = accounts.createOrganization(KAMA, OrganizationKind.MANUFACTURER);
        long baltic = accounts.createOrganization(BALTIC, OrganizationKind.MANUFACTURER);
        accounts.createUserWithPassword("kama", "Кира Камалова", Role.MANUFACTURER, kama, "demo-kama-pass");
        accounts.createUserWithPassword("baltic", "Борис Балтин", Role.MANUFACTURER, baltic, "demo-baltic-pass");
        LocalDate today = LocalDate.now();

        // 1. certified domestic tires
        Actor tyres = as("kama");
        long tire = registry.createProduct(tyres, KAMA_TIRE, "component");
        long tireVersion = registry.addVersion(tyres, tire, form("RUB", "7500", null, 250_000, 640), upload("tyre-bom.csv", TIRE_BOM),
                upload("operations.csv", "code,performed,evidence\ncomponent-production,yes,Сертификат завода\n"
                        + "component-engineering,yes,Права на конструкторскую документацию\n"), null, null);
        long tireSubmission = registry.submit(tyres, tireVersion, "ru-component-domestic-value", null, today);
        Certificate tireCert = registry.decide(as("assessor"), tireSubmission, SubmissionStatus.APPROVED, "Завод посещён, производство подтверждено");

        // 2. three vehicles of increasing depth
        vehicle("baltic", BALTIC_COMPACT, "BAL", DemoVehicleBom.Depth.SKD, 11, "1450000", "1300000", 8_000, 310, null,
                SubmissionStatus.REJECTED, "Отвёрточная сборка: сварка и окраска кузова в стране не выполняются");
        vehicle("ural", URAL_CROSSOVER, "URA", DemoVehicleBom.Depth.CKD, 22, "2100000", "1850000", 15_000, 1_450, null,
                SubmissionStatus.CHANGES_REQUESTED, "Для достижения порога локализуйте производство двигателя или коробки передач");
        vehicle("volga", VOLGA_SEDAN, "VOL", DemoVehicleBom.Depth.FULL_CYCLE, 33, "1900000", "1600000", 60_000,
                5_200, tireCert.number(), SubmissionStatus.APPROVED, "Все операции подтверждены на месте");

        // 3. issue 22: a tyre certified under Decree 719 section XXI and a GAZelle-class ambulance citing it, under ru-719-n1
        ambulance(today);

        // 4. a support program over the certified products, with a per-company cap
        support.create(as("assessor"), new org.localis.app.support.SupportProgramService.ProgramForm(
                "Надбавка за локализацию " + today.getYear(), "ru-719-passenger-car@2025.1", today.getYear(),
                new BigDecimal("500000000"), "RUB", "base", "score-above-threshold-x-volume", new BigDecimal("300000000")));
    }

    private void ambulance(LocalDate today) {
        as("admin");
        long gorky = accounts.createOrganization(GORKY, OrganizationKind.MANUFACTURER);
        accounts.createUserWithPassword("gorky", "Галина Горина", Role.MANUFACTURER, gorky, "demo-gorky-pass");
        Actor tyres = as("kama");
        long tyre = registry.createProduct(tyres, DemoAmbulance.TYRE_NAME, "component");
        // registry identifiers (fictional, with right check digits): procurement finds the records by them
        records.saveDetails(tyres, tyres.organizationId(), new RegistryRecords.DetailsForm("1651001239", "1021600000014",
                "165101001", "Нижнекамск, Промзона", "Нижнекамск, шинный завод, корпус 2"));
        records.setProductCodes(tyres, tyre, "22.11.13", "4011 20");
        long tyreVersion = registry.addVersion(tyres, tyre, form("RUB", "9000", null, 400_000, 640), upload("tyre-bom.csv", TIRE_BOM),
                upload("operations.csv", DemoAmbulance.TYRE_OPERATIONS), null, null);
        long tyreSubmission = registry.submit(tyres, tyreVersion, "ru-719-tyres", null, today);
        Certificate tyreCert = registry.decide(as("assessor"), tyreSubmission, SubmissionStatus.APPROVED,
                "Смешение, экструзия, каландрирование, сборка и вулканизация подтверждены на месте (раздел XXI, примечание 7)");

        Actor maker = as("gorky");
        long product = registry.createProduct(maker, DemoAmbulance.NAME, "light-commercial");
        records.saveDetails(maker, maker.organizationId(), new RegistryRecords.DetailsForm("5263004565", "1025200000022",
                "526301001", "Нижний Новгород, ул. Автозаводская, 1", "Нижний Новгород, цех спецавтомобилей"));
        records.setProductCodes(maker, product, "29.10.59.160", null);
        RegistryService.VersionForm f = form("RUB", "6900000", null, 3_000, 2_100);
        long version = registry.addVersion(maker, product, new RegistryService.VersionForm(f.currency(), f.price(), f.netCost(),
                        f.annualVolume(), f.domesticJobs(), f.competencies(), DemoAmbulance.FACTS),
                upload("bom.csv", DemoAmbulance.BOM.replace(DemoAmbulance.TYRE_CERTIFICATE_PLACEHOLDER, tyreCert.number())),
                upload("operations.csv", DemoAmbulance.OPERATIONS), null, null);
        long submission = registry.submit(maker, version, "ru-719-n1", null, today);
        // 3373 points in 2026 (D719-8): procurement needs 3200; from 2027 it needs 3500 and the demo asks for changes
        boolean passed = schemes.find("ru-719-n1").map(s -> registry.assess(version, s, null, today).passed()).orElse(false);
        registry.decide(as("assessor"), submission, passed ? SubmissionStatus.APPROVED : SubmissionStatus.CHANGES_REQUESTED,
                passed ? "Операции подтверждены на месте; соответствует требованиям госзакупок и постановления № 191"
                        : "Соответствует условиям субсидий по постановлению № 191; для порога госзакупок этого года нужна более глубокая локализация");
    }

    private void vehicle(String user, String name, String prefix, DemoVehicleBom.Depth depth, long seed, String price, String netCost,
                         int volume, int jobs, String tireCertificate, SubmissionStatus decision, String comment) {
        Actor maker = as(user);
        long product = registry.createProduct(maker, name, "passenger-car");
        long version = registry.addVersion(maker, product, form("RUB", price, netCost, volume, jobs),
                upload("bom.csv", DemoVehicleBom.generate(depth, seed, prefix, tireCertificate)),
                upload("operations.csv", DemoVehicleBom.operations(depth)), null, null);
        long submission = registry.submit(maker, version, "ru-719-passenger-car@2025.1", null, LocalDate.now());
        registry.decide(as("assessor"), submission, decision, comment);
    }

    private static RegistryService.VersionForm form(String currency, String price, String netCost, int volume, int jobs) {
        return new RegistryService.VersionForm(currency, new BigDecimal(price), netCost == null ? null : new BigDecimal(netCost),
                volume, jobs, jobs > 1000 ? List.of("engine", "platform-engineering") : List.of());
    }

    private static Upload upload(String name, String text) {
        return new Upload(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Actor as(String username) {
        org.localis.app.identity.LocalisUser u = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
        return u.actor();
    }

    static final String TIRE_BOM = """
            part,parent,description,quantity,uom,unit_cost,currency,origin,supplier,make_buy,certificate
            TYRE-GREEN,,Сырая шина (собрана на заводе),1,EA,1200.00,,,,make,
            RUBBER-NAT,TYRE-GREEN,Каучук натуральный,4.2,KG,210.00,,VN,ООО «Евразия Трейд»,buy,
            RUBBER-SYN,TYRE-GREEN,Каучук синтетический,5.1,KG,160.00,,RU,АО «Синтез-Каучук»,buy,
            CARBON,TYRE-GREEN,Технический углерод,3.0,KG,90.00,,RU,ООО «Техуглерод-Волга»,buy,
            CORD-STEEL,TYRE-GREEN,Металлокорд,1.8,KG,240.00,,RU,АО «Металлокорд»,buy,
            CORD-TEXT,TYRE-GREEN,Текстильный корд,0.9,KG,310.00,,BY,ООО «Кордная фабрика»,buy,
            BEAD,TYRE-GREEN,Бортовая проволока,1.1,KG,150.00,,RU,АО «Металлокорд»,buy,
            CHEM,TYRE-GREEN,Химикаты для вулканизации,0.6,KG,520.00,,DE,ООО «Химпоставка»,buy,
            CURING,,Вулканизация и контроль,1,EA,650.00,,,,make,
            """;
}
