package org.localis.app.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.localis.app.identity.LocalisUserDetailsService;
import org.localis.registry.RegistryRecord;
import org.localis.registry.RegistryRecordsCsv;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Registry records as procurement uses them: a manufacturer's identifiers and a product's codes are checked,
 * the registry is searched by OKPD2, TN VED and INN, and its export in the state registry's open-data layout
 * imports back into a registry unchanged.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RegistryRecordsTest {

    @Autowired MockMvc mvc;
    @Autowired LocalisUserDetailsService users;
    @Autowired ProductRepository productRows;
    @Autowired RegistryService service;
    @Autowired RegistryRecords records;
    @Autowired StateRegistryRepository state;
    @Autowired CertificateImpact impact;
    @Autowired CertificateRepository certificateRows;
    @Autowired org.localis.scheme.SchemeCatalog schemes;

    RequestPostProcessor as(String name) {
        return user(users.loadUserByUsername(name));
    }

    long lastSubmission;

    @Autowired SubmissionRepository submissions;

    long submissionRows(long submissionId) {
        return submissions.submission(submissionId, users.loadUserByUsername("assessor").actor()).orElseThrow().productId();
    }

    long certifiedTire() throws Exception {
        String to = mvc.perform(post("/products").param("name", "Tire " + UUID.randomUUID().toString().substring(0, 6))
                .param("category", "component").with(as("ural")).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        long product = Long.parseLong(to.substring(to.lastIndexOf('/') + 1));
        byte[] bom = "part,parent,quantity,unit_cost,origin\nRUBBER,,1,40,US\nCORD,,1,10,MX\n".getBytes();
        mvc.perform(multipart("/products/" + product + "/versions").file(new MockMultipartFile("bom", "tire.csv", "text/csv", bom))
                .param("price", "100").with(as("ural")).with(csrf())).andExpect(status().is3xxRedirection());
        long version = productRows.versions(product).get(0).id();
        String url = mvc.perform(post("/versions/" + version + "/submissions").param("scheme", "usmca-core-parts-transaction-value")
                .param("period", "2024").with(as("ural")).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        lastSubmission = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        service.decide(users.loadUserByUsername("assessor").actor(), lastSubmission, SubmissionStatus.APPROVED, null);
        return product;
    }

    @Test
    void identifiersAreCheckedAndTheRegistryIsFoundByCode() throws Exception {
        long tire = certifiedTire();
        // a mistyped INN and a malformed OKPD2 are refused with the field named; nothing is stored
        mvc.perform(post("/company").param("inn", "7707083894").param("ogrn", "1027700132195").with(as("ural")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/company").with(as("ural"))).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("company-errors"); // the error was a flash for the redirect, not stored
        mvc.perform(post("/company").param("inn", "7707083893").param("ogrn", "1027700132195").param("kpp", "773601001")
                .param("productionAddress", "Екатеринбург, ул. Заводская, 1").with(as("ural")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/products/" + tire + "/codes").param("okpd2", "22.11.11.000").param("tnved", "4011 20 100 0")
                .with(as("ural")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(productRows.product(tire, users.loadUserByUsername("ural").actor()).orElseThrow().tnved()).isEqualTo("4011201000");
        // another manufacturer cannot set Ural's codes
        mvc.perform(post("/products/" + tire + "/codes").param("okpd2", "29.10").with(as("volga")).with(csrf()))
                .andExpect(status().is4xxClientError());
        // a bad code is refused and the stored one stays
        mvc.perform(post("/products/" + tire + "/codes").param("okpd2", "2211").param("tnved", "40112").with(as("ural"))
                .with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(productRows.product(tire, users.loadUserByUsername("ural").actor()).orElseThrow().okpd2()).isEqualTo("22.11.11.000");

        ObjectMapper json = new ObjectMapper();
        JsonNode byOkpd2 = json.readTree(mvc.perform(get("/api/registry").param("okpd2", "22.11")).andReturn().getResponse()
                .getContentAsString());
        assertThat(byOkpd2.findValuesAsText("tnved")).contains("4011 20 100 0");
        JsonNode byTnved = json.readTree(mvc.perform(get("/api/registry").param("tnved", "4011")).andReturn().getResponse()
                .getContentAsString());
        assertThat(byTnved.findValuesAsText("manufacturerInn")).contains("7707083893");
        JsonNode byInn = json.readTree(mvc.perform(get("/api/registry/records").param("inn", "7707083893")).andReturn()
                .getResponse().getContentAsString());
        assertThat(byInn.findValuesAsText("okpd2")).contains("22.11.11.000");
        JsonNode none = json.readTree(mvc.perform(get("/api/registry").param("okpd2", "29.10")).andReturn().getResponse()
                .getContentAsString());
        assertThat(none.findValuesAsText("tnved")).doesNotContain("4011 20 100 0");
        String search = mvc.perform(get("/registry").param("tnved", "4011 20")).andReturn().getResponse().getContentAsString();
        assertThat(search).contains("4011 20 100 0");
    }

    @Test
    void theExportImportsBackUnchangedAndASecondImportChangesNothing() throws Exception {
        certifiedTire();
        mvc.perform(post("/company").param("inn", "7707083893").with(as("ural")).with(csrf()));
        byte[] exported = mvc.perform(get("/registry/export.csv")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        String text = new String(exported, StandardCharsets.UTF_8);
        assertThat(text).startsWith(String.join(",", RegistryRecordsCsv.COLUMNS) + "\r\n");
        // only the records of manufacturers with an INN can be imported anywhere (the state registry requires it)
        String header = text.substring(0, text.indexOf("\r\n") + 2);
        String rows = text.lines().skip(1).filter(l -> l.contains(",7707083893,")).reduce("", (a, b) -> a + b + "\r\n");
        byte[] file = (header + rows).getBytes(StandardCharsets.UTF_8);
        List<RegistryRecord> read = RegistryRecordsCsv.read(new ByteArrayInputStream(file), "export.csv");
        assertThat(read).isNotEmpty();

        String first = mvc.perform(multipart("/admin/registry-import").file(new MockMultipartFile("file", "export.csv", "text/csv", file))
                .with(as("admin")).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(first).contains("import-result");
        long count = state.count();
        String second = mvc.perform(multipart("/admin/registry-import").file(new MockMultipartFile("file", "export.csv", "text/csv", file))
                .with(as("admin")).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(second).contains(read.size() + " unchanged").doesNotContain("import-errors");
        assertThat(state.count()).isEqualTo(count);
        // what was imported is exported again exactly as it was read
        assertThat(state.all()).containsAll(read.stream().map(StateRegistryRepository::normalized).toList());
    }

    @Test
    void aBadFileImportsNothingAndNamesEveryRow() throws Exception {
        long before = state.count();
        String header = String.join(",", RegistryRecordsCsv.COLUMNS);
        String good = "АО Завод,1027700132195,7707083893,-,-,-,-,10.04.2024,09.04.2027,-,BAD-1,Шина,22.11.11.000,4011201000,-,-,-,-,-,-,-,-,-,-,-,-,-";
        String bad = "АО Завод,1027700132195,7707083894,-,-,-,-,10.04.2024,09.04.2027,-,BAD-2,Шина,22.11.11.000,4011201000,-,-,-,-,-,-,-,-,-,-,-,-,-";
        String page = mvc.perform(multipart("/admin/registry-import").file(new MockMultipartFile("file", "state.csv", "text/csv",
                        (header + "\n" + good + "\n" + bad + "\n").getBytes(StandardCharsets.UTF_8))).with(as("admin")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("import-errors").contains("state.csv:3: INN: the INN 7707083894 has a wrong check digit");
        assertThat(state.count()).isEqualTo(before);
        mvc.perform(multipart("/admin/registry-import").file(new MockMultipartFile("file", "state.csv", "text/csv", new byte[0]))
                .with(as("volga")).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void revokingATireCertificateFlagsTheCertifiedCarThatCitesIt() throws Exception {
        long tire = certifiedTire();
        String tireCert = certificateRows.certificatesOfProduct(tire).get(0).number();
        String to = mvc.perform(post("/products").param("name", "Car " + UUID.randomUUID().toString().substring(0, 6))
                .param("category", "passenger-car").with(as("volga")).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        long car = Long.parseLong(to.substring(to.lastIndexOf('/') + 1));
        byte[] carBom = ("part,parent,quantity,unit_cost,origin,certificate\nTIRE,,4,100,CN," + tireCert
                + "\nBODY,,1,600,US,\n").getBytes();
        mvc.perform(multipart("/products/" + car + "/versions").file(new MockMultipartFile("bom", "car.csv", "text/csv", carBom))
                .param("netCost", "1000").with(as("volga")).with(csrf())).andExpect(status().is3xxRedirection());
        long cv = productRows.versions(car).get(0).id();
        String url = mvc.perform(post("/versions/" + cv + "/submissions").param("scheme", "usmca-passenger-car")
                .param("period", "2024").with(as("volga")).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        Certificate carCert = service.decide(users.loadUserByUsername("assessor").actor(),
                Long.parseLong(url.substring(url.lastIndexOf('/') + 1)), SubmissionStatus.APPROVED, null);
        assertThat(carCert).as("the car passes while its tires count as originating").isNotNull();
        assertThat(impact.ofProduct(car)).isEmpty();

        service.revoke(users.loadUserByUsername("assessor").actor(), tireCert, "the tire maker lost its examination act");

        List<CertificateFlag> flags = impact.ofProduct(car);
        assertThat(flags).hasSize(1);
        CertificateFlag f = flags.get(0);
        assertThat(f.certificateNumber()).isEqualTo(carCert.number());
        assertThat(f.causeNumber()).isEqualTo(tireCert);
        assertThat(f.cause()).isEqualTo(CertificateFlag.Cause.REVOKED);
        assertThat(f.oldScore()).isEqualByComparingTo(carCert.score());
        // without the certified tires, 400 of the 1,000 net cost is non-originating: the share falls
        var expected = service.assess(cv, schemes.find("usmca-passenger-car", carCert.schemeVersion()).orElseThrow(), 2024,
                java.time.LocalDate.now());
        assertThat(f.newScore()).isEqualByComparingTo(expected.score()).isLessThan(f.oldScore());
        assertThat(f.tierHolds()).isEqualTo(expected.passed() && java.util.Objects.equals(
                expected.tier() == null ? null : expected.tier().id(), carCert.tier()));
        // the tire itself is not flagged, and the flag is shown to the manufacturer and the assessors
        assertThat(impact.ofProduct(tire)).isEmpty();
        assertThat(mvc.perform(get("/products/" + car).with(as("volga"))).andReturn().getResponse().getContentAsString())
                .contains("certificate-flags").contains(tireCert);
        if (!f.tierHolds()) {
            assertThat(mvc.perform(get("/review").with(as("assessor"))).andReturn().getResponse().getContentAsString())
                    .contains(carCert.number());
        }
        // the same end is never flagged twice
        assertThat(impact.ended(tireCert, CertificateFlag.Cause.REVOKED, java.time.LocalDate.now())).isEmpty();
        assertThat(impact.ofProduct(car)).hasSize(1);
    }

    @Test
    void theBorderlineBandIsOnTheSubmissionPageAndInTheJson() throws Exception {
        certifiedTire();
        String page = mvc.perform(get("/submissions/" + lastSubmission).with(as("ural"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("sensitivity-bands").contains("evidence-checklist");
        JsonNode checklist = new ObjectMapper().readTree(mvc.perform(get("/api/assessments/submissions/" + lastSubmission
                + "/checklist").with(as("assessor"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(checklist.path("criteriaWithoutEvidence").asInt()).isEqualTo(1);
        assertThat(checklist.path("lines").get(0).path("missing").toString()).contains("COST_CALCULATION");
        // attaching the cost calculation leaves only the origin documents missing
        long version = productRows.versions(submissionRows(lastSubmission)).get(0).id();
        mvc.perform(multipart("/versions/" + version + "/evidence").file(new MockMultipartFile("file", "costing.pdf",
                "application/pdf", "%PDF-1.4 test".getBytes())).param("kind", "COST_CALCULATION").with(as("ural")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        JsonNode after = new ObjectMapper().readTree(mvc.perform(get("/api/assessments/submissions/" + lastSubmission
                + "/checklist").with(as("ural"))).andReturn().getResponse().getContentAsString());
        assertThat(after.path("lines").get(0).path("missing").toString()).doesNotContain("COST_CALCULATION").contains("ORIGIN_DOCUMENTS");
        assertThat(after.path("lines").get(0).path("attached").toString()).contains("costing.pdf");
        JsonNode json = new ObjectMapper().readTree(mvc.perform(get("/api/assessments/submissions/" + lastSubmission
                + "/sensitivity").with(as("ural"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(json.path("outcome").has("passed")).isTrue();
        assertThat(json.path("bands").findValuesAsText("input")).contains("PRICE");
        // another manufacturer's submission is not found
        mvc.perform(get("/api/assessments/submissions/" + lastSubmission + "/sensitivity").with(as("volga")))
                .andExpect(status().isNotFound());
    }
}
