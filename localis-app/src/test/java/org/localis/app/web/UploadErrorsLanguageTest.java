package org.localis.app.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/** A malformed upload's errors are said in the page's language (issue #16); English stays as the engine says it. */
@SpringBootTest
@AutoConfigureMockMvc
class UploadErrorsLanguageTest {

    private static final byte[] BROKEN_BOM = "part,parent,quantity\nA,,-2\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] BROKEN_FLEET = ("id,make_model,category,wheel_positions,full_size_spare,tire_size,"
            + "season,tread_mm,tires_made,region,priority\n"
            + "A1,GAZelle,ambulance,4,maybe,185/75 R16 C 104/102 Q,summer,5.5,2022-04,Kazan,1\n")
            .getBytes(StandardCharsets.UTF_8);

    @Autowired
    MockMvc mvc;

    @Test
    @WithUserDetails("volga")
    void scorePageSaysBomErrorsInRussianAndInEnglish() throws Exception {
        mvc.perform(multipart("/score").file(new MockMultipartFile("bom", "broken.csv", "text/csv", BROKEN_BOM))
                        .param("scheme", "usmca-passenger-car").param("lang", "ru").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "файл broken.csv, строка 2, столбец quantity: должно быть больше 0 (указано -2)")))
                .andExpect(content().string(containsString(
                        "файл broken.csv, строка 2, столбец unit_cost: для покупных строк нужен столбец unit_cost")))
                .andExpect(content().string(not(containsString("must be greater than 0"))));
        mvc.perform(multipart("/score").file(new MockMultipartFile("bom", "broken.csv", "text/csv", BROKEN_BOM))
                        .param("scheme", "usmca-passenger-car").param("lang", "en").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("broken.csv:2: quantity: must be greater than 0 (was -2)")))
                .andExpect(content().string(not(containsString("должно быть больше 0"))));
    }

    @Test
    @WithUserDetails("fleet")
    void fleetPageSaysYesNoErrorsInRussianAndInEnglish() throws Exception {
        mvc.perform(multipart("/fleet/import").file(new MockMultipartFile("file", "fleet.csv", "text/csv", BROKEN_FLEET))
                        .param("lang", "ru").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "файл fleet.csv, строка 2, столбец full_size_spare: «maybe» — не «да» и не «нет» (yes или no)")))
                .andExpect(content().string(not(containsString("is not yes or no"))));
        mvc.perform(multipart("/fleet/import").file(new MockMultipartFile("file", "fleet.csv", "text/csv", BROKEN_FLEET))
                        .param("lang", "en").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("fleet.csv:2: full_size_spare: &#39;maybe&#39; is not yes or no")));
    }
}
