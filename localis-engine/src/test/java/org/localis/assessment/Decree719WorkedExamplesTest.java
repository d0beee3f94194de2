package org.localis.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.localis.certificate.CertificateSource;
import org.localis.input.InvalidInputException;
import org.localis.product.Product;
import org.localis.product.ProductManifestReader;
import org.localis.scheme.Scheme;
import org.localis.scheme.SchemeCatalog;
import org.localis.testing.Fixtures;

/**
 * The Decree 719 worked examples D719-1 to D719-8 of docs/worked-examples.md, number for number.
 * Every figure was computed by hand from the decree's text (the clause of each is in that document);
 * the products are in src/test/resources/decree719.
 */
class Decree719WorkedExamplesTest {

    private static final SchemeCatalog CATALOG = SchemeCatalog.builtIn();

    /** The registry's answer for the two component certificates the ambulance's BOM cites. */
    static final ComponentPointsSource REGISTRY = ComponentPointsSource.of(List.of(
            new CertifiedPoints("KT-2026-0001", "ru-719-tyres", "Kama Tyres", "valid", true, new BigDecimal("325"),
                    Map.of("tyre-rubber-mixing", new BigDecimal("70"))),
            new CertifiedPoints("GB-2026-0007", "ru-719-n1", "Volga Gearbox", "valid", true, new BigDecimal("150"),
                    Map.of("mgb-housing", new BigDecimal("120"), "mgb-assembly", new BigDecimal("30")))));

    private static Product product(String example) {
        Path dir = Fixtures.repoRoot().resolve("localis-engine/src/test/resources/decree719").resolve(example);
        return ProductManifestReader.read(dir.resolve("product.yaml"));
    }

    private static Assessment assess(String example, String scheme, int year, LocalDate date, ComponentPointsSource points) {
        Scheme s = CATALOG.find(scheme).orElseThrow();
        return ReasonProperties.agreeing(Assessor.assess(new AssessmentRequest(product(example), s, year, date, CertificateSource.NONE, points)));
    }

    private static Assessment.CriterionResult c(Assessment a, String code) {
        return a.criteria().stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow();
    }

    private static Assessment.PurposeResult purpose(Assessment a, String id) {
        return a.purposes().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private static Assessment.CoefficientResult coefficient(Assessment a, String id) {
        return a.coefficients().stream().filter(k -> k.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void d719_1_n1AmbulanceWithCarriedInGearboxAndCertifiedTyres() {
        Assessment a = assess("n1-ambulance", "ru-719-n1", 2026, LocalDate.of(2026, 6, 1), REGISTRY);
        assertThat(a.vehicle().category()).isEqualTo("N1");
        assertThat(c(a, "body-welding").earned()).isEqualByComparingTo("400");
        assertThat(c(a, "body-painting").earned()).isEqualByComparingTo("500");
        // one-of: stamping >= 30 % (100) and >= 50 % (200) both declared, only the best counts
        assertThat(c(a, "body-stamping-50").earned()).isEqualByComparingTo("200");
        assertThat(c(a, "body-stamping-30").earned()).isEqualByComparingTo("0");
        assertThat(c(a, "body-stamping-30").explanation()).contains("only the best level of 'body-stamping' counts");
        assertThat(c(a, "body-metal-70").earned()).isEqualByComparingTo("200");
        // ICE operations x 1.5 (UN R83-07)
        assertThat(c(a, "ice-assembly").earned()).isEqualByComparingTo("37.5");
        assertThat(c(a, "ice-cylinder-block").earned()).isEqualByComparingTo("142.5");
        assertThat(c(a, "ice-crankshaft").earned()).isEqualByComparingTo("142.5");
        // count ratio 6 of 10 bearing shells: 5 x 0.6 = 3, then x 1.5
        assertThat(c(a, "ice-bearing-shells-machining").earned()).isEqualByComparingTo("4.5");
        // 7 of 12 gears: 140 x 7/12 = 81.67, rounded to 82
        assertThat(c(a, "mgb-gears-machining").earned()).isEqualByComparingTo("82");
        assertThat(c(a, "mgb-gear-blanks").earned()).isEqualByComparingTo("0");
        // 3 of 4 shock absorbers: 10 x 3/4 = 7.5, rounded down to 7
        assertThat(c(a, "shock-rods").earned()).isEqualByComparingTo("7");
        assertThat(c(a, "axle-assembly").earned()).isEqualByComparingTo("10");
        // carried in from the gearbox certificate (note 5); own 30 for assembly equals the carried 30
        assertThat(c(a, "mgb-housing").earned()).isEqualByComparingTo("120");
        assertThat(c(a, "mgb-housing").carriedFrom()).isEqualTo("GB-2026-0007");
        assertThat(c(a, "mgb-assembly").earned()).isEqualByComparingTo("30");
        assertThat(c(a, "mgb-assembly").carriedFrom()).isEmpty();
        // tyres: a valid, passing ru-719-tyres certificate cited in the BOM
        assertThat(c(a, "tyres").earned()).isEqualByComparingTo("10");
        assertThat(c(a, "tyres").explanation()).contains("KT-2026-0001");
        // R&D 1.8 % of revenue: one whole percent, 400
        assertThat(c(a, "rnd").earned()).isEqualByComparingTo("400");
        // ECU: pre-August-2024 rule no longer applies; ladder 212 points in 2026 reaches the 210 step: 222
        assertThat(c(a, "ecu-engine-smt").earned()).isEqualByComparingTo("0");
        assertThat(c(a, "ecu-engine-section-ix").earned()).isEqualByComparingTo("222");

        assertThat(a.score()).isEqualByComparingTo("2508");
        assertThat(a.threshold()).isEqualByComparingTo("3200");
        assertThat(a.thresholdYear()).isEqualTo(2023);
        assertThat(a.passed()).isFalse();
        assertThat(purpose(a, "public-procurement").met()).isFalse();
        assertThat(purpose(a, "subsidy-191").threshold()).isEqualByComparingTo("1400");
        assertThat(purpose(a, "subsidy-191").thresholdYear()).isEqualTo(2025);
        assertThat(purpose(a, "subsidy-191").met()).isTrue();
        assertThat(coefficient(a, "ice-un-r83-07").applied()).isTrue();
        assertThat(coefficient(a, "ice-un-r83-07").addedPoints()).isEqualByComparingTo("109");
        assertThat(coefficient(a, "ice-un-r154-00-1a-r49-06").applied()).isFalse();
        assertThat(coefficient(a, "rnd-procurement-2024").applied()).isFalse();
    }

    @Test
    void d719_1_withoutTheRegistryTheCarriedAndCertifiedPointsAreGone() {
        Assessment a = assess("n1-ambulance", "ru-719-n1", 2026, LocalDate.of(2026, 6, 1), ComponentPointsSource.NONE);
        assertThat(a.score()).isEqualByComparingTo("2378"); // 2508 - 120 (gearbox housing) - 10 (tyres)
    }

    /** The N1 ambulance with its tyre certificate expired (also for WarningsTest). */
    static Assessment assessN1WithExpiredTyres() {
        ComponentPointsSource expired = ComponentPointsSource.of(List.of(new CertifiedPoints("KT-2026-0001", "ru-719-tyres",
                "Kama Tyres", "expired", true, new BigDecimal("325"), Map.of())));
        return assess("n1-ambulance", "ru-719-n1", 2026, LocalDate.of(2026, 6, 1), expired);
    }

    @Test
    void d719_1_anExpiredTyreCertificateDoesNotCount() {
        Assessment a = assessN1WithExpiredTyres();
        assertThat(c(a, "tyres").earned()).isEqualByComparingTo("0");
        assertThat(a.warnings()).anyMatch(w -> w.contains("KT-2026-0001") && w.contains("expired"));
    }

    @Test
    void d719_2_electricM1UsesElectricValuesAndThreshold() {
        Assessment a = assess("m1-electric", "ru-719-m1", 2026, LocalDate.of(2026, 6, 1), ComponentPointsSource.NONE);
        assertThat(c(a, "mgb-assembly").earned()).isEqualByComparingTo("15");
        assertThat(c(a, "mgb-housing").earned()).isEqualByComparingTo("35");
        assertThat(c(a, "mgb-shafts-machining").earned()).isEqualByComparingTo("15"); // 20 x 3/4
        assertThat(c(a, "mgb-shaft-blanks").earned()).isEqualByComparingTo("0");
        assertThat(c(a, "body-stamping-70").earned()).isEqualByComparingTo("300");
        assertThat(c(a, "starter-machining").earned()).isEqualByComparingTo("0");
        assertThat(c(a, "starter-machining").explanation()).contains("does not apply to M1 with powertrain electric");
        assertThat(c(a, "rnd").earned()).isEqualByComparingTo("800"); // 2.5 % -> 2 whole percents
        assertThat(a.score()).isEqualByComparingTo("2925");
        assertThat(a.threshold()).isEqualByComparingTo("1500");
        assertThat(a.thresholdYear()).isEqualTo(2026);
        assertThat(a.passed()).isTrue();
        assertThat(a.tier().id()).isEqualTo("deep");
        assertThat(purpose(a, "subsidy-191").met()).isTrue();

        Assessment y2025 = assess("m1-electric", "ru-719-m1", 2025, LocalDate.of(2025, 6, 1), ComponentPointsSource.NONE);
        assertThat(y2025.threshold()).isEqualByComparingTo("1100");
    }

    @Test
    void d719_3_dieselTruckIn2024WithBothCoefficients() {
        Assessment a = assess("n2n3-truck", "ru-719-n2n3", 2024, LocalDate.of(2024, 6, 1), ComponentPointsSource.NONE);
        assertThat(c(a, "frame-metal-90").earned()).isEqualByComparingTo("60");
        assertThat(c(a, "frame-metal-60").earned()).isEqualByComparingTo("0");
        assertThat(c(a, "axle-shafts-gears").earned()).isEqualByComparingTo("180");
        assertThat(c(a, "axle-housings").earned()).isEqualByComparingTo("55");
        assertThat(c(a, "ice-cylinder-head").earned()).isEqualByComparingTo("190"); // 95 x 2 (UN R49-06)
        assertThat(c(a, "ice-assembly").earned()).isEqualByComparingTo("50");
        assertThat(c(a, "hub-bearings-rights").earned()).isEqualByComparingTo("16"); // 20 x 5/6 = 16.67, down
        assertThat(c(a, "ecu-engine-smt").earned()).isEqualByComparingTo("75"); // until 31.07.2024
        assertThat(c(a, "ecu-engine-section-ix").earned()).isEqualByComparingTo("0"); // from 01.08.2024
        assertThat(c(a, "rnd").earned()).isEqualByComparingTo("400");
        assertThat(coefficient(a, "ice-un-r154-00-1a-r49-06").addedPoints()).isEqualByComparingTo("120");
        assertThat(coefficient(a, "ice-un-r83-07").applied()).isFalse();
        assertThat(coefficient(a, "rnd-procurement-2024").addedPoints()).isEqualByComparingTo("120");
        assertThat(a.score()).isEqualByComparingTo("2391"); // 2271 + 120 (R&D x 1.3, procurement 2024)
        assertThat(a.threshold()).isEqualByComparingTo("3200");
        assertThat(purpose(a, "public-procurement").score()).isEqualByComparingTo("2391");
        assertThat(purpose(a, "subsidy-191").score()).isEqualByComparingTo("2271");
        assertThat(purpose(a, "subsidy-191").threshold()).isEqualByComparingTo("1200");
        assertThat(purpose(a, "subsidy-191").met()).isTrue();
        assertThat(a.passed()).isFalse();
    }

    @Test
    void d719_4_busValuesAndNearestRounding() {
        Assessment a = assess("m2m3-bus", "ru-719-m2m3", 2027, LocalDate.of(2027, 3, 1), ComponentPointsSource.NONE);
        assertThat(c(a, "body-stamping-70").earned()).isEqualByComparingTo("100");
        assertThat(c(a, "body-stamping-50").earned()).isEqualByComparingTo("0");
        assertThat(c(a, "axle-assembly").earned()).isEqualByComparingTo("15");
        assertThat(c(a, "engine-sensors").earned()).isEqualByComparingTo("13"); // 45 x 2/7 = 12.86
        assertThat(c(a, "glass-windscreen-heated").earned()).isEqualByComparingTo("10");
        assertThat(c(a, "glass-windscreen").earned()).isEqualByComparingTo("5"); // separate rows, no "one of"
        assertThat(c(a, "rnd").earned()).isEqualByComparingTo("1200");
        assertThat(a.score()).isEqualByComparingTo("2283");
        assertThat(a.threshold()).isEqualByComparingTo("3200");
        assertThat(a.thresholdYear()).isEqualTo(2027);
        assertThat(purpose(a, "subsidy-191").met()).isTrue();
        assertThat(a.passed()).isFalse();
    }

    @Test
    void d719_5_domesticTyre() {
        Assessment a = assess("tyre", "ru-719-tyres", 2026, LocalDate.of(2026, 6, 1), ComponentPointsSource.NONE);
        assertThat(a.score()).isEqualByComparingTo("325");
        assertThat(a.threshold()).isEqualByComparingTo("200");
        assertThat(a.passed()).isTrue();
        assertThat(a.tier().id()).isEqualTo("enhanced");
        assertThat(a.nextTier().gap()).isEqualByComparingTo("55");
    }

    @Test
    void d719_6_hybridWithAutomaticGearboxDisplaysLadderAndOneOfRows() {
        Assessment a = assess("m1-hybrid-automatic", "ru-719-m1", 2026, LocalDate.of(2026, 6, 1), ComponentPointsSource.NONE);
        assertThat(c(a, "agb-assembly").earned()).isEqualByComparingTo("30");
        assertThat(c(a, "agb-housing").earned()).isEqualByComparingTo("120"); // ICE and hybrid 120, electric 70
        assertThat(c(a, "agb-torque-converter").earned()).isEqualByComparingTo("100");
        assertThat(c(a, "agb-gears-machining").earned()).isEqualByComparingTo("116"); // 180 x 9/14 = 115.71
        assertThat(c(a, "agb-shafts-machining").earned()).isEqualByComparingTo("34"); // 45 x 3/4 = 33.75
        assertThat(c(a, "agb-shaft-blanks").earned()).isEqualByComparingTo("0"); // not declared
        assertThat(c(a, "ecu-transmission-smt").earned()).isEqualByComparingTo("0"); // until 31.07.2024
        assertThat(c(a, "ecu-transmission-section-ix").earned()).isEqualByComparingTo("200"); // 250 >= 245
        // the displays row: ladder (212 reaches the 210 step, 30 points until 2027) x 2 of 3 displays = 20
        assertThat(c(a, "displays-section-ix").earned()).isEqualByComparingTo("20");
        assertThat(c(a, "displays-section-ix").explanation()).contains("reaches the step from 210").contains("2/3");
        assertThat(c(a, "hv-contactors").earned()).isEqualByComparingTo("20");
        assertThat(c(a, "subframe-front-metal-80").earned()).isEqualByComparingTo("10");
        assertThat(c(a, "subframe-front-metal-65").earned()).isEqualByComparingTo("0");
        assertThat(c(a, "light-headlamps-led").earned()).isEqualByComparingTo("25");
        assertThat(c(a, "light-headlamps").earned()).isEqualByComparingTo("0");
        assertThat(a.score()).isEqualByComparingTo("1890");
        assertThat(a.threshold()).isEqualByComparingTo("3200"); // a hybrid takes the general threshold
        assertThat(purpose(a, "public-procurement").met()).isFalse();
        assertThat(purpose(a, "subsidy-191").threshold()).isEqualByComparingTo("1400");
        assertThat(purpose(a, "subsidy-191").met()).isTrue();
        assertThat(a.coefficients()).noneMatch(Assessment.CoefficientResult::applied);
    }

    @Test
    void d719_6_theSameHybridAsElectricTakesTheElectricValues() {
        Assessment a = assess("m1-hybrid-automatic", "ru-719-m1", 2026, LocalDate.of(2026, 6, 1), ComponentPointsSource.NONE);
        assertThat(c(a, "agb-housing").earned()).isEqualByComparingTo("120");
        Scheme s = CATALOG.find("ru-719-m1").orElseThrow();
        org.localis.scheme.Criterion housing = ((org.localis.scheme.PointsScheme) s).criteria().stream()
                .filter(x -> x.code().equals("agb-housing")).findFirst().orElseThrow();
        assertThat(housing.values().resolve(org.localis.scheme.VehicleCategory.M1, org.localis.scheme.Powertrain.ELECTRIC))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("70"));
    }

    @Test
    void d719_7_fuelCellBus() {
        Assessment a = assess("m2m3-fuel-cell", "ru-719-m2m3", 2027, LocalDate.of(2027, 3, 1), ComponentPointsSource.NONE);
        assertThat(c(a, "body-stamping-70").earned()).isEqualByComparingTo("100"); // buses
        assertThat(c(a, "fc-stack-assembly").earned()).isEqualByComparingTo("60");
        assertThat(c(a, "fc-membranes").earned()).isEqualByComparingTo("200");
        assertThat(c(a, "fc-bipolar-plates").earned()).isEqualByComparingTo("150");
        assertThat(c(a, "fc-compressor-wheels").earned()).isEqualByComparingTo("30");
        assertThat(c(a, "fc-leak-sensors").earned()).isEqualByComparingTo("4"); // 10 x 3/8 = 3.75
        assertThat(c(a, "h2-cylinder-making").earned()).isEqualByComparingTo("35");
        assertThat(c(a, "h2-cylinder-materials").earned()).isEqualByComparingTo("50");
        assertThat(c(a, "hv-contactors").earned()).isEqualByComparingTo("20");
        assertThat(c(a, "dcdc-pcb").earned()).isEqualByComparingTo("7"); // 20 x 1/3 = 6.67
        assertThat(c(a, "inverter-chips").earned()).isEqualByComparingTo("6"); // 50 x 5/40 = 6.25
        assertThat(c(a, "mgb-assembly").earned()).isEqualByComparingTo("15"); // electric
        assertThat(c(a, "brakes-front-air-disc-caliper").earned()).isEqualByComparingTo("20");
        assertThat(c(a, "brakes-rear-air-disc-caliper").earned()).isEqualByComparingTo("20");
        assertThat(c(a, "starter-machining").earned()).isEqualByComparingTo("0");
        assertThat(c(a, "starter-machining").explanation()).contains("does not apply to M2M3 with powertrain electric");
        assertThat(a.score()).isEqualByComparingTo("1617");
        assertThat(a.threshold()).isEqualByComparingTo("2300"); // electric buses from 2027
        assertThat(a.thresholdYear()).isEqualTo(2027);
        assertThat(purpose(a, "public-procurement").met()).isFalse();
        assertThat(purpose(a, "subsidy-191").met()).isTrue();
    }

    /** D719-8: the demo registry's ambulance, examples/ambulance-n1, with its tyre certified under ru-719-tyres. */
    @Test
    void d719_8_theDemoAmbulanceMeetsProcurementIn2026AndNotIn2027() {
        Product ambulance = ProductManifestReader.read(Fixtures.repoRoot().resolve("examples/ambulance-n1/product.yaml"));
        ComponentPointsSource tyre = ComponentPointsSource.of(List.of(new CertifiedPoints("KT-DEMO-TYRE", "ru-719-tyres",
                "Kama Tyres", "valid", true, new BigDecimal("325"), Map.of())));
        Scheme n1 = CATALOG.find("ru-719-n1").orElseThrow();
        Assessment a = Assessor.assess(new AssessmentRequest(ambulance, n1, 2026, LocalDate.of(2026, 12, 4), CertificateSource.NONE, tyre));
        assertThat(c(a, "ice-camshafts").earned()).isEqualByComparingTo("142.5"); // 95 x 1.5
        assertThat(c(a, "axle-housings").earned()).isEqualByComparingTo("40"); // not a truck or framed bus
        assertThat(c(a, "steering-rack").earned()).isEqualByComparingTo("60");
        assertThat(c(a, "rnd").earned()).isEqualByComparingTo("800"); // 2.6 % -> 2 whole percents x 400
        assertThat(c(a, "tyres").earned()).isEqualByComparingTo("10");
        assertThat(coefficient(a, "ice-un-r83-07").addedPoints()).isEqualByComparingTo("204"); // 408 x 0.5
        assertThat(a.score()).isEqualByComparingTo("3373");
        assertThat(purpose(a, "public-procurement").met()).isTrue();
        assertThat(purpose(a, "subsidy-191").met()).isTrue();
        Assessment y2027 = Assessor.assess(new AssessmentRequest(ambulance, n1, 2027, LocalDate.of(2027, 1, 15), CertificateSource.NONE, tyre));
        assertThat(y2027.threshold()).isEqualByComparingTo("3500");
        assertThat(purpose(y2027, "public-procurement").met()).isFalse();
        assertThat(purpose(y2027, "subsidy-191").met()).isTrue();
        Assessment noTyre = Assessor.assess(new AssessmentRequest(ambulance, n1, 2026, LocalDate.of(2026, 12, 4),
                CertificateSource.NONE, ComponentPointsSource.NONE));
        assertThat(noTyre.score()).isEqualByComparingTo("3363");
    }

    @Test
    void countsTheSchemeDoesNotKnowAreLinePreciseErrors() {
        Product p = product("n1-ambulance");
        Scheme bus = CATALOG.find("ru-719-m2m3").orElseThrow();
        assertThatThrownBy(() -> Assessor.assess(new AssessmentRequest(p, bus, 2026, LocalDate.of(2026, 6, 1), null, null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("product.yaml:9: vehicle-category: the product is N1 but scheme ru-719-m2m3 scores M2M3");
    }
}
