package org.localis.app.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.localis.app.audit.AuditEvent;
import org.localis.app.audit.AuditLog;
import org.localis.app.audit.AuditTexts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class AuditTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LocalisUserDetailsService users;

    @Autowired
    AuditTexts texts;

    private String shown(AuditEvent e, Locale locale) {
        StringBuilder out = new StringBuilder();
        texts.summary(e, locale).forEach(p -> out.append(p.text()));
        return out.toString();
    }

    @Test
    void aScoringIsAuditedWithActorAddressAndSummary() throws Exception {
        byte[] bom = "part,parent,quantity,unit_cost,origin\nAUDITED-PART,,1,10,RU\n".getBytes();
        mvc.perform(multipart("/api/assessments/score").file(new MockMultipartFile("bom", "audited.csv", "text/csv", bom))
                        .param("scheme", "ru-719-passenger-car").with(httpBasic("ural", "demo-ural-pass"))
                        .with(r -> {
                            r.setRemoteAddr("192.0.2.7");
                            return r;
                        }))
                .andExpect(status().isCreated());
        List<AuditEvent> events = audit.search(new AuditLog.Filter("ural", "assessment-run", "assessment-scored", null, null), 50);
        assertThat(events).anySatisfy(e -> {
            assertThat(e.summary()).contains("audited.csv").contains("ru-719-passenger-car");
            assertThat(e.address()).isEqualTo("192.0.2.7");
            assertThat(e.actorOrgId()).isNotNull();
            assertThat(e.after()).startsWith("score=");
            // the stored sentence is the English text of the key and arguments kept with it
            assertThat(e.summaryKey()).isIn("audit.summary.scoredPassed", "audit.summary.scoredNotPassed");
            assertThat(shown(e, Locale.ENGLISH)).isEqualTo(e.summary());
            assertThat(shown(e, Locale.forLanguageTag("ru"))).startsWith("оценён audited.csv по схеме ru-719-passenger-car");
        });
        String page = mvc.perform(get("/audit").param("lang", "ru").param("actor", "ural").param("entityType", "assessment-run")
                        .with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<span>оценён </span><span data-free-text=\"true\">audited.csv</span><span> по схеме </span>")
                .doesNotContain("scored audited.csv");
    }

    @Test
    void anEventRecordedBeforeSummariesHadKeysShowsItsSentence() throws Exception {
        jdbc.sql("""
                        INSERT INTO audit_event (at, actor, action, entity_type, entity_id, summary)
                        VALUES (:at, 'old-timer-16c', 'drive.created', 'drive', '1', 'drive legacy-16c created as a draft')""")
                .param("at", Timestamp.from(Instant.now())).update();
        String page = mvc.perform(get("/audit").param("lang", "ru").param("actor", "old-timer-16c")
                        .with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<span data-free-text=\"true\">drive legacy-16c created as a draft</span>");
    }

    @Test
    void theLogRefusesUpdatesAndDeletes() {
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET summary = 'rewritten'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event").update())
                .hasMessageContaining("append-only");
    }

    @Test
    void theAuditPageFiltersAndIsForAdministratorsAndAssessors() throws Exception {
        String page = mvc.perform(get("/audit").param("actor", "admin").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"audit\"");
        mvc.perform(get("/audit").with(user(users.loadUserByUsername("assessor")))).andExpect(status().isOk());
        mvc.perform(get("/audit").with(user(users.loadUserByUsername("volga")))).andExpect(status().isForbidden());
        String filtered = mvc.perform(get("/audit").param("entityType", "api-token").param("actor", "nobody-such")
                        .with(user(users.loadUserByUsername("admin"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(filtered).doesNotContain("assessment-scored");
    }
}
