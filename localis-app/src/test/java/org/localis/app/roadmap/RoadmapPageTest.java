package org.localis.app.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.localis.app.identity.LocalisUserDetailsService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The roadmap page plans the demo CKD crossover's path to the base tier, and explains bad input. */
@SpringBootTest
@AutoConfigureMockMvc
class RoadmapPageTest {

    @Autowired MockMvc mvc;
    @Autowired LocalisUserDetailsService users;
    @Autowired JdbcClient jdbc;

    static final String ACTIONS = """
            id,kind,target,extra_unit_cost,capital_cost,yearly_cost,new_origin,requires,excludes,earliest_year,note
            stamping,operation,body-stamping,,450000000,20000000,,,,,press line
            engine,operation,engine-production,,1500000000,60000000,,,,,engine plant
            gearbox,operation,gearbox-production,,1100000000,40000000,,,,,gearbox plant
            ecu,operation,electronics-production,,90000000,5000000,,,,,engine control units
            rnd,operation,rnd-expenditure,,,150000000,,,,,R&D centre
            """;

    long ckdVersion() {
        return jdbc.sql("SELECT v.id FROM product_version v JOIN product p ON p.id = v.product_id WHERE p.name LIKE 'Урал Кроссовер%'")
                .query(Long.class).single();
    }

    @Test
    void theCrossoverGetsTheCheapestPlanToTheBaseTier() throws Exception {
        long v = ckdVersion();
        var ural = user(users.loadUserByUsername("ural"));
        String form = mvc.perform(get("/versions/" + v + "/roadmap").param("lang", "en").with(ural)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("roadmap-form");
        int year = LocalDate.now().getYear();
        String html = mvc.perform(multipart("/versions/" + v + "/roadmap").file(new MockMultipartFile("actions", "actions.csv",
                        "text/csv", ACTIONS.getBytes(StandardCharsets.UTF_8))).param("scheme", "ru-719-passenger-car@2025.1")
                .param("target", "base").param("years", year + "-" + (year + 1)).param("lang", "en").with(ural).with(csrf()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("roadmap-result").contains("id=\"roadmap-status\">Cheapest plan (proven)<").contains("roadmap-years-table")
                .contains("data-plan=");
        // 900 points today (welding, painting); the base threshold needs 3200: stamping + engine + gearbox is the only way
        assertThat(html).contains(">stamping<").contains(">engine<").contains(">gearbox<");
        // another manufacturer cannot plan for this version
        assertThat(mvc.perform(get("/versions/" + v + "/roadmap").with(user(users.loadUserByUsername("volga"))))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    /** Issue #16: on a Russian page each action's reason is Russian, not the roadmap engine's English sentence. */
    @Test
    void theRussianPageGivesTheReasonsInRussian() throws Exception {
        long v = ckdVersion();
        var ural = user(users.loadUserByUsername("ural"));
        int year = LocalDate.now().getYear();
        java.util.function.Function<String, String> page = lang -> {
            try {
                return mvc.perform(multipart("/versions/" + v + "/roadmap").file(new MockMultipartFile("actions", "actions.csv",
                                "text/csv", ACTIONS.getBytes(StandardCharsets.UTF_8))).param("scheme", "ru-719-passenger-car@2025.1")
                        .param("target", "base").param("years", year + "-" + (year + 1)).param("lang", lang).with(ural).with(csrf()))
                        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        String en = page.apply("en");
        String ru = page.apply("ru");
        String enReasons = en.replaceAll("(?s).*<ul id=\"roadmap-reasons\">(.*?)</ul>.*", "$1");
        String ruReasons = ru.replaceAll("(?s).*<ul id=\"roadmap-reasons\">(.*?)</ul>.*", "$1");
        assertThat(enReasons).contains("score by", "without it the target of");
        for (String phrase : java.util.List.of("improves the", "score by", "points", "without it the target", "is missed",
                "required by", "part of the cheapest", "adds nothing", "per 1,000,000", "mandatory criterion",
                "before it is first needed")) {
            assertThat(ruReasons).as(phrase).doesNotContain(phrase);
        }
        assertThat(ruReasons).contains("повышает балл " + year + " года на", "без него не достигается цель");
    }

    /**
     * Issue #16: what blocks a plan, each year's target and the tier reached are Russian on a Russian page, worded
     * from the plan's codes (the English sentences stay for the CLI and JSON).
     */
    @Test
    void theRussianPageGivesBlockersTargetsAndTiersInRussian() throws Exception {
        long v = ckdVersion();
        var ural = user(users.loadUserByUsername("ural"));
        int year = LocalDate.now().getYear();
        java.util.function.BiFunction<String, String, String> page = (lang, budget) -> {
            try {
                return mvc.perform(multipart("/versions/" + v + "/roadmap").file(new MockMultipartFile("actions", "actions.csv",
                                "text/csv", ACTIONS.getBytes(StandardCharsets.UTF_8))).param("scheme", "ru-719-passenger-car@2025.1")
                        .param("target", "base").param("years", year + "-" + (year + 1)).param("budget", budget)
                        .param("lang", lang).with(ural).with(csrf()))
                        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        // a yearly budget of 1000 cannot pay for stamping, engine and gearbox
        String en = page.apply("en", "1000");
        String ru = page.apply("ru", "1000");
        String enBlockers = en.replaceAll("(?s).*<div class=\"callout bad\" id=\"roadmap-blockers\">(.*?)</div>.*", "$1");
        String ruBlockers = ru.replaceAll("(?s).*<div class=\"callout bad\" id=\"roadmap-blockers\">(.*?)</div>.*", "$1");
        assertThat(enBlockers).contains(year + ": the budget of 1,000 RUB is too small for the targets");
        assertThat(ruBlockers).containsPattern(year + ": бюджета 1\\D?000 RUB не хватает для целей").doesNotContain("budget", "target");
        String ok = page.apply("ru", "");
        String table = ok.replaceAll("(?s).*<table class=\"table\" id=\"roadmap-years-table\">(.*?)</table>.*", "$1");
        assertThat(table).contains("уровень «Подтверждённое производство»").doesNotContain("tier base", ">base<");
        assertThat(ok).doesNotContain(" s</div>");
        assertThat(ok).as("costs as money in the reader's format")
                .containsPattern("id=\"roadmap-cost\"[^>]*>[0-9\\s\u00a0\u202f]+,\\d{2}[\\s\u00a0]₽<");
        assertThat(page.apply("en", "")).containsPattern("id=\"roadmap-cost\"[^>]*>₽?[0-9,]+\\.\\d{2}");
    }

    /**
     * Issue #16: the form offers the schemes by title and the target by tier name in the reader's language, and sends
     * their ids (an earlier version of a scheme as id@version); a target typed as a score stays offered as given.
     */
    @Test
    void theFormOffersSchemesAndTiersByNameAndSendsTheirIds() throws Exception {
        long v = ckdVersion();
        var ural = user(users.loadUserByUsername("ural"));
        String ru = mvc.perform(get("/versions/" + v + "/roadmap").param("lang", "ru").with(ural)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String schemes = ru.replaceAll("(?s).*<select name=\"scheme\" id=\"roadmap-scheme\">(.*?)</select>.*", "$1");
        assertThat(schemes).contains("<option value=\"ru-719-passenger-car\">ПП 719, раздел II - автомобили легковые (M1, M1G) (баллы)</option>")
                .contains("<option value=\"ru-719-passenger-car@2025.1\">Постановление 719 - легковые автомобили (баллы) (прежняя редакция 2025.1)</option>")
                .doesNotContain(">ru-719-passenger-car", "(base");
        String tiers = ru.replaceAll("(?s).*<select name=\"target\" id=\"roadmap-target\"[^>]*>(.*?)</select>.*", "$1");
        assertThat(tiers).contains("<option value=\"base\" selected=\"selected\">Подтверждённое производство</option>")
                .doesNotContain(">base<");
        String en = mvc.perform(get("/versions/" + v + "/roadmap").param("lang", "en").with(ural)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(en).contains("<option value=\"base\" selected=\"selected\">Confirmed production</option>")
                .contains(">Decree 719 - passenger cars (points) (earlier version 2025.1)</option>");
        int year = LocalDate.now().getYear();
        String scored = mvc.perform(multipart("/versions/" + v + "/roadmap").file(new MockMultipartFile("actions", "actions.csv",
                        "text/csv", ACTIONS.getBytes(StandardCharsets.UTF_8))).param("scheme", "ru-719-passenger-car@2025.1")
                .param("target", "3500").param("years", year + "-" + (year + 1)).param("lang", "ru").with(ural).with(csrf()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(scored).contains("<option value=\"ru-719-passenger-car@2025.1\" selected=\"selected\">")
                .contains("<option value=\"3500\" selected>как указано: 3500</option>");
    }

    @Test
    void badActionsAreListedWithTheirLines() throws Exception {
        long v = ckdVersion();
        String bad = "id,kind,target\nx,teleport,engine-production\n";
        String html = mvc.perform(multipart("/versions/" + v + "/roadmap").file(new MockMultipartFile("actions", "bad.csv",
                        "text/csv", bad.getBytes(StandardCharsets.UTF_8))).param("scheme", "ru-719-passenger-car@2025.1")
                .param("target", "base").with(user(users.loadUserByUsername("assessor"))).with(csrf()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"errors\"").contains("bad.csv:2: kind:");
    }
}
