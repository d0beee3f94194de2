package org.localis.app.drive;

import org.localis.app.shared.Actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.localis.app.identity.LocalisUser;
import org.localis.app.identity.LocalisUserDetailsService;
import org.localis.testing.StatementSamples;
import org.localis.testing.StatementSamples.Movement;
import org.localis.testing.StatementSamples.Statement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * XML attacks through the real statement import endpoint: an external entity pointing at a local file and
 * a "billion laughs" entity expansion are refused with an error naming the file, the file's secret never
 * appears in the answer, and nothing of the statement is imported.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HostileStatementTest {

    @Autowired MockMvc mvc;
    @Autowired LocalisUserDetailsService users;
    @Autowired DriveService driveService;
    @Autowired DriveRepository drives;
    @Autowired JdbcClient jdbc;

    @TempDir Path dir;

    @Test
    void externalEntitiesAndEntityExpansionAreRefusedAndNothingIsImported() throws Exception {
        Actor organizer = DriveTestSupport.organizer(users);
        Drive d = DriveTestSupport.openDrive(driveService, organizer, drives);
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-42");
        String valid = new String(StatementSamples.camt053Bytes(8, Statement.rub(DriveTestSupport.ACCOUNT,
                LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 2), List.of(Movement.credit(LocalDate.of(2026, 11, 2),
                        100_00, "XXE-1", "Anna", "RF18539007547034")))), StandardCharsets.UTF_8);
        int root = valid.indexOf("<Document");
        StringBuilder laughs = new StringBuilder("<!DOCTYPE Document [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]>");
        String[][] attacks = {
                {"xxe.xml", "<!DOCTYPE Document [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>", "&x;"},
                {"laughs.xml", laughs.toString(), "&lol9;"}};
        for (String[] a : attacks) {
            String xml = valid.substring(0, root) + a[1] + valid.substring(root).replace("Anna", a[2]);
            MockHttpServletResponse r = mvc.perform(multipart("/api/drives/" + d.slug() + "/statements")
                    .file(new MockMultipartFile("file", a[0], "application/xml", xml.getBytes(StandardCharsets.UTF_8)))
                    .with(user(DriveTestSupport.principal(organizer)))).andReturn().getResponse();
            String body = r.getContentAsString(StandardCharsets.UTF_8);
            assertThat(r.getStatus()).as(a[0]).isEqualTo(422);
            assertThat(body).as(a[0]).contains(a[0]).containsIgnoringCase("DOCTYPE").doesNotContain("TOP-SECRET-42")
                    .doesNotContain("lollol");
        }
        long entries = jdbc.sql("SELECT COUNT(*) FROM bank_entry WHERE drive_id = :d").param("d", d.id()).query(Long.class).single();
        assertThat(entries).isZero();
    }
}
