package org.localis.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/** The demo (no SMTP server) tells its visitors where the e-mails go: the Outbox page, in both languages. */
@SpringBootTest
@AutoConfigureMockMvc
class DemoOutboxNoteTest {

    @Autowired MockMvc mvc;

    @Test
    void theHomeAndSignInPagesOfTheDemoLinkToTheOutbox() throws Exception {
        for (String path : new String[] {"/", "/login"}) {
            String en = mvc.perform(get(path).param("lang", "en")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(en).contains("id=\"demo-outbox-note\"").contains("href=\"/admin/outbox\"")
                    .contains("e-mails (invitations, password resets, donor confirmations) land in the Outbox");
            String ru = mvc.perform(get(path).param("lang", "ru")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(ru).contains("id=\"demo-outbox-note\"").contains("попадают в «Исходящие»");
        }
    }
}
