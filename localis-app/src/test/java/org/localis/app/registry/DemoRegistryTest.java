package org.localis.app.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.localis.app.identity.LocalisUserDetailsService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The demo profile's registry shows the whole range, from a kit-assembled model to a full-cycle one. */
@SpringBootTest
class DemoRegistryTest {

    @Autowired
    ProductRepository productRows;
    @Autowired
    SubmissionRepository submissionRows;
    @Autowired
    CertificateRepository certificateRows;

    @Autowired
    LocalisUserDetailsService users;

    @Test
    void skdCkdFullCycleAndCertifiedTires() {
        var assessor = users.loadUserByUsername("assessor").actor();
        Map<String, Submission> byProduct = submissionRows.submissions(assessor, null, false).stream()
                .filter(s -> s.submittedBy().equals("baltic") || s.submittedBy().equals("kama")
                        || s.productName().endsWith("(мелкоузловая сборка)") || s.productName().endsWith("(полный цикл)"))
                .collect(Collectors.toMap(Submission::productName, s -> s, (a, b) -> a));
        Submission skd = byProduct.get("Балтик Компакт (крупноузловая сборка)");
        Submission ckd = byProduct.get("Урал Кроссовер (мелкоузловая сборка)");
        Submission full = byProduct.get("Волга Седан (полный цикл)");
        Submission tyre = byProduct.get("Шина Кама для скорой помощи 185/75 R16C");
        assertThat(skd.classification()).isEqualTo("skd");
        assertThat(ckd.classification()).isEqualTo("ckd");
        assertThat(full.classification()).isEqualTo("full-cycle");
        assertThat(skd.score()).isLessThan(ckd.score());
        assertThat(ckd.score()).isLessThan(full.score());
        assertThat(skd.passed()).isFalse();
        assertThat(full.passed()).isTrue();
        assertThat(skd.status()).isEqualTo(SubmissionStatus.REJECTED);
        assertThat(ckd.status()).isEqualTo(SubmissionStatus.CHANGES_REQUESTED);
        assertThat(full.status()).isEqualTo(SubmissionStatus.APPROVED);
        assertThat(tyre.status()).isEqualTo(SubmissionStatus.APPROVED);
        // realistic sizes: hundreds of lines
        for (Submission s : new Submission[] {skd, ckd, full}) {
            assertThat(productRows.versions(s.productId()).get(0).bomLines()).isGreaterThan(200);
        }
        // the full-cycle BOM cites the tyre certificate, which resolved as valid (no warning about it)
        String tyreCert = certificateRows.certificatesOfProduct(tyre.productId()).get(0).number();
        String fullJson = submissionRows.submissionJson(full.id());
        assertThat(fullJson).contains(tyreCert).doesNotContain(tyreCert + " was not found");
    }
    /** Issue 22: the GAZelle-class ambulance under ru-719-n1, its tyre certified under ru-719-tyres and cited in its BOM. */
    @Test
    void theAmbulanceIsScoredUnderTheN1SchemeWithItsCertifiedTyre() throws Exception {
        var assessor = users.loadUserByUsername("assessor").actor();
        Submission ambulance = submissionRows.submissions(assessor, null, false).stream()
                .filter(s -> s.productName().startsWith("Скорая «Горький B»")).findFirst().orElseThrow();
        Submission tyre = submissionRows.submissions(assessor, null, false).stream()
                .filter(s -> s.productName().startsWith("Шина Кама для лёгких грузовиков")).findFirst().orElseThrow();
        assertThat(tyre.schemeId()).isEqualTo("ru-719-tyres");
        assertThat(tyre.status()).isEqualTo(SubmissionStatus.APPROVED);
        assertThat(tyre.score()).isEqualByComparingTo("325");
        assertThat(ambulance.schemeId()).isEqualTo("ru-719-n1");
        String tyreCert = certificateRows.certificatesOfProduct(tyre.productId()).get(0).number();
        com.fasterxml.jackson.databind.JsonNode a = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(submissionRows.submissionJson(ambulance.id()));
        assertThat(a.path("vehicle").path("category").asText()).isEqualTo("N1");
        assertThat(a.path("vehicle").path("emissionStandard").asText()).isEqualTo("UN-R83-07");
        com.fasterxml.jackson.databind.JsonNode tyres = null;
        for (com.fasterxml.jackson.databind.JsonNode c : a.path("criteria")) {
            if (c.path("code").asText().equals("tyres")) {
                tyres = c;
            }
        }
        assertThat(tyres.path("earned").decimalValue()).isEqualByComparingTo("10");
        assertThat(tyres.path("explanation").asText()).contains(tyreCert);
        // D719-8: 3373 points while the procurement threshold is 3200 (2023-2026); 3500 from 2027
        if (ambulance.period() <= 2026) {
            assertThat(ambulance.score()).isEqualByComparingTo("3373");
            assertThat(ambulance.status()).isEqualTo(SubmissionStatus.APPROVED);
        }
        assertThat(a.path("purposes").get(1).path("purpose").asText()).isEqualTo("subsidy-191");
        assertThat(a.path("purposes").get(1).path("met").asBoolean()).isTrue();
    }
}
