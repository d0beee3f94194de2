package org.localis.statement;

import java.math.BigDecimal;
import java.util.List;

import org.localis.input.ErrorCollector;

/**
 * Reads the other-currency side of a camt.053 entry from its {@code AmtDtls} (entry level, and that of its
 * single {@code TxDtls}): the amounts {@code InstdAmt}, {@code TxAmt}, {@code CntrValAmt} and
 * {@code AnncdPstngAmt}, each an {@code Amt} with an optional {@code CcyXchg}.
 *
 * <p>For an entry in another currency than its account, the counter-value is the first of those amounts
 * in the account currency; for an entry in the account currency, the first amount in another currency.
 * The rate is the {@code CcyXchg} of that amount, else the first {@code CcyXchg} given. Nothing is
 * computed from the rate.
 */
final class CamtExchange {

    private static final List<String> AMOUNT_KINDS = List.of("InstdAmt", "TxAmt", "CntrValAmt", "AnncdPstngAmt");

    private CamtExchange() {
    }

    /** The exchange details, or null when the file gives neither a counter-value nor a rate. */
    static CurrencyExchange of(List<XmlNode> amountDetails, String entryCurrency, String accountCurrency,
            ErrorCollector errors) {
        boolean foreign = !entryCurrency.equals(accountCurrency);
        XmlNode counter = null;
        XmlNode firstExchange = null;
        for (XmlNode details : amountDetails) {
            for (String kind : AMOUNT_KINDS) {
                for (XmlNode part : details.all(kind)) {
                    XmlNode amt = part.child("Amt");
                    String ccy = amt == null ? null : amt.attribute("Ccy");
                    boolean wanted = ccy != null && (foreign ? ccy.equals(accountCurrency) : !ccy.equals(entryCurrency));
                    if (counter == null && wanted) {
                        counter = part;
                    }
                    if (firstExchange == null && part.child("CcyXchg") != null) {
                        firstExchange = part.child("CcyXchg");
                    }
                }
            }
        }
        XmlNode exchange = counter != null && counter.child("CcyXchg") != null ? counter.child("CcyXchg") : firstExchange;
        if (counter == null && exchange == null) {
            return null;
        }
        String counterCurrency = null;
        Long counterMinor = null;
        if (counter != null) {
            XmlNode amt = counter.child("Amt");
            String field = "AmtDtls/" + counter.name + "/Amt";
            int digits = Amounts.minorDigits(amt.attribute("Ccy"), errors, amt.line, field + "/@Ccy");
            Long minor = digits < 0 ? null : Amounts.camt(amt.text(), digits, amt.attribute("Ccy"), errors, amt.line, field);
            if (minor != null && minor > 0) {
                counterCurrency = amt.attribute("Ccy");
                counterMinor = minor;
            }
        }
        BigDecimal rate = null;
        String source = null;
        String target = null;
        String unit = null;
        if (exchange != null) {
            String text = exchange.text("XchgRate");
            if (text != null) {
                try {
                    rate = new BigDecimal(text);
                    if (rate.signum() <= 0) {
                        errors.add(exchange.line, "CcyXchg/XchgRate", "'" + text + "' is not a positive exchange rate");
                        rate = null;
                    }
                } catch (NumberFormatException e) {
                    errors.add(exchange.line, "CcyXchg/XchgRate", "'" + text + "' is not a decimal exchange rate");
                }
            }
            source = exchange.text("SrcCcy");
            target = exchange.text("TrgtCcy");
            unit = exchange.text("UnitCcy");
        }
        if (counterMinor == null && rate == null && source == null && target == null) {
            return null;
        }
        return new CurrencyExchange(counterCurrency, counterMinor, rate, source, target, unit);
    }
}
