package org.localis.app.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.localis.app.identity.LocalisUserDetailsService;
import org.localis.testing.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 22: the vehicle facts a Decree 719 scheme needs, typed in the version form and in the REST request,
 * stored with the version and passed to scoring; the pages show purposes, coefficients and the scheme table.
 * Uses the fuel-cell bus of worked example D719-7 (docs/worked-examples.md): 1617 points, 2300 needed in 2027.
 */
@SpringBootTest
@AutoConfigureMockMvc
class Decree719VersionTest {

    private static final String COUNTS = "fc-leak-sensors: 3 of 8\ndcdc-boards: 1 of 3\ninverter-chips: 5 of 40";

    @Autowired
    MockMvc mvc;

    @Autowired
    LocalisUserDetailsService users;

    @Autowired
    ProductRepository registry;

    RequestPostProcessor as(String name) {
        return user(users.loadUserByUsername(name));
    }

    static MockMultipartFile file(String part, String name) throws Exception {
        Path p = Fixtures.repoRoot().resolve("localis-engine/src/test/resources/decree719/m2m3-fuel-cell").resolve(name);
        return new MockMultipartFile(part, name, "text/csv", Files.readAllBytes(p));
    }

    @Test
    void theVersionFormStoresTheVehicleFactsAndScoringUsesThem() throws Exception {
        String to = mvc.perform(post("/products").param("name", "Fuel-cell bus " + UUID.randomUUID().toString().substring(0, 6))
                        .param("category", "bus").with(as("volga")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long productId = Long.parseLong(to.substring(to.lastIndexOf('/') + 1));

        String refused = mvc.perform(multipart("/products/" + productId + "/versions").file(file("bom", "bom.csv"))
                        .file(file("operations", "operations.csv")).param("price", "60000000").param("vehicleCategory", "M4")
                        .param("powertrain", "steam").param("counts", "fc-leak-sensors: 9 of 8").with(as("volga")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("vehicleCategory: &#39;M4&#39; must be one of M1, N1, N2N3, M2M3")
                .contains("powertrain: &#39;steam&#39;").contains("form:1: counts: fc-leak-sensors");
        assertThat(registry.versions(productId)).isEmpty();

        mvc.perform(multipart("/products/" + productId + "/versions").file(file("bom", "bom.csv"))
                        .file(file("operations", "operations.csv")).param("price", "60000000").param("vehicleCategory", "M2M3")
                        .param("powertrain", "electric").param("counts", COUNTS).with(as("volga")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Version v = registry.versions(productId).get(0);
        ProductRepository.VehicleFactsRow facts = registry.vehicleFacts(v.id());
        assertThat(facts.category()).isEqualTo("M2M3");
        assertThat(facts.powertrain()).isEqualTo("electric");
        assertThat(facts.counts()).isEqualTo(COUNTS);

        String page = mvc.perform(get("/products/" + productId).param("lang", "en").with(as("volga")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("vehicle-category").contains("M2M3").contains("fc-leak-sensors: 3 of 8");

        String url = mvc.perform(post("/versions/" + v.id() + "/submissions").param("scheme", "ru-719-m2m3")
                        .param("period", "2027").param("date", "2027-03-01").with(as("volga")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String submission = mvc.perform(get(url).param("lang", "en").with(as("volga"))).andReturn().getResponse().getContentAsString();
        assertThat(submission).contains("1617 points").contains("Which purposes the product meets")
                .contains("Public procurement (44-FZ, 223-FZ)").contains("2300 (from 2027)")
                .contains("Subsidies under Decree No. 191").contains("1400 (from 2025)");
        String ru = mvc.perform(get(url).param("lang", "ru").with(as("volga"))).andReturn().getResponse().getContentAsString();
        assertThat(ru).contains("Для каких целей продукция проходит").contains("Государственные закупки");
    }

    @Test
    void theRestRequestTakesTheVehicleFactsAndNamesBadFields() throws Exception {
        mvc.perform(multipart("/api/assessments/score").file(file("bom", "bom.csv")).file(file("operations", "operations.csv"))
                        .param("scheme", "ru-719-m2m3").param("period", "2027").param("date", "2027-03-01").param("price", "60000000")
                        .param("vehicleCategory", "M2M3").param("powertrain", "electric").param("counts", COUNTS).with(as("volga")).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.score").value(1617))
                .andExpect(jsonPath("$.threshold").value(2300))
                .andExpect(jsonPath("$.vehicle.category").value("M2M3"))
                .andExpect(jsonPath("$.vehicle.powertrain").value("electric"))
                .andExpect(jsonPath("$.purposes[0].purpose").value("public-procurement"))
                .andExpect(jsonPath("$.purposes[0].met").value(false))
                .andExpect(jsonPath("$.purposes[1].met").value(true));
        String bad = mvc.perform(multipart("/api/assessments/score").file(file("bom", "bom.csv"))
                        .param("scheme", "ru-719-m2m3").param("powertrain", "diesel").param("emissionStandard", "Euro 5!")
                        .param("inputs", "rnd-percent-of-revenue: lots").with(as("volga")).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("powertrain").contains("diesel").contains("emissionStandard").contains("inputs");
    }

    @Test
    void theSchemePageShowsValuesPerCategoryThresholdsPerPurposeAndCoefficients() throws Exception {
        String en = mvc.perform(get("/schemes/ru-719-m2m3").param("lang", "en").with(as("volga"))).andReturn().getResponse().getContentAsString();
        assertThat(en).contains("658 criteria").contains("Thresholds by purpose and year")
                // points per category and powertrain, and the rules, worded from the criteria's data (issue #16)
                .contains("otherwise: 300; M2/M3 - buses: 100").contains("internal combustion engine: 120; hybrid: 120; electric: 70")
                .contains("share of the items <code>agb-gears</code> meeting it, rounded to the nearest whole point")
                .contains("one of 3 alternative levels: only the best one earned counts")
                .contains("applies until 2024-07-31").contains("x 1.5").contains("Subsidies under Decree No. 191")
                .contains("автоматическая коробка переключения передач");
        String ru = mvc.perform(get("/schemes/ru-719-m2m3").param("lang", "ru").with(as("volga"))).andReturn().getResponse().getContentAsString();
        assertThat(ru).contains("Пороги по целям и годам").contains("Требований: 658").contains("Коэффициенты")
                .contains("остальные: 300; M2/M3 - автобусы: 100").contains("двигатель внутреннего сгорания: 120; гибридная: 120; электрическая: 70")
                .contains("действует по 2024-07-31").doesNotContain("default 300", "ratio of", "one-of ");
    }
}
