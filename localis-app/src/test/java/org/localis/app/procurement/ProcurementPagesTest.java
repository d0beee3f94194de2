package org.localis.app.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.localis.app.demo.DemoDriveData;
import org.localis.app.drive.Drive;
import org.localis.app.drive.DriveRepository;
import org.localis.app.identity.LocalisUserDetailsService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The procurement page, the public report in three formats, and the forms' validation messages. */
@SpringBootTest
@AutoConfigureMockMvc
class ProcurementPagesTest {

    @Autowired MockMvc mvc;
    @Autowired LocalisUserDetailsService users;
    @Autowired DriveRepository drives;

    @Test
    void theDemoDriveHasOffersAPlanPreferringTheDomesticTireAndAPublicReport() throws Exception {
        Drive d = drives.findBySlug(DemoDriveData.SLUG).orElseThrow();
        var organizer = user(users.loadUserByUsername("organizer"));
        String page = mvc.perform(get("/manage/drives/" + d.id() + "/procurement").param("lang", "en").with(organizer))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"offers\"").contains("АО «Шины Кама»").contains("id=\"plan-lines\"")
                .contains("readiness-chart").contains("<polyline");
        // the Kama tire is 5 % dearer than the estimate, the importer 5 % cheaper: within the 15 % preference, Kama wins
        assertThat(page).containsPattern("АО «Шины Кама» · Кама Евро LCV-131</td>\\s*<td><code>185/75 R16 C 104/102 Q");

        var bad = mvc.perform(post("/manage/drives/" + d.id() + "/offers").with(organizer).with(csrf())
                .param("supplier", "X").param("brandModel", "Y").param("designation", "185/75 R16").param("season", "autumn")
                .param("price", "-1").param("available", "0").param("certificate", "LCL-0000-000000")).andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(302);
        String after = mvc.perform(get(bad.getResponse().getRedirectedUrl()).param("lang", "en").with(organizer)
                .cookie(bad.getResponse().getCookies()) /* the flash map lives in the JDBC session */).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(after).contains("proc-errors").contains("data-field=\"designation\"").contains("data-field=\"season\"")
                .contains("data-field=\"price\"").contains("data-field=\"available\"").contains("data-field=\"certificate\"")
                .contains("no certificate with this number in the registry");

        String report = mvc.perform(get("/drives/" + d.slug() + "/report").param("lang", "en")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(report).contains("report-money").contains("report-purchases").contains("readiness-chart");
        MockHttpServletResponse csv = mvc.perform(get("/drives/" + d.slug() + "/report.csv")).andReturn().getResponse();
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getContentAsString(StandardCharsets.UTF_8)).startsWith("section,key,item,detail,quantity,unit_price,amount,currency\n")
                .contains("money,\"received\",\"Donations received\"");
        byte[] pdf = mvc.perform(get("/drives/" + d.slug() + "/report.pdf")).andReturn().getResponse().getContentAsByteArray();
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(d.title()).contains("Donations received").contains("Received ");
        }
        assertThat(mvc.perform(get("/drives/no-such-drive/report.pdf")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }
}
