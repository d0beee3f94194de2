package org.localis.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.localis.app.shared.Money;
import org.springframework.context.support.ResourceBundleMessageSource;

/** An audit summary is a message key with arguments: its English text is the stored sentence, and it reads in Russian. */
class AuditSummaryTest {

    static final Locale RU = Locale.forLanguageTag("ru");
    final AuditTexts texts;

    AuditSummaryTest() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasename("messages");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        texts = new AuditTexts(m);
    }

    private static AuditEvent stored(String sentence, AuditSummary s) {
        return new AuditEvent(1, Instant.now(), "u", null, null, "a", "drive", "1", sentence, null, null,
                s == null ? null : s.key(), s == null ? null : s.argsJson());
    }

    private String shown(AuditEvent e, Locale locale) {
        StringBuilder out = new StringBuilder();
        texts.summary(e, locale).forEach(p -> out.append(p.text()));
        return out.toString();
    }

    @Test
    void amountsAndCodesAreWrittenInTheReadersLanguage() {
        AuditSummary s = AuditSummary.of("audit.summary.entryClassified", Money.of(123450, "RUB"),
                AuditSummary.code("entry.status.FEE"));
        assertThat(texts.text(s, Locale.ENGLISH)).isEqualTo("debit of 1234.50 RUB classified as Bank fee");
        assertThat(texts.text(s, RU)).isEqualTo("списание 1234,50 RUB отнесено к категории «Комиссия банка»");
    }

    @Test
    void theStoredArgumentsReadBackToTheSameSentence() {
        AuditSummary s = AuditSummary.of("audit.summary.tokenCreated", "ci 'nightly' {0}", "lcl_ab12");
        String english = texts.text(s, Locale.ENGLISH);
        assertThat(english).isEqualTo("API token 'ci 'nightly' {0}' (lcl_ab12...)");
        AuditEvent e = stored(english, s);
        assertThat(AuditSummary.args(e.summaryArgs())).isEqualTo(s.args());
        assertThat(shown(e, Locale.ENGLISH)).isEqualTo(e.summary());
        assertThat(shown(e, RU)).isEqualTo("API-токен «ci 'nightly' {0}» (lcl_ab12...)");
        // what someone typed is marked as theirs; our words are not
        assertThat(texts.summary(e, RU)).contains(new AuditTexts.Part("ci 'nightly' {0}", true),
                new AuditTexts.Part("API-токен «", false));
    }

    @Test
    void anAmountKeepsItsScaleAndCountsAreNotGrouped() {
        AuditSummary s = AuditSummary.of("audit.summary.statementImported", "june.xml", 12000, 3, 2, 1);
        assertThat(texts.text(s, Locale.ENGLISH)).isEqualTo("june.xml: 12000 entries, 3 new (2 matched, 1 for review)");
        AuditSummary p = AuditSummary.of("audit.summary.pledgeCreated", "RF18", "winter", new BigDecimal("1500.00"), "RUB");
        assertThat(texts.text(p, RU)).isEqualTo("обещание RF18 для сбора winter: 1500,00 RUB");
        assertThat(texts.text(p, Locale.ENGLISH)).isEqualTo("pledge RF18 to drive winter: 1500.00 RUB");
    }

    @Test
    void anEventRecordedBeforeKeysIsShownAsItsSentence() {
        AuditEvent old = stored("credit of 5.00 RUB assigned to pledge RF1", null);
        assertThat(texts.summary(old, RU)).containsExactly(new AuditTexts.Part("credit of 5.00 RUB assigned to pledge RF1", true));
        AuditEvent unknownKey = new AuditEvent(1, Instant.now(), "u", null, null, "a", "drive", "1", "as recorded", null, null,
                "audit.summary.noSuchKey", "[]");
        assertThat(shown(unknownKey, RU)).isEqualTo("as recorded");
    }

    @Test
    void everySummaryHasARussianTextWithTheSameArguments() throws IOException {
        Properties en = load("/messages.properties");
        Properties ru = load("/messages_ru.properties");
        List<String> keys = en.stringPropertyNames().stream().filter(k -> k.startsWith("audit.summary.")).sorted().toList();
        assertThat(keys).hasSizeGreaterThan(60);
        for (String k : keys) {
            assertThat(ru.getProperty(k)).as(k).isNotBlank();
            assertThat(new MessageFormat(ru.getProperty(k)).getFormats().length).as(k)
                    .isEqualTo(new MessageFormat(en.getProperty(k)).getFormats().length);
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(AuditSummaryTest.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
