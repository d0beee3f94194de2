package org.localis.app.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.localis.app.identity.LocalisUserDetailsService;
import org.localis.assessment.Assessment;
import org.localis.scheme.SchemeCatalog;
import org.localis.testing.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Manufacturer submits, assessor approves, the public registry shows the certificate; then revocation. */
@SpringBootTest
@AutoConfigureMockMvc
class RegistryWorkflowTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    LocalisUserDetailsService users;

    @Autowired
    ProductRepository productRows;
    @Autowired
    SubmissionRepository submissionRows;
    @Autowired
    CertificateRepository certificateRows;

    @Autowired
    RegistryService service;

    @Autowired
    SchemeCatalog schemes;

    RequestPostProcessor as(String name) {
        return user(users.loadUserByUsername(name));
    }

    static MockMultipartFile example(String part, String file) throws Exception {
        Path p = Fixtures.example("roll-up-sedan").resolve(file);
        return new MockMultipartFile(part, file, "text/csv", Files.readAllBytes(p));
    }

    static MockMultipartHttpServletRequestBuilder form(String url) {
        MockMultipartHttpServletRequestBuilder b = multipart(url);
        b.with(csrf());
        return b;
    }

    long createProduct(String user, String name, String category) throws Exception {
        String to = mvc.perform(post("/products").param("name", name).param("category", category).with(as(user)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(to.substring(to.lastIndexOf('/') + 1));
    }

    @Test
    void submitApprovePublishRevoke() throws Exception {
        String name = "Sedan " + UUID.randomUUID().toString().substring(0, 6);
        long productId = createProduct("volga", name, "passenger-car");
        mvc.perform(form("/products/" + productId + "/versions")
                        .file(example("bom", "bom.csv")).file(example("operations", "operations.csv"))
                        .file(example("certificates", "certificates.csv")).file(example("rates", "rates.csv"))
                        .param("currency", "USD").param("price", "30000").param("netCost", "25000").param("annualVolume", "40000")
                        .param("domesticJobs", "1200").param("competencies", "engine", "platform-engineering")
                        .with(as("volga")))
                .andExpect(status().is3xxRedirection());
        var version = productRows.versions(productId).get(0);
        assertThat(version.bomLines()).isEqualTo(10);
        assertThat(version.competencies()).isEqualTo("engine,platform-engineering");
        assertThat(version.domesticJobs()).isEqualTo(1200);

        // evidence: type checked, checksum kept, only the owner's side can download
        mvc.perform(form("/versions/" + version.id() + "/evidence")
                .file(new MockMultipartFile("file", "audit.txt", "text/plain", "plant audit 2024".getBytes()))
                .param("description", "audit").with(as("volga"))).andExpect(status().is3xxRedirection());
        String refused = mvc.perform(form("/versions/" + version.id() + "/evidence")
                .file(new MockMultipartFile("file", "tool.exe", "application/x-msdownload", new byte[] {1, 2}))
                .with(as("volga"))).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("tool.exe: file: type application/x-msdownload is not accepted");
        long evidenceId = productRows.evidence(version.id()).get(0).id();
        mvc.perform(get("/evidence/" + evidenceId).with(as("volga"))).andExpect(status().isOk());
        mvc.perform(get("/evidence/" + evidenceId).with(as("ural"))).andExpect(status().isNotFound());

        String submissionUrl = mvc.perform(post("/versions/" + version.id() + "/submissions").param("scheme", "usmca-passenger-car")
                        .param("period", "2024").with(as("volga")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long submissionId = Long.parseLong(submissionUrl.substring(submissionUrl.lastIndexOf('/') + 1));
        String mine = mvc.perform(get(submissionUrl).with(as("volga"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(mine).contains("id=\"lines\"").contains("BLK-20").contains("2000.00").contains("25,850.00 USD (86.17 %)").contains("1200").contains("Engine, Platform engineering");

        // another manufacturer sees nothing of it
        mvc.perform(get("/products/" + productId).with(as("ural"))).andExpect(status().isNotFound());
        mvc.perform(get(submissionUrl).with(as("ural"))).andExpect(status().isNotFound());
        mvc.perform(get("/versions/" + version.id() + "/what-if").with(as("ural"))).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/products").with(as("ural"))).andReturn().getResponse().getContentAsString()).doesNotContain(name);
        // nor may it submit or upload for it
        mvc.perform(post("/versions/" + version.id() + "/submissions").param("scheme", "usmca-passenger-car")
                .with(as("ural")).with(csrf())).andExpect(status().isNotFound());

        // the assessor's queue, a refused decision without a comment, then approval
        assertThat(mvc.perform(get("/review").with(as("assessor"))).andReturn().getResponse().getContentAsString()).contains(name);
        String noComment = mvc.perform(post("/submissions/" + submissionId + "/decision").param("decision", "REJECTED")
                .with(as("assessor")).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(noComment).contains("comment: say why");
        mvc.perform(post("/submissions/" + submissionId + "/decision").param("decision", "APPROVED").param("comment", "ok")
                .with(as("assessor")).with(csrf())).andExpect(status().is3xxRedirection());
        var submission = submissionRows.submission(submissionId, users.loadUserByUsername("assessor").actor()).orElseThrow();
        assertThat(submission.status()).isEqualTo(SubmissionStatus.APPROVED);
        // decided once: a second decision is refused
        String again = mvc.perform(post("/submissions/" + submissionId + "/decision").param("decision", "REJECTED").param("comment", "x")
                .with(as("assessor")).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("cannot become rejected");

        var cert = certificateRows.certificatesOfProduct(productId).get(0);
        assertThat(cert.number()).matches("LCL-\\d{4}-\\d{6}");
        assertThat(cert.score()).isEqualByComparingTo("83.40");
        assertThat(cert.classification()).isEqualTo("partial");

        // public: listed, searchable, verifiable, never costs
        String list = mvc.perform(get("/registry").param("q", name)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains(cert.number());
        String json = mvc.perform(get("/api/registry/" + cert.number())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode c = new ObjectMapper().readTree(json);
        assertThat(c.get("score").decimalValue()).isEqualByComparingTo("83.40");
        assertThat(c.get("status").asText()).isEqualTo("valid");
        assertThat(c.get("manufacturer").asText()).isEqualTo("АО «Волга Моторс»");
        assertThat(json).doesNotContain("25000").doesNotContain("4150").doesNotContain("1650");
        String page = mvc.perform(get("/registry/" + cert.number())).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("25000").doesNotContain("BLK-20");

        // revocation by an assessor, with a reason; the public status changes
        mvc.perform(post("/certificates/" + cert.number() + "/revoke").param("reason", "false evidence")
                .with(as("assessor")).with(csrf())).andExpect(status().is3xxRedirection());
        JsonNode revoked = new ObjectMapper().readTree(mvc.perform(get("/api/registry/" + cert.number()))
                .andReturn().getResponse().getContentAsString());
        assertThat(revoked.get("status").asText()).isEqualTo("revoked");
        assertThat(revoked.get("revokeReason").asText()).isEqualTo("false evidence");
    }

    @Test
    void aFailingSubmissionCannotBeApproved() throws Exception {
        long productId = createProduct("ural", "Kit car " + UUID.randomUUID().toString().substring(0, 6), "passenger-car");
        byte[] bom = "part,parent,quantity,unit_cost,origin\nKIT,,1,100000,CN\n".getBytes();
        mvc.perform(form("/products/" + productId + "/versions").file(new MockMultipartFile("bom", "kit.csv", "text/csv", bom))
                .param("netCost", "120000").with(as("ural"))).andExpect(status().is3xxRedirection());
        long versionId = productRows.versions(productId).get(0).id();
        String url = mvc.perform(post("/versions/" + versionId + "/submissions").param("scheme", "usmca-passenger-car")
                .param("period", "2024").with(as("ural")).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        long sid = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        String body = mvc.perform(post("/submissions/" + sid + "/decision").param("decision", "APPROVED")
                .with(as("assessor")).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("did not pass the threshold");
        mvc.perform(post("/submissions/" + sid + "/decision").param("decision", "CHANGES_REQUESTED").param("comment", "localize the kit")
                .with(as("assessor")).with(csrf())).andExpect(status().is3xxRedirection());
        String mine = mvc.perform(get("/products/" + productId).param("lang", "en").with(as("ural"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(mine).contains("Changes requested").contains("localize the kit").doesNotContain("CHANGES_REQUESTED<");
    }

    @Test
    void aBadBomIsRejectedWholeWithEveryError() throws Exception {
        long productId = createProduct("volga", "Broken " + UUID.randomUUID().toString().substring(0, 6), "truck");
        String body = mvc.perform(form("/products/" + productId + "/versions")
                        .file(new MockMultipartFile("bom", "broken.csv", "text/csv", "part,parent,quantity,unit_cost\nA,,0,1\nB,,1,x\n".getBytes()))
                        .param("domesticJobs", "-5").with(as("volga")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("broken.csv:2: quantity: must be greater than 0 (was 0)")
                .contains("broken.csv:3: unit_cost: &#39;x&#39; is not a number").contains("domesticJobs: must not be negative");
        assertThat(productRows.versions(productId)).isEmpty();
    }

    @Test
    void registryCertificatesResolveInOtherBomsUntilRevoked() throws Exception {
        // a certified domestic tire of Ural, bought by Volga
        long tire = createProduct("ural", "Tire " + UUID.randomUUID().toString().substring(0, 6), "component");
        byte[] tireBom = "part,parent,quantity,unit_cost,origin\nRUBBER,,1,40,US\nCORD,,1,10,MX\n".getBytes();
        mvc.perform(form("/products/" + tire + "/versions").file(new MockMultipartFile("bom", "tire.csv", "text/csv", tireBom))
                .param("price", "100").with(as("ural"))).andExpect(status().is3xxRedirection());
        long tv = productRows.versions(tire).get(0).id();
        String url = mvc.perform(post("/versions/" + tv + "/submissions").param("scheme", "usmca-core-parts-transaction-value")
                .param("period", "2024").with(as("ural")).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        long sid = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        var cert = service.decide(users.loadUserByUsername("assessor").actor(), sid, SubmissionStatus.APPROVED, null);
        assertThat(cert).isNotNull();

        long car = createProduct("volga", "Car with tires " + UUID.randomUUID().toString().substring(0, 6), "passenger-car");
        byte[] carBom = ("part,parent,quantity,unit_cost,origin,certificate\nTIRE,,4,100,CN," + cert.number() + "\nBODY,,1,600,US,\n").getBytes();
        mvc.perform(form("/products/" + car + "/versions").file(new MockMultipartFile("bom", "car.csv", "text/csv", carBom))
                .param("netCost", "1000").with(as("volga"))).andExpect(status().is3xxRedirection());
        long cv = productRows.versions(car).get(0).id();
        Assessment before = service.assess(cv, schemes.require("usmca-passenger-car", "scheme"), 2024, LocalDate.now());
        // the certified tires count as originating: only the US body... is also originating (territory US): VNM 0
        assertThat(before.valueShare().nonOriginatingValue()).isEqualByComparingTo("0");
        service.revoke(users.loadUserByUsername("assessor").actor(), cert.number(), "test");
        Assessment after = service.assess(cv, schemes.require("usmca-passenger-car", "scheme"), 2024, LocalDate.now());
        assertThat(after.valueShare().nonOriginatingValue()).isEqualByComparingTo("400.00");
        assertThat(after.warnings()).anyMatch(w -> w.contains(cert.number() + " is revoked"));
    }
}
