package org.localis.app.drive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.localis.app.identity.LocalisUserDetailsService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/** A drive's title, description and updates in Russian and English, shown by the visitor's language. */
@SpringBootTest
@AutoConfigureMockMvc
class DriveTextsTest {

    @Autowired MockMvc mvc;
    @Autowired LocalisUserDetailsService users;
    @Autowired DriveService service;
    @Autowired DriveRepository drives;
    @Autowired DriveTexts texts;

    String page(String slug, String lang) throws Exception {
        return mvc.perform(get("/drives/" + slug).param("lang", lang)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void eachVisitorReadsTheirLanguageAndFallsBackToTheDrivesOwnText() throws Exception {
        Drive d = DriveTestSupport.openDrive(service, DriveTestSupport.organizer(users), drives);
        var organizer = user(users.loadUserByUsername("organizer"));
        // before: both languages read the drive's own text, and the page is cached per language
        assertThat(page(d.slug(), "en")).contains(d.title());
        assertThat(page(d.slug(), "ru")).contains(d.title());

        mvc.perform(post("/manage/drives/" + d.id() + "/texts").with(organizer).with(csrf())
                .param("titleRu", "Шины для скорой").param("storyRu", "Зимние шины для машин скорой помощи")
                .param("titleEn", "").param("storyEn", ""));
        String ru = page(d.slug(), "ru");
        assertThat(ru).contains("Шины для скорой").contains("Зимние шины для машин скорой помощи");
        // English was left blank: the drive's own text
        assertThat(page(d.slug(), "en")).contains(d.title()).doesNotContain("Шины для скорой");

        // a title without a description is refused, naming the field, and nothing changes
        mvc.perform(post("/manage/drives/" + d.id() + "/texts").with(organizer).with(csrf())
                .param("titleRu", "Шины для скорой").param("storyRu", "Зимние шины для машин скорой помощи")
                .param("titleEn", "Tires for ambulances").param("storyEn", ""));
        assertThat(texts.given(d.id())).containsOnlyKeys("ru");

        mvc.perform(post("/manage/drives/" + d.id() + "/updates").with(organizer).with(csrf()).param("body", "Сбор открыт"));
        DriveUpdate u = drives.updates(d.id()).get(0);
        mvc.perform(post("/manage/drives/" + d.id() + "/updates/" + u.id() + "/text").with(organizer).with(csrf())
                .param("lang", "en").param("body", "The drive is open"));
        assertThat(page(d.slug(), "en")).contains("The drive is open");
        assertThat(page(d.slug(), "ru")).contains("Сбор открыт").doesNotContain("The drive is open");

        // another organization's organizer cannot touch this drive's texts
        assertThat(mvc.perform(post("/manage/drives/" + d.id() + "/texts").with(user(users.loadUserByUsername("fleet")))
                .with(csrf()).param("titleEn", "x").param("storyEn", "y")).andReturn().getResponse().getStatus()).isEqualTo(403);
    }
}
