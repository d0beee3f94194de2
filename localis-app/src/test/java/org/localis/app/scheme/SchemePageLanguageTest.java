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
    /** The row of a criterion in the criteria table. */
    static String row(String page, String code) {
        int at = page.indexOf("data-code=\"" + code + "\"");
        assertThat(at).as(code).isPositive();
        return page.substring(at, page.indexOf("</tr>", at));
    }

    /**
     * Issue #16: a criterion's points per vehicle category and its rules are worded from its data in the reader's
     * language (not the engine's English table text), and are no longer free text the Russian crawl skips.
     */
    @Test
    void aCriterionsPointsAndRulesAreWordedInTheReadersLanguage() throws Exception {
        String ru = page("/schemes/ru-719-m1", "ru");
        assertThat(row(ru, "body-stamping-70")).contains("остальные: 300; M2/M3 - автобусы: 100")
                .contains("одно из 3 взаимоисключающих условий: учитывается только лучшее выполненное");
        assertThat(row(ru, "ice-bearing-shells-antifriction")).contains("пропорционально доле изделий <code>bearing-shells</code>")
                .contains("с округлением до целого балла").contains("применяются коэффициенты к баллам за операции по двигателю");
        assertThat(row(ru, "rnd")).contains("за каждые 1 показателя «расходы на НИОКР российских организаций в России, % выручки»");
        assertThat(row(ru, "tyres")).contains("по схеме «ПП 719, раздел XXI - шины и покрышки пневматические новые (баллы)»");
        assertThat(ru).contains("шкала по показателю «баллы по разделу IX электронного блока управления двигателем»: от 200: 200 при расчёте с 2024 года")
                .contains("действует с 2024-08-01")
                .doesNotContain("data-free-text", "default 300", "one-of ", "ratio of", "ladder on", "certified by", "coefficient ice",
                        "per 1 of", ">ladder<")
                .contains("идентификатор</span>: <code>ru-719-m1</code>");
        String en = page("/schemes/ru-719-m1", "en");
        assertThat(row(en, "body-stamping-70")).contains("otherwise: 300; M2/M3 - buses: 100")
                .contains("one of 3 alternative levels: only the best one earned counts");
        assertThat(row(en, "ice-bearing-shells-antifriction")).contains("share of the items <code>bearing-shells</code> meeting it, rounded to the nearest whole point");
        assertThat(row(en, "tyres")).contains("performed by a valid, passing certificate under &quot;Decree 719 - new pneumatic tyres (points, from the text)&quot;");
        assertThat(en).contains("ladder on ").contains("from 200: 200 when calculated from 2024").doesNotContain("остальные");
    }

    /** Issue #16: the list of schemes names each by its title in the reader's language; the id is a muted code to copy. */
    @Test
    void theListOfSchemesShowsTitlesAndTheIdOnlyAsCode() throws Exception {
        String ru = page("/schemes", "ru");
        assertThat(ru).contains(">ПП 719, раздел XXI - шины и покрышки пневматические новые (баллы)</a>")
                .contains("идентификатор</span>: <code>ru-719-tyres</code>")
                .doesNotContain(">ru-719-tyres</a>", ">net-cost<", "net-cost, roll-up");
        String en = page("/schemes", "en");
        assertThat(en).contains(">Decree 719 - new pneumatic tyres (points, from the text)</a>").contains("identifier</span>: <code>ru-719-tyres</code>");
    }
}
