package org.localis.app.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.localis.app.identity.LocalisUserDetailsService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class PortfolioTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    LocalisUserDetailsService users;

    @Test
    void dashboardChartsTheDemoPortfolio() throws Exception {
        String page = mvc.perform(get("/dashboard").with(user(users.loadUserByUsername("assessor"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"chart-classes\"").contains("data-labels=\"CBU import|SKD assembly|CKD assembly|Partial localization|Full cycle\"")
                .contains("Волга Седан (полный цикл)").contains("Decree 719 - passenger cars");
        String ru = mvc.perform(get("/dashboard").param("lang", "ru").with(user(users.loadUserByUsername("assessor"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(ru).as("chart labels are names, not codes")
                .contains("data-labels=\"Импорт готового (CBU)|Крупноузловая сборка (SKD)|Полноузловая сборка (CKD)|Частичная локализация|Полный цикл\"")
                .contains("Глубокая локализация").doesNotContain("data-labels=\"base|")
                .as("schemes by their titles").contains("ПП 719, раздел II - автомобили легковые").doesNotContain(": ru-719-", ">ru-719-");
        mvc.perform(get("/dashboard").with(user(users.loadUserByUsername("volga")))).andExpect(status().isForbidden());
    }

    /** Issue #16: the tier bars go from the lowest tier to the highest, not in the order of their ids. */
    @Test
    void tierBarsAreInTierOrder() throws Exception {
        String ru = mvc.perform(get("/dashboard").param("lang", "ru").with(user(users.loadUserByUsername("assessor"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String labels = ru.replaceAll("(?s).*id=\"chart-tiers\".*?data-labels=\"([^\"]*)\".*", "$1");
        var byOrder = PortfolioController.tierOrder(org.localis.scheme.SchemeCatalog.builtIn());
        // every tier of the built-in schemes by name, in tier order (other tests may have certified products under
        // the USMCA and EU schemes in the same database, so their tiers may be on the chart too)
        java.util.Map<String, String> names = java.util.Map.of("none", "Без уровня", "base", "Подтверждённое производство",
                "enhanced", "Углублённая локализация", "deep", "Глубокая локализация",
                "buffer", "С запасом 5 п.п.", "strong", "Высокое содержание (запас 10 п.п.)");
        List<String> order = names.keySet().stream().sorted(byOrder).map(names::get).toList();
        List<String> shown = java.util.Arrays.stream(labels.split("\\|")).toList();
        assertThat(shown).isNotEmpty().allMatch(order::contains);
        assertThat(shown).isSortedAccordingTo(java.util.Comparator.comparingInt(order::indexOf));
        assertThat(java.util.stream.Stream.of("deep", "none", "enhanced", "base").sorted(byOrder).toList())
                .containsExactly("none", "base", "enhanced", "deep");
    }

    @Test
    void histogramBucketsEveryScoreOnce() {
        var s = PortfolioController.histogram(List.of(new BigDecimal("0"), new BigDecimal("5"), new BigDecimal("99.5"),
                new BigDecimal("100")));
        assertThat(s.labels()).hasSize(10);
        assertThat(s.values().stream().mapToLong(Number::longValue).sum()).isEqualTo(4);
        assertThat(s.values().get(0).longValue()).isEqualTo(2);
        assertThat(s.values().get(9).longValue()).isEqualTo(2);
        var one = PortfolioController.histogram(List.of(new BigDecimal("7"), new BigDecimal("7")));
        assertThat(one.values()).containsExactly(2L);
    }
}
