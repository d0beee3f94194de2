package org.localis.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The audit log's codes are named in the reader's language; what has no name is shown as recorded. */
class AuditTextsTest {

    static final Locale RU = Locale.forLanguageTag("ru");
    final AuditTexts texts;

    AuditTextsTest() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasename("messages");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        texts = new AuditTexts(m);
    }

    @Test
    void actionsKindsAndStatesAreNamed() {
        assertThat(texts.action("drive.status", RU)).isEqualTo("статус сбора изменён");
        assertThat(texts.action("no-such-action", RU)).isEqualTo("no-such-action");
        assertThat(texts.entity("bank_entry", RU)).isEqualTo("запись выписки");
        assertThat(texts.state("drive", "OPEN", RU)).isEqualTo("Идёт сбор");
        assertThat(texts.state("user", "role=ADMIN", RU)).isEqualTo("роль: Администратор");
        assertThat(texts.state("user", "failed_logins=3", RU)).isEqualTo("неудачных входов: 3");
        assertThat(texts.state("certificate", "revoked", RU)).isEqualTo("отозван");
        assertThat(texts.state("drive", "CAMT_053 camt.053.001.08", RU)).isEqualTo("ISO 20022 camt.053 camt.053.001.08");
        assertThat(texts.state("product", "OKPD2 null, TN VED null", RU)).isEqualTo("OKPD2 —, TN VED —");
        assertThat(texts.state("drive", null, RU)).isNull();
    }
}
