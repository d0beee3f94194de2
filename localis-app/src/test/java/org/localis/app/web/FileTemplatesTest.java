package org.localis.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;

import org.junit.jupiter.api.Test;
import org.localis.fleet.FleetFiles;
import org.localis.fleet.ServiceCategories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The templates offered on the upload pages download, and the fleet templates read with the import's own reader. */
@SpringBootTest
@AutoConfigureMockMvc
class FileTemplatesTest {

    @Autowired MockMvc mvc;

    @Test
    void everyFleetTemplateDownloadsAndReadsAsAFleet() throws Exception {
        for (String name : new String[] {"fleet.csv", "fleet-ru.csv", "fleet.xlsx"}) {
            MockHttpServletResponse r = mvc.perform(get("/file-templates/" + name)).andReturn().getResponse();
            assertThat(r.getStatus()).as(name).isEqualTo(200);
            assertThat(r.getHeader("Content-Disposition")).contains("filename*=UTF-8''" + name);
            var fleet = FleetFiles.read(new ByteArrayInputStream(r.getContentAsByteArray()), name, ServiceCategories.demo());
            assertThat(fleet.size()).as(name).isPositive();
        }
        assertThat(mvc.perform(get("/file-templates/application.yml")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }
}
