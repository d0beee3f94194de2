package org.localis.statement;

import java.util.Objects;

/**
 * Whether one statement's balances agree with its booked entries in one currency:
 * {@code opening + credits - debits = closing}.
 *
 * <p>Opening is {@code OPBD}, else {@code PRCD} (the previous closing booked balance, which Dutch and
 * German banks send instead); closing is {@code CLBD}. Interim and available balances ({@code ITBD},
 * {@code ITAV}, {@code OPAV}, {@code CLAV}, {@code FWAV}, {@code INFO}…) are ignored on purpose: they do
 * not bound the booked entries of the statement. For the account currency, a booked entry in another
 * currency counts with its counter-value in the account currency ({@link StatementEntry#amountIn(String)});
 * when it has none, the check cannot be made ({@code reconciles == null}). For any other currency with
 * balances, the entries in that currency count.
 *
 * @param currency              ISO 4217 code
 * @param openingCode           {@code OPBD}, {@code PRCD} (1C: {@code НачальныйОстаток}), or null when there is none
 * @param openingMinor          signed opening balance in minor units, or null
 * @param closingMinor          signed closing balance, or null
 * @param creditsMinor          sum of the booked credits counted
 * @param debitsMinor           sum of the booked debits counted
 * @param entriesWithoutAmount  booked entries that touch the balance but give no amount in this currency
 * @param reconciles            true or false when it can be told, null when a balance is missing or an
 *                              entry has no amount in this currency
 * @param explanation           the figures, in words: why it does or does not reconcile, or why it is unknown
 */
public record BalanceCheck(
        String currency,
        String openingCode,
        Long openingMinor,
        Long closingMinor,
        long creditsMinor,
        long debitsMinor,
        int entriesWithoutAmount,
        Boolean reconciles,
        String explanation) {

    public BalanceCheck {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * Computes the check and words its explanation.
     *
     * @param minorDigits the currency's minor units, for the figures
     */
    static BalanceCheck of(String currency, int minorDigits, String openingCode, Long opening, Long closing,
            long credits, long debits, int withoutAmount) {
        String openingName = "opening balance" + (openingCode == null ? "" : " (" + openingCode + ")");
        String closingName = "the closing balance (" + ("НачальныйОстаток".equals(openingCode) ? "КонечныйОстаток" : "CLBD") + ")";
        if (opening == null || closing == null) {
            String missing = opening == null && closing == null ? "no opening (OPBD/PRCD) or closing (CLBD) balance"
                    : opening == null ? "no opening balance (OPBD or PRCD)" : "no closing balance (CLBD)";
            return new BalanceCheck(currency, openingCode, opening, closing, credits, debits, withoutAmount, null,
                    "cannot be checked in " + currency + ": " + missing);
        }
        if (withoutAmount > 0) {
            return new BalanceCheck(currency, openingCode, opening, closing, credits, debits, withoutAmount, null,
                    "cannot be checked in " + currency + ": " + withoutAmount + " booked "
                            + (withoutAmount == 1 ? "entry is" : "entries are") + " in another currency without a counter-value in "
                            + currency);
        }
        long expected;
        try {
            expected = Math.subtractExact(Math.addExact(opening, credits), debits);
        } catch (ArithmeticException e) {
            return new BalanceCheck(currency, openingCode, opening, closing, credits, debits, withoutAmount, null,
                    "cannot be checked in " + currency + ": " + openingName + " " + Amounts.format(opening, minorDigits)
                            + " plus the booked entries is out of range");
        }
        String figures = openingName + " " + Amounts.format(opening, minorDigits) + " + booked credits "
                + Amounts.format(credits, minorDigits) + " - booked debits " + Amounts.format(debits, minorDigits) + " = "
                + Amounts.format(expected, minorDigits) + " " + currency;
        if (expected == closing) {
            return new BalanceCheck(currency, openingCode, opening, closing, credits, debits, withoutAmount, true,
                    figures + ", " + closingName);
        }
        return new BalanceCheck(currency, openingCode, opening, closing, credits, debits, withoutAmount, false,
                figures + ", but " + closingName + " is " + Amounts.format(closing, minorDigits) + " (a difference of "
                        + Amounts.format(closing - expected, minorDigits) + ")");
    }
}
