package org.localis.app.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.localis.app.identity.LocalisUserDetailsService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A support program over the demo registry: the certified full-cycle sedan gets the budget. */
@SpringBootTest
@AutoConfigureMockMvc
class SupportProgramTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    LocalisUserDetailsService users;

    RequestPostProcessor as(String name) {
        return user(users.loadUserByUsername(name));
    }

    @Test
    void allocateAndExport() throws Exception {
        String year = String.valueOf(LocalDate.now().getYear());
        String to = mvc.perform(post("/support").param("title", "Localization bonus " + year).param("scheme", "ru-719-passenger-car")
                        .param("period", year).param("budget", "1000000").param("currency", "RUB").param("minimumTier", "base")
                        .param("formula", "score-above-threshold-x-volume").with(as("assessor")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String page = mvc.perform(get(to).with(as("assessor"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Волга Седан (полный цикл)").contains("id=\"chart-support-tiers\"");
        String csv = mvc.perform(get(to + "/allocation.csv").with(as("assessor"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("product_id,product_name,company");
        assertThat(csv).contains("Волга Седан (полный цикл)").contains("1000000");
        byte[] xlsx = mvc.perform(get(to + "/allocation.xlsx").with(as("assessor"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getNumberOfSheets()).isGreaterThanOrEqualTo(1);
            assertThat(wb.getSheetAt(0).getPhysicalNumberOfRows()).isGreaterThan(1);
        }
        mvc.perform(get(to).with(as("volga"))).andExpect(status().isForbidden());
    }

    /** Issue #16: on a Russian page the allocation's reasons, notes, formula and tiers are Russian, not the engine's English. */
    @Test
    void theRussianPageHasNoneOfTheEnginesEnglish() throws Exception {
        String year = String.valueOf(LocalDate.now().getYear());
        String to = mvc.perform(post("/support").param("title", "Бонус " + year).param("scheme", "ru-719-passenger-car")
                        .param("period", year).param("budget", "1000000.5").param("currency", "RUB").param("minimumTier", "base")
                        .param("perCompanyCap", "300000").param("formula", "score-above-threshold-x-volume")
                        .with(as("assessor")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String en = mvc.perform(get(to).param("lang", "en").with(as("assessor"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String ru = mvc.perform(get(to).param("lang", "ru").with(as("assessor"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        java.util.List<String> english = java.util.List.of("eligible: tier", "not eligible", "annual volume", "share by weight",
                "exactly", "rounded down", "a whole amount", "stays unallocated", "held at the cap", "threshold, at least 0",
                "Confirmed production");
        // the English page says them (so their absence below means something) ...
        assertThat(en).contains("eligible: tier", "annual volume", "exactly", "stays unallocated", "held at the cap");
        // ... the Russian page says none of them, and says them in Russian with tier names
        for (String phrase : english) {
            assertThat(ru).as(phrase).doesNotContainIgnoringCase(phrase);
        }
        assertThat(ru).contains("участвует: уровень «", "(минимальный «Подтверждённое производство»)", "годовой объём", "точно",
                "дробная часть бюджета 0,5 RUB", "ограничен");
        // the chart's labels are tier names, not ids
        String labels = ru.replaceAll("(?s).*id=\"chart-support-tiers\"[^>]*data-labels=\"([^\"]*)\".*", "$1");
        assertThat(labels).contains("Подтверждённое производство").doesNotContain("base");
    }

    /** Issue #16: the form and the list name schemes by title and tiers by name; the form still sends their ids. */
    @Test
    void schemesAndTiersAreNamedNotGivenAsIds() throws Exception {
        String year = String.valueOf(LocalDate.now().getYear());
        mvc.perform(post("/support").param("title", "Программа " + year).param("scheme", "ru-719-passenger-car")
                        .param("period", year).param("budget", "1000").param("currency", "RUB").param("minimumTier", "base")
                        .param("formula", "score-above-threshold-x-volume").with(as("assessor")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String ru = mvc.perform(get("/support").param("lang", "ru").with(as("assessor"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(ru).contains("<option value=\"ru-719-passenger-car\">ПП 719, раздел II - автомобили легковые (M1, M1G) (баллы)</option>")
                .contains("<option value=\"base\" selected=\"selected\">Подтверждённое производство</option>")
                .contains("<td>ПП 719, раздел II - автомобили легковые (M1, M1G) (баллы), " + year + "</td>")
                .doesNotContain(">ru-719-passenger-car", "(base", "<td>base</td>");
        String en = mvc.perform(get("/support").param("lang", "en").with(as("assessor"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(en).contains("<td>Confirmed production</td>").doesNotContain("<td>base</td>");
    }

    @Test
    void aBadProgramNamesEveryField() throws Exception {
        String body = mvc.perform(post("/support").param("scheme", "ru-719-passenger-car").param("period", "1990")
                        .param("budget", "-5").param("minimumTier", "gold").param("formula", "magic")
                        .with(as("assessor")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("title: a title").contains("period: a year").contains("minimumTier: one of")
                .contains("budget: a positive amount").contains("formula: one of");
    }
}
