package org.localis.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The memos the application writes are read in the reader's language; a bank's own words stay as they are. */
class LedgerMemosTest {

    static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasename("messages");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }

    final LedgerMemos memos = new LedgerMemos(bundles());
    static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void knownMemosAreWordedPerLanguage() {
        assertThat(memos.text("assigned to RF12247779881837", RU)).isEqualTo(new LedgerMemos.Memo("отнесено к обещанию RF12247779881837", false));
        assertThat(memos.text("assigned to RF12247779881837", Locale.ENGLISH).text()).isEqualTo("assigned to pledge RF12247779881837");
        assertThat(memos.text("general donation", RU).text()).isEqualTo("общее пожертвование");
        assertThat(memos.text("fee", RU).text()).isEqualTo("комиссия банка");
        assertThat(memos.text("invoice 17/B of Kama Tyres for order 3", RU).text()).isEqualTo("счёт 17/B от Kama Tyres по заказу 3");
        assertThat(memos.text("undo: undo: general donation", RU).text()).isEqualTo("отмена: отмена: общее пожертвование");
    }

    @Test
    void aBanksWordsAreShownAsTheyAreAndMarkedFree() {
        LedgerMemos.Memo m = memos.text("Anna Petrova: RF12 thank you", RU);
        assertThat(m.text()).isEqualTo("Anna Petrova: RF12 thank you");
        assertThat(m.free()).isTrue();
        assertThat(memos.text("undo: Anna: gift", RU)).isEqualTo(new LedgerMemos.Memo("отмена: Anna: gift", true));
    }
}
