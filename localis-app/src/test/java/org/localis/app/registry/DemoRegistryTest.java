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
                        || s.productName().endsWith("(CKD)") || s.productName().endsWith("(full cycle)"))
                .collect(Collectors.toMap(Submission::productName, s -> s, (a, b) -> a));
        Submission skd = byProduct.get("Baltic Compact (SKD kit)");
        Submission ckd = byProduct.get("Ural Crossover (CKD)");
        Submission full = byProduct.get("Volga Sedan (full cycle)");
        Submission tyre = byProduct.get("Kama Ambulance Tyre 185/75 R16C");
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
}
