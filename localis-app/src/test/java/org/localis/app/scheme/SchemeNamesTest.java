package org.localis.app.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.localis.scheme.SchemeCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/** Issue #16: schemes and tiers reach people by their names in the reader's language, not by their ids. */
@SpringBootTest
@AutoConfigureMockMvc
class SchemeNamesTest {

    static final Locale RU = Locale.forLanguageTag("ru");

    @Autowired SchemeNames names;
    @Autowired SchemeTexts texts;
    @Autowired SchemeCatalog schemes;
    @Autowired MockMvc mvc;

    @Test
    void aTierIsNamedAsItsSchemeNamesItElseByTheBuiltInNameElseByItsId() {
        var scheme = schemes.require("ru-component-domestic-value", "scheme");
        var deep = scheme.tiers().stream().filter(t -> t.id().equals("deep")).findFirst().orElseThrow();
        assertThat(names.tier(scheme.id(), "deep", RU)).isEqualTo(deep.nameRu()).isNotEqualTo("deep");
        assertThat(names.tier(scheme.id(), "deep", Locale.ENGLISH)).isEqualTo(deep.name());
        assertThat(names.tier(null, "enhanced", RU)).isEqualTo("Углублённая локализация");
        assertThat(names.tier(null, "enhanced", Locale.ENGLISH)).isEqualTo("Enhanced localization");
        assertThat(names.tier("no-such-scheme", "gold", RU)).isEqualTo("gold");
        assertThat(names.tier(scheme.id(), null, RU)).isEqualTo("Без уровня");
        assertThat(names.withScore(null, "enhanced", new java.math.BigDecimal("325.00"), "points", RU))
                .isEqualTo("Углублённая локализация · 325 баллов");
    }

    @Test
    void aSchemeIsNamedByItsTitleInTheReadersLanguage() {
        var info = schemes.require("ru-719-passenger-car", "scheme").info();
        assertThat(texts.title("ru-719-passenger-car", RU)).isEqualTo(info.titleRu()).startsWith("ПП 719");
        assertThat(texts.title("ru-719-passenger-car", Locale.ENGLISH)).isEqualTo(info.title());
        assertThat(texts.title("no-such-scheme", RU)).isEqualTo("no-such-scheme");
    }

    @Test
    void theRussianRegistryShowsSchemeTitlesAndTierNamesNotIds() throws Exception {
        String ru = mvc.perform(get("/registry").param("lang", "ru")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(ru).contains("ПП 719").doesNotContain("<td>base</td>", "<td>enhanced</td>", "<td>deep</td>",
                ">ru-719-passenger-car ", ">ru-component-domestic-value ");
    }
}
