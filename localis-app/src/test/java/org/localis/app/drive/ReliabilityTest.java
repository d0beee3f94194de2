package org.localis.app.drive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.localis.app.bank.BankEntryRepository;
import org.localis.app.bank.InterruptedImports;
import org.localis.app.demo.DemoDriveData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Sessions live in the database (any instance serves any user); imports cut off by a crash are marked. */
@SpringBootTest
@AutoConfigureMockMvc
class ReliabilityTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired BankEntryRepository entries;
    @Autowired InterruptedImports sweeper;
    @Autowired DriveRepository drives;

    @Test
    void aSignedInSessionIsStoredInTheDatabase() throws Exception {
        int before = jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION").query(Integer.class).single();
        var r = mvc.perform(post("/login").param("username", "organizer").param("password", "demo-organizer-pass").with(csrf()))
                .andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(302);
        assertThat(r.getRedirectedUrl()).doesNotContain("error");
        int after = jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = 'organizer'").query(Integer.class).single();
        assertThat(after).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION").query(Integer.class).single()).isGreaterThan(before);
    }

    @Test
    void anImportSilentForLongIsMarkedInterruptedAndAFreshOneIsNot() {
        long driveId = drives.findBySlug(DemoDriveData.SLUG).orElseThrow().id();
        long stale = entries.insertImport(driveId, "stale.xml", "0".repeat(64), "?", "organizer");
        long fresh = entries.insertImport(driveId, "fresh.xml", "1".repeat(64), "?", "organizer");
        jdbc.sql("UPDATE statement_import SET status = 'RUNNING', heartbeat_at = :t WHERE id = :id")
                .param("t", Timestamp.from(Instant.now().minus(2, ChronoUnit.HOURS))).param("id", stale).update();
        // a scheduled run earlier in this test context holds the lock for at least 30 s: release it, as time would
        jdbc.sql("UPDATE shedlock SET lock_until = TIMESTAMP '2000-01-01 00:00:00' WHERE name = 'interrupted-imports'").update();
        sweeper.sweep();
        assertThat(entries.findImport(stale).orElseThrow().status()).isEqualTo("FAILED");
        assertThat(entries.findImport(stale).orElseThrow().errors()).contains("interrupted");
        assertThat(entries.findImport(fresh).orElseThrow().status()).isEqualTo("QUEUED");
    }
}
