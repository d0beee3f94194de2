package org.localis.app.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue #16: a scheme page shows the scheme file's own texts (source, notes, tiers' support, periods' and criteria's
 * notes and sources, criteria groups) in the reader's language, and the method and origin rule by name.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SchemePageLanguageTest {

    @Autowired MockMvc mvc;

    String page(String path, String lang) throws Exception {
        return mvc.perform(get(path).param("lang", lang)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theTyreSchemeReadsInRussianAndInEnglish() throws Exception {
        String ru = page("/schemes/ru-719-tyres", "ru");
        assertThat(ru).contains("Постановление Правительства Российской Федерации от 17.07.2015 № 719, приложение, раздел XXI")
                .contains("Строки трёх кодов шин имеют общий набор требований")
                .contains("Уровень политики поддержки Localis: не менее чем на 90 баллов выше порога.")
                .contains("примечание 7 (в ред. постановления № 267 от 12.03.2020)")
                .contains("ПП 719, приложение, раздел XXI, позиции 22.11.11, 22.11.13, 22.11.14")
                .contains(">Условия<")
                .doesNotContain("Government Decree", "support-policy level", "PP 719 annex", ">conditions<");
        String en = page("/schemes/ru-719-tyres", "en");
        assertThat(en).contains("Government Decree of the Russian Federation No. 719", "PP 719 annex, section XXI", ">Conditions<")
                .doesNotContain("Строки трёх кодов шин");
    }

    @Test
    void aValueShareSchemeNamesItsMethodAndOriginRuleAndKeepsNoEnglishOnTheRussianPage() throws Exception {
        String ru = page("/schemes/usmca-passenger-car", "ru");
        assertThat(ru).contains("чистая стоимость: (NC − VNM) / NC × 100", "засчитывание целиком")
                .contains("Соглашение между Соединёнными Штатами Америки")
                .doesNotContain(">net-cost<", ">roll-up<", "data-free-text", "official is false", "from 2021-07-01");
        String vehicle = page("/schemes/ru-719-m1", "ru");
        assertThat(vehicle).contains(">Двигатель внутреннего сгорания<", "строка «двигатель внутреннего сгорания»")
                .doesNotContain("PP 719 annex", ">ice-engine<");
    }
}
