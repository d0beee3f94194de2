package org.localis.app.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.localis.app.demo.DemoVehicleBom;
import org.localis.app.identity.LocalisUser;
import org.localis.app.identity.LocalisUserDetailsService;
import org.localis.app.registry.Certificate;
import org.localis.app.registry.CertificateRepository;
import org.localis.app.registry.RegistryService;
import org.localis.app.registry.SubmissionStatus;
import org.localis.app.scoring.ScoreCommand.Upload;
import org.localis.app.shared.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 23: the gaming cases of a domestic-preference claim are refused; the offer stays, without preference, with
 * the reason. On the real registry (the application's test database): the certificates are issued the way an
 * assessor issues them (product, version with its bill of materials, submission, approval; one revoked), and the
 * resolver reads them back through {@link CertificateRepository}.
 */
@SpringBootTest
class CertificateFitTest {

    private static final String OFFERED = "185/75 R16 C 104/102 Q";
    private static final String TIRE_BOM = """
            part,parent,description,quantity,uom,unit_cost,currency,origin,supplier,make_buy,certificate
            TYRE-GREEN,,Green tyre (built in-house),1,EA,1200.00,,,,make,
            RUBBER-NAT,TYRE-GREEN,Natural rubber,4.2,KG,210.00,,VN,Import supplier 3,buy,
            RUBBER-SYN,TYRE-GREEN,Synthetic rubber,5.1,KG,160.00,,RU,Domestic supplier 2,buy,
            CARBON,TYRE-GREEN,Carbon black,3.0,KG,90.00,,RU,Domestic supplier 5,buy,
            CORD-STEEL,TYRE-GREEN,Steel cord,1.8,KG,240.00,,RU,Domestic supplier 9,buy,
            CORD-TEXT,TYRE-GREEN,Textile cord,0.9,KG,310.00,,BY,Domestic supplier 11,buy,
            BEAD,TYRE-GREEN,Bead wire,1.1,KG,150.00,,RU,Domestic supplier 9,buy,
            CHEM,TYRE-GREEN,Vulcanization chemicals,0.6,KG,520.00,,DE,Import supplier 7,buy,
            CURING,,Curing and inspection,1,EA,650.00,,,,make,
            """;
    private static final String TIRE_OPERATIONS = "code,performed,evidence\ncomponent-production,yes,Plant certificate\n"
            + "component-engineering,yes,Design rights\n";

    /** Issued once for the test class (the database is shared by the context's tests). */
    private static Certificate good;
    private static Certificate car;
    private static Certificate brake;
    private static Certificate revoked;

    @Autowired RegistryService registry;
    @Autowired CertificateRepository certificateRows;
    @Autowired DomesticStatusResolver resolver;
    @Autowired LocalisUserDetailsService users;

    @BeforeEach
    void issueOnce() {
        if (good != null) {
            return;
        }
        String run = Long.toString(System.nanoTime(), 36);
        good = issue("Kama Van Tyre 185/75 R16C " + run, "component", TIRE_BOM, TIRE_OPERATIONS,
                "ru-component-domestic-value");
        brake = issue("Kama brake pad set " + run, "component", TIRE_BOM, TIRE_OPERATIONS, "ru-component-domestic-value");
        revoked = issue("Kama Winter Tyre 185/75 R16C " + run, "component", TIRE_BOM, TIRE_OPERATIONS,
                "ru-component-domestic-value");
        registry.revoke(as("assessor"), revoked.number(), "Production moved abroad");
        // the tire maker's own passenger car, certified under the passenger-car scheme
        car = issue("Kama Sedan " + run, "passenger-car", DemoVehicleBom.generate(DemoVehicleBom.Depth.FULL_CYCLE, 33,
                "KSD", null), DemoVehicleBom.operations(DemoVehicleBom.Depth.FULL_CYCLE), "ru-719-passenger-car@2025.1");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Certificate issue(String product, String category, String bom, String operations, String scheme) {
        Actor maker = as("kama");
        long id = registry.createProduct(maker, product, category);
        boolean vehicle = "passenger-car".equals(category);
        RegistryService.VersionForm form = vehicle
                ? new RegistryService.VersionForm("RUB", new BigDecimal("1900000"), new BigDecimal("1600000"), 60_000,
                        5_200, List.of("engine", "platform-engineering"))
                : new RegistryService.VersionForm("RUB", new BigDecimal("7500"), null, 250_000, 640, List.of());
        long version = registry.addVersion(maker, id, form,
                upload("bom.csv", bom), upload("operations.csv", operations), null, null);
        long submission = registry.submit(maker, version, scheme, null, LocalDate.now());
        Certificate c = registry.decide(as("assessor"), submission, SubmissionStatus.APPROVED, "Plant visited");
        assertThat(c).as(product + " is certified").isNotNull();
        return c;
    }

    private Actor as(String username) {
        LocalisUser u = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
        return u.actor();
    }

    private static Upload upload(String name, String text) {
        return new Upload(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private DomesticStatusResolver.Status status(Certificate cert, LocalDate on, String brand, String size) {
        return resolver.resolveFor(cert.number(), on, "Tyre Dealer", brand, size).orElseThrow();
    }

    private DomesticStatusResolver.Status status(Certificate cert, String brand, String size) {
        return status(cert, LocalDate.now(), brand, size);
    }

    @Test
    void theMakersOwnTireCertificateForTheOfferedSizeQualifies() {
        DomesticStatusResolver.Status s = status(good, "Кама Евро LCV-131", OFFERED);
        assertThat(s.qualifies()).isTrue();
        assertThat(s.misfit()).isNull();
        assertThat(s.manufacturer()).isEqualTo("АО «Шины Кама»");
    }

    @Test
    void aPassengerCarsCertificateDoesNotQualify() {
        assertThat(car.category()).isEqualTo("passenger-car");
        DomesticStatusResolver.Status s = status(car, "Кама Евро LCV-131", OFFERED);
        assertThat(s.qualifies()).isFalse();
        assertThat(s.misfit()).isEqualTo("proc.misfit.notTire");
    }

    @Test
    void aComponentThatIsNoTireDoesNotQualify() {
        DomesticStatusResolver.Status s = status(brake, "Кама Евро LCV-131", OFFERED);
        assertThat(s.qualifies()).isFalse();
        assertThat(s.misfit()).isEqualTo("proc.misfit.notTire");
    }

    @Test
    void anotherBrandCitingTheTireMakersCertificateDoesNotQualify() {
        DomesticStatusResolver.Status s = status(good, "Nordic Van winter", OFFERED);
        assertThat(s.qualifies()).isFalse();
        assertThat(s.misfit()).isEqualTo("proc.misfit.otherMaker");
    }

    @Test
    void anExpiredOrRevokedCertificateDoesNotQualify() {
        DomesticStatusResolver.Status expired = status(good, good.validTo().plusDays(1), "Кама Евро LCV-131", OFFERED);
        assertThat(expired.qualifies()).isFalse();
        assertThat(expired.misfit()).isEqualTo("proc.misfit.expired");
        DomesticStatusResolver.Status gone = status(revoked, "Кама Евро LCV-131", OFFERED);
        assertThat(gone.qualifies()).isFalse();
        assertThat(gone.misfit()).isEqualTo("proc.misfit.revoked");
    }

    @Test
    void aSizeTheCertificateDoesNotCoverDoesNotQualify() {
        DomesticStatusResolver.Status s = status(good, "Кама Евро LCV-131", "235/65 R16 C 115/113 R");
        assertThat(s.qualifies()).isFalse();
        assertThat(s.misfit()).isEqualTo("proc.misfit.size");
    }

    @Test
    void theHolderItselfAsSupplierMayNameAnyModel() {
        assertThat(resolver.resolveFor(good.number(), LocalDate.now(), "АО «Шины Кама»", "Euro LCV", OFFERED).orElseThrow()
                .qualifies()).isTrue();
        assertThat(resolver.resolveFor(good.number(), LocalDate.now(), "Nordic Tyre Trading", "Euro LCV", OFFERED)
                .orElseThrow().misfit()).isEqualTo("proc.misfit.otherMaker");
    }

    @Test
    void aTireSchemeCertificateWithoutASizeInItsNameCoversTheMakersLine() {
        Certificate line = new Certificate(1, "LCL-line", 1, 1, "Kama Euro line", "component", 1, "Kama Tyres",
                "ru-719-tyres", "1", 2026, new BigDecimal("75"), "%", "full", "base", new BigDecimal("0.75"),
                LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), java.time.Instant.EPOCH, "assessor", null, null,
                null, null, null, null, null, null);
        assertThat(CertificateFit.misfit(line, "Tyre Dealer", "Kama Euro LCV-131", "235/65 R16 C 115/113 R")).isEmpty();
        assertThat(CertificateFit.misfit(line, "Tyre Dealer", "Cordiant Business", "235/65 R16 C 115/113 R"))
                .contains("proc.misfit.otherMaker");
    }

    @Test
    void anUnknownCertificateDoesNotQualify() {
        DomesticStatusResolver.Status s = resolver.resolveFor("LCL-404-none", LocalDate.now(), "Tyre Dealer",
                "Кама Евро LCV-131", OFFERED).orElseThrow();
        assertThat(s.qualifies()).isFalse();
        assertThat(s.misfit()).isEqualTo("proc.misfit.unknown");
    }
}
