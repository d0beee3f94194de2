package org.localis.app.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.localis.app.registry.Certificate;
import org.localis.app.registry.CertificateRepository;
import org.localis.scheme.SchemeCatalog;

/** Issue 23: the gaming cases of a domestic-preference claim are refused; the offer stays, without preference. */
class CertificateFitTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final String KAMA_TYRE = "Kama Ambulance Tyre 185/75 R16C";
    private static final String OFFERED = "185/75 R16 C 104/102 Q";

    private static Certificate cert(String number, String product, String category, String org, String scheme,
                                    LocalDate validTo, Instant revoked) {
        return new Certificate(1, number, 1, 1, product, category, 1, org, scheme, "1", 2026, new BigDecimal("75"),
                "%", "full", "base", new BigDecimal("0.75"), LocalDate.of(2026, 1, 1), validTo, Instant.EPOCH, "assessor",
                revoked, revoked == null ? null : "fraud", null, null, null, null, null, null);
    }

    private static DomesticStatusResolver resolver(Certificate... certs) {
        CertificateRepository registry = mock(CertificateRepository.class);
        for (Certificate c : certs) {
            when(registry.certificate(c.number())).thenReturn(Optional.of(c));
        }
        return new DomesticStatusResolver(registry, SchemeCatalog.builtIn(), "base");
    }

    private static final Certificate GOOD = cert("LCL-1", KAMA_TYRE, "component", "ПАО «Kama Tyres»",
            "ru-component-domestic-value", LocalDate.of(2027, 12, 31), null);
    private static final Certificate CAR = cert("LCL-2", "Lada Vesta", "passenger-car", "Kama Motors",
            "ru-component-domestic-value", LocalDate.of(2027, 12, 31), null);
    private static final Certificate EXPIRED = cert("LCL-3", KAMA_TYRE, "component", "Kama Tyres",
            "ru-component-domestic-value", LocalDate.of(2026, 6, 30), null);
    private static final Certificate REVOKED = cert("LCL-4", KAMA_TYRE, "component", "Kama Tyres",
            "ru-component-domestic-value", LocalDate.of(2027, 12, 31), Instant.parse("2026-10-01T00:00:00Z"));
    private static final Certificate BRAKE = cert("LCL-5", "Kama brake pad set", "component", "Kama Tyres",
            "ru-component-domestic-value", LocalDate.of(2027, 12, 31), null);

    private static DomesticStatusResolver.Status status(String number, String brand, String size) {
        return resolver(GOOD, CAR, EXPIRED, REVOKED, BRAKE).resolveFor(number, TODAY, "Tyre Dealer", brand, size).orElseThrow();
    }

    @Test
    void theMakersOwnTireCertificateForTheOfferedSizeQualifies() {
        DomesticStatusResolver.Status s = status("LCL-1", "Kama Euro LCV-131", OFFERED);
        assertThat(s.qualifies()).isTrue();
        assertThat(s.misfit()).isNull();
    }

    @Test
    void aPassengerCarsCertificateDoesNotQualify() {
        DomesticStatusResolver.Status s = status("LCL-2", "Kama Euro LCV-131", OFFERED);
        assertThat(s.qualifies()).isFalse();
        assertThat(s.misfit()).isEqualTo("proc.misfit.notTire");
    }

    @Test
    void aComponentThatIsNoTireDoesNotQualify() {
        assertThat(status("LCL-5", "Kama Euro LCV-131", OFFERED).misfit()).isEqualTo("proc.misfit.notTire");
    }

    @Test
    void anotherBrandCitingTheTireMakersCertificateDoesNotQualify() {
        DomesticStatusResolver.Status s = status("LCL-1", "Nordic Van winter", OFFERED);
        assertThat(s.qualifies()).isFalse();
        assertThat(s.misfit()).isEqualTo("proc.misfit.otherMaker");
    }

    @Test
    void anExpiredOrRevokedCertificateDoesNotQualify() {
        assertThat(status("LCL-3", "Kama Euro LCV-131", OFFERED).misfit()).isEqualTo("proc.misfit.expired");
        assertThat(status("LCL-4", "Kama Euro LCV-131", OFFERED).misfit()).isEqualTo("proc.misfit.revoked");
        assertThat(status("LCL-3", "Kama Euro LCV-131", OFFERED).qualifies()).isFalse();
        assertThat(status("LCL-4", "Kama Euro LCV-131", OFFERED).qualifies()).isFalse();
    }

    @Test
    void aSizeTheCertificateDoesNotCoverDoesNotQualify() {
        DomesticStatusResolver.Status s = status("LCL-1", "Kama Euro LCV-131", "235/65 R16 C 115/113 R");
        assertThat(s.qualifies()).isFalse();
        assertThat(s.misfit()).isEqualTo("proc.misfit.size");
    }

    @Test
    void aTireSchemeCertificateWithoutASizeInItsNameCoversTheMakersLine() {
        Certificate line = cert("LCL-6", "Kama Euro line", "component", "Kama Tyres", "ru-719-tyres",
                LocalDate.of(2027, 12, 31), null);
        assertThat(CertificateFit.misfit(line, "Tyre Dealer", "Kama Euro LCV-131", "235/65 R16 C 115/113 R")).isEmpty();
        assertThat(CertificateFit.misfit(line, "Tyre Dealer", "Cordiant Business", "235/65 R16 C 115/113 R"))
                .contains("proc.misfit.otherMaker");
    }

    @Test
    void theHolderItselfAsSupplierMayNameAnyModel() {
        assertThat(CertificateFit.misfit(GOOD, "Kama Tyres", "Euro LCV", OFFERED)).isEmpty();
        assertThat(CertificateFit.misfit(GOOD, "Nordic Tyre Trading", "Euro LCV", OFFERED))
                .contains("proc.misfit.otherMaker");
    }

    @Test
    void anUnknownCertificateDoesNotQualify() {
        assertThat(status("LCL-404", "Kama Euro LCV-131", OFFERED).misfit()).isEqualTo("proc.misfit.unknown");
    }
}
