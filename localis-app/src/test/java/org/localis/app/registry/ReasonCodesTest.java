package org.localis.app.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.localis.app.identity.LocalisUserDetailsService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A submission stored before the engine gave its reasons as codes gets them added when scoring it again says the
 * same; one whose stored sentences differ from what the engine says now keeps them as stored, without codes.
 */
@SpringBootTest
class ReasonCodesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    SubmissionRepository submissionRows;
    @Autowired
    RegistryService registry;
    @Autowired
    LocalisUserDetailsService users;

    /** The stored result as it was before the codes: without any of the reasons' codes. */
    private static ObjectNode withoutCodes(JsonNode stored) {
        ObjectNode old = stored.deepCopy();
        old.remove(List.of("classificationWhy", "failedBecauseWhy"));
        if (old.path("nextTier").isObject()) {
            ((ObjectNode) old.get("nextTier")).remove("adviceWhy");
        }
        old.path("criteria").forEach(c -> ((ObjectNode) c).remove("why"));
        return old;
    }

    @Test
    void theDemoSubmissionsStoredWithoutCodesGetThemBackUnlessTheirSentencesDiffer() throws Exception {
        var admin = users.loadUserByUsername("admin").actor();
        List<Submission> demo = submissionRows.submissions(admin, null, false).stream()
                .filter(s -> s.productName().equals(org.localis.app.demo.DemoRegistryData.BALTIC_COMPACT)
                        || s.productName().equals(org.localis.app.demo.DemoRegistryData.URAL_CROSSOVER)).toList();
        assertThat(demo).hasSize(2);
        long kept = demo.get(0).id();
        long completed = demo.get(1).id();
        String keptJson = submissionRows.submissionJson(kept);
        String completedJson = submissionRows.submissionJson(completed);
        try {
            JsonNode original = JSON.readTree(completedJson);
            assertThat(original.has("classificationWhy")).isTrue();
            assertThat(original.path("failedBecause")).isNotEmpty();
            submissionRows.updateJson(completed, JSON.writeValueAsString(withoutCodes(original)));
            ObjectNode changed = withoutCodes(JSON.readTree(keptJson));
            changed.put("classificationReason", "as an older engine worded it");
            submissionRows.updateJson(kept, JSON.writeValueAsString(changed));
            assertThat(submissionRows.withoutReasonCodes()).contains(kept, completed);

            assertThat(registry.addReasonCodes(admin)).isEqualTo(1);

            JsonNode now = JSON.readTree(submissionRows.submissionJson(completed));
            assertThat(now.get("classificationWhy")).isEqualTo(original.get("classificationWhy"));
            assertThat(now.get("failedBecauseWhy")).isEqualTo(original.get("failedBecauseWhy"));
            assertThat(now.path("nextTier").get("adviceWhy")).isEqualTo(original.path("nextTier").get("adviceWhy"));
            for (int i = 0; i < original.path("criteria").size(); i++) {
                assertThat(now.path("criteria").get(i).get("why")).isEqualTo(original.path("criteria").get(i).get("why"));
            }
            assertThat(withoutCodes(now)).as("nothing else changed").isEqualTo(withoutCodes(original));
            assertThat(JSON.readTree(submissionRows.submissionJson(kept))).as("kept as stored").isEqualTo(changed);
            assertThat(submissionRows.withoutReasonCodes()).contains(kept).doesNotContain(completed);
        } finally {
            submissionRows.updateJson(kept, keptJson);
            submissionRows.updateJson(completed, completedJson);
        }
    }
}
