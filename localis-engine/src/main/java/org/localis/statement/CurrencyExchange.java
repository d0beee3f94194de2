package org.localis.statement;

import java.math.BigDecimal;

/**
 * The other-currency side of an entry, as camt.053 gives it in {@code AmtDtls} ({@code InstdAmt},
 * {@code TxAmt}, {@code CntrValAmt}, {@code AnncdPstngAmt}) with its {@code CcyXchg}. Nothing here is
 * computed: amounts and the rate are those written in the file.
 *
 * <p>For an entry in a currency other than its account's ({@link StatementEntry#isForeignCurrency()}),
 * {@code counterCurrency} is the account currency when the file states the entry's amount in it, so
 * that the counter-value is what the bank booked on the account. For an entry in the account currency,
 * it is the foreign currency the payer instructed, when the file says so.
 *
 * @param counterCurrency    ISO 4217 code of the counter-value, or null when the file gives none
 * @param counterAmountMinor the counter-value in minor units of {@code counterCurrency} (&gt; 0), or null
 * @param rate               {@code CcyXchg/XchgRate} as written, or null
 * @param sourceCurrency     {@code CcyXchg/SrcCcy}, or null
 * @param targetCurrency     {@code CcyXchg/TrgtCcy}, or null
 * @param unitCurrency       {@code CcyXchg/UnitCcy} (the currency the rate is quoted per unit of), or null
 */
public record CurrencyExchange(
        String counterCurrency,
        Long counterAmountMinor,
        BigDecimal rate,
        String sourceCurrency,
        String targetCurrency,
        String unitCurrency) {

    public CurrencyExchange {
        if ((counterCurrency == null) != (counterAmountMinor == null)) {
            throw new IllegalArgumentException("counterCurrency and counterAmountMinor go together");
        }
        if (counterAmountMinor != null && counterAmountMinor <= 0) {
            throw new IllegalArgumentException("counterAmountMinor must be positive: " + counterAmountMinor);
        }
        if (rate != null && rate.signum() <= 0) {
            throw new IllegalArgumentException("rate must be positive: " + rate);
        }
    }

    /** Whether the file gives the amount in another currency (not only a rate). */
    public boolean hasCounterValue() {
        return counterAmountMinor != null;
    }
}
