package org.localis.statement;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One movement on a bank account as a statement reports it: what the bank says arrived or left, not
 * what anybody promised.
 *
 * <p><b>Amount and sign.</b> {@code amountMinor} is always positive, in the minor units of
 * {@code currency} (kopecks, cents); the sign comes from {@link #direction()}. {@link #signedAmountMinor()}
 * gives the effect on the balance.
 *
 * <p><b>Currency.</b> {@code currency} is the currency of {@code amountMinor}, exactly as the file gives it
 * ({@code Ntry/Amt/@Ccy}); it may differ from {@code accountCurrency}, the statement's (real files book a
 * EUR entry on a USD account). Such an entry must never be counted as money in the account's or a drive's
 * currency: {@link #amountIn(String)} gives an amount only in the entry's own currency or in the currency
 * of the counter-value the file states ({@link CurrencyExchange}); nothing is converted here.
 *
 * <p><b>Reversals.</b> A reversal ({@code RvslInd=true} in camt.053) undoes an earlier entry and is booked
 * in the opposite direction: the return of a received credit (a donation the bank sends back to the
 * payer, for example a chargeback or a transfer returned for wrong details) arrives as a
 * {@link Direction#DEBIT} with {@code reversal=true}. The direction is kept exactly as in the file, so
 * the balance arithmetic stays right; a consumer must treat a reversed debit as <em>reducing</em> the
 * donation it returns (match it to the original credit by reference, payer and amount), not as an
 * ordinary expense. A reversed credit (an outgoing payment coming back) is money in, but it is not a
 * donation. That is why {@link #isIncomingBookedCredit()} excludes reversals; see also
 * {@link #isReturnOfCredit()}.
 *
 * <p><b>Dedupe key.</b> {@code dedupeKey} identifies the bank movement across re-imports: it does not
 * depend on the file name nor on which statement (or overlapping statement) the entry appears in. It
 * is readable text, fields joined by {@code |} (a {@code |} or {@code \} inside a field is escaped with
 * {@code \}); hash it if a fixed width is needed. camt.053: {@code account|AcctSvcrRef} when the bank
 * gives its reference, else
 * {@code account|bookingDate|amountMinor|CRDT or DBIT|NtryRef|EndToEndId|payerAccount}; a batch
 * entry split per transaction uses the transaction's own {@code AcctSvcrRef} or the entry's key
 * plus {@code #<transaction number>}. 1C:
 * {@code account|Дата|Номер|amountMinor|counter-account|Код|C or D} (Дата as ISO date, Код empty
 * when absent or 0). When two entries of one statement (camt) or file (1C) would get the same key, the
 * second and later get {@code #2}, {@code #3}… appended, so that identical-looking movements are not
 * merged.
 *
 * @param line                1-based line where the entry starts in the file (the {@code <Ntry>} tag, the
 *                            {@code <TxDtls>} tag of a split batch transaction, or the 1C
 *                            {@code СекцияДокумент} line)
 * @param account             the statement's account (IBAN or 20-digit account), spaces removed
 * @param currency            ISO 4217 code of the amount
 * @param dedupeKey           stable identity of the bank movement, see above
 * @param bookingDate         date booked ({@code BookgDt}, 1C {@code ДатаПоступило}/{@code ДатаСписано}); for a
 *                            pending entry without one, the value date or the 1C document date
 * @param valueDate           value date ({@code ValDt}); the booking date when the file gives none
 * @param amountMinor         amount in minor units, always &gt; 0
 * @param direction           credit (in) or debit (out), as in the file
 * @param reversal            whether the bank marks this entry as the reversal of an earlier one
 * @param status              booked, pending or information only
 * @param structuredReference the creditor reference ({@code Strd/CdtrRefInf/Ref}; 1C {@code Код}, the УИН/УИП,
 *                            when it is not empty or 0), or null
 * @param remittanceLines     the free-text purpose lines ({@code Ustrd}, {@code AddtlTxInf},
 *                            {@code AddtlNtryInf}; 1C {@code НазначениеПлатежа} and {@code НазначениеПлатежа1..6}),
 *                            blank lines left out
 * @param endToEndId          the payer's end-to-end id, or null when absent or {@code NOTPROVIDED}
 * @param payerName           the debtor's name (for a debit that is the account holder), or null
 * @param payerAccount        the debtor's account, or null
 * @param bankReference       the bank's reference ({@code AcctSvcrRef}, else {@code NtryRef}; 1C {@code Номер}), or null
 * @param rawText             the source text of the entry: the whole {@code <Ntry>} element as written (also for
 *                            each transaction of a split batch), or the 1C block from {@code СекцияДокумент} to
 *                            {@code КонецДокумента} with its lines joined by {@code \n}
 */
public record StatementEntry(
        int line,
        String account,
        String currency,
        String dedupeKey,
        LocalDate bookingDate,
        LocalDate valueDate,
        long amountMinor,
        Direction direction,
        boolean reversal,
        EntryStatus status,
        String structuredReference,
        List<String> remittanceLines,
        String endToEndId,
        String payerName,
        String payerAccount,
        String bankReference,
        String rawText,
        String accountCurrency,
        CurrencyExchange exchange,
        String payeeName,
        String payeeAccount) {

    public StatementEntry {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(dedupeKey, "dedupeKey");
        Objects.requireNonNull(bookingDate, "bookingDate");
        Objects.requireNonNull(valueDate, "valueDate");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(rawText, "rawText");
        if (amountMinor <= 0) {
            throw new IllegalArgumentException("amountMinor must be positive: " + amountMinor);
        }
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1-based: " + line);
        }
        remittanceLines = remittanceLines == null ? List.of() : List.copyOf(remittanceLines);
        accountCurrency = accountCurrency == null ? currency : accountCurrency;
    }

    /** An entry in the account's currency without exchange details (the form before entry currencies were kept). */
    public StatementEntry(int line, String account, String currency, String dedupeKey, LocalDate bookingDate,
            LocalDate valueDate, long amountMinor, Direction direction, boolean reversal, EntryStatus status,
            String structuredReference, List<String> remittanceLines, String endToEndId, String payerName,
            String payerAccount, String bankReference, String rawText) {
        this(line, account, currency, dedupeKey, bookingDate, valueDate, amountMinor, direction, reversal, status,
                structuredReference, remittanceLines, endToEndId, payerName, payerAccount, bankReference, rawText,
                currency, null, null, null);
    }

    /** The other party: the payer of a credit, the payee of a debit (null when the file does not say). */
    public String counterpartyName() {
        return direction == Direction.CREDIT ? payerName : payeeName;
    }

    /** The other party's account: the payer's for a credit, the payee's for a debit, or null. */
    public String counterpartyAccount() {
        return direction == Direction.CREDIT ? payerAccount : payeeAccount;
    }

    /** Whether the amount is in another currency than the statement's account. */
    public boolean isForeignCurrency() {
        return !currency.equals(accountCurrency);
    }

    /**
     * The amount (positive, minor units) in {@code currencyCode}: the entry's own amount when it is in that
     * currency, else the counter-value the file states in it, else empty. Never converted with a rate.
     */
    public OptionalLong amountIn(String currencyCode) {
        if (currency.equals(currencyCode)) {
            return OptionalLong.of(amountMinor);
        }
        if (exchange != null && exchange.hasCounterValue() && exchange.counterCurrency().equals(currencyCode)) {
            return OptionalLong.of(exchange.counterAmountMinor());
        }
        return OptionalLong.empty();
    }

    /** A booked credit that is not a reversal: money a payer actually sent, the only kind that counts as raised. */
    public boolean isIncomingBookedCredit() {
        return direction == Direction.CREDIT && status == EntryStatus.BOOKED && !reversal;
    }

    /**
     * A booked reversal debit: money sent back to a payer, which reduces the credit (donation) it
     * reverses.
     */
    public boolean isReturnOfCredit() {
        return direction == Direction.DEBIT && status == EntryStatus.BOOKED && reversal;
    }

    /** The effect on the balance: positive for a credit, negative for a debit. */
    public long signedAmountMinor() {
        return direction == Direction.CREDIT ? amountMinor : -amountMinor;
    }

    /** The remittance lines joined by a line break, for searching a reference in the purpose text. */
    public String remittanceText() {
        return String.join("\n", remittanceLines);
    }
}
