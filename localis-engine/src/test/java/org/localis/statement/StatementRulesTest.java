package org.localis.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.localis.input.InvalidInputException;

/**
 * The rules of issue 13 on hand-written files: entry currency and exchange details, OPBD/PRCD opening
 * balances and the per-currency check, pending and information-only entries, several statements in one
 * file, and 1C files that hold payment orders only.
 */
class StatementRulesTest {

    private static final String NS = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08";

    private static StatementFile camt(String statements) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"" + NS + "\">\n<BkToCstmrStmt>\n"
                + "<GrpHdr><MsgId>M1</MsgId><CreDtTm>2025-03-04T10:00:00</CreDtTm></GrpHdr>\n" + statements
                + "</BkToCstmrStmt>\n</Document>\n";
        return StatementFiles.read(xml.getBytes(StandardCharsets.UTF_8), "t.xml");
    }

    private static String stmt(String id, String account, String ccy, String balances, String entries) {
        return "<Stmt><Id>" + id + "</Id>\n<Acct><Id><IBAN>" + account + "</IBAN></Id><Ccy>" + ccy + "</Ccy></Acct>\n"
                + balances + entries + "</Stmt>\n";
    }

    private static String bal(String code, String ccy, String amount, String sign) {
        return "<Bal><Tp><CdOrPrtry><Cd>" + code + "</Cd></CdOrPrtry></Tp><Amt Ccy=\"" + ccy + "\">" + amount
                + "</Amt><CdtDbtInd>" + sign + "</CdtDbtInd><Dt><Dt>2025-03-03</Dt></Dt></Bal>\n";
    }

    private static String ntry(String ccy, String amount, String sign, String status, String dates, String extra) {
        return "<Ntry><Amt Ccy=\"" + ccy + "\">" + amount + "</Amt><CdtDbtInd>" + sign + "</CdtDbtInd><Sts><Cd>" + status
                + "</Cd></Sts>" + dates + extra + "</Ntry>\n";
    }

    private static final String BOOKED_ON = "<BookgDt><Dt>2025-03-03</Dt></BookgDt>";

    @Test
    void prcdIsTheOpeningBalanceWhenThereIsNoOpbdAndTheStatementReconciles() {
        StatementFile f = camt(stmt("S1", "NL91ABNA0417164300", "EUR",
                bal("PRCD", "EUR", "100.00", "CRDT") + bal("ITBD", "EUR", "999.00", "CRDT") + bal("CLAV", "EUR", "1.00", "DBIT")
                        + bal("CLBD", "EUR", "125.50", "CRDT"),
                ntry("EUR", "30.50", "CRDT", "BOOK", BOOKED_ON, "") + ntry("EUR", "5.00", "DBIT", "BOOK", BOOKED_ON, "")));
        BankStatement s = f.statements().get(0);
        assertThat(s.openingBalanceMinor()).isEqualTo(10_000L);
        assertThat(s.closingBalanceMinor()).isEqualTo(12_550L);
        assertThat(s.reconciles()).isTrue();
        assertThat(s.accountBalanceCheck().orElseThrow().openingCode()).isEqualTo("PRCD");
        assertThat(f.warnings()).isEmpty();
    }

    @Test
    void opbdWinsOverPrcdAndAMismatchIsExplainedWithTheFigures() {
        StatementFile f = camt(stmt("S1", "NL91ABNA0417164300", "EUR",
                bal("PRCD", "EUR", "1.00", "CRDT") + bal("OPBD", "EUR", "100.00", "DBIT") + bal("CLBD", "EUR", "50.00", "CRDT"),
                ntry("EUR", "30.00", "CRDT", "BOOK", BOOKED_ON, "")));
        BankStatement s = f.statements().get(0);
        assertThat(s.openingBalanceMinor()).isEqualTo(-10_000L);
        assertThat(s.reconciles()).isFalse();
        BalanceCheck c = s.accountBalanceCheck().orElseThrow();
        assertThat(c.explanation()).contains("OPBD").contains("-100.00").contains("30.00").contains("-70.00")
                .contains("50.00").contains("difference of 120.00");
        assertThat(f.warnings()).singleElement().satisfies(w -> assertThat(w.message()).isEqualTo(c.explanation()));
    }

    @Test
    void aForeignEntryKeepsItsCurrencyAndTheCounterValueFromAmtDtls() {
        String details = "<AmtDtls><InstdAmt><Amt Ccy=\"EUR\">350.00</Amt></InstdAmt>"
                + "<CntrValAmt><Amt Ccy=\"USD\">378.70</Amt><CcyXchg><SrcCcy>EUR</SrcCcy><TrgtCcy>USD</TrgtCcy>"
                + "<UnitCcy>EUR</UnitCcy><XchgRate>1.082</XchgRate></CcyXchg></CntrValAmt></AmtDtls>";
        StatementFile f = camt(stmt("S1", "DE89370400440532013000", "USD",
                bal("OPBD", "USD", "0", "CRDT") + bal("CLBD", "USD", "378.70", "CRDT"),
                ntry("EUR", "350.00", "CRDT", "BOOK", BOOKED_ON, details)));
        StatementEntry e = f.entries().get(0);
        assertThat(e.currency()).isEqualTo("EUR");
        assertThat(e.amountMinor()).isEqualTo(35_000L);
        assertThat(e.accountCurrency()).isEqualTo("USD");
        assertThat(e.isForeignCurrency()).isTrue();
        assertThat(e.exchange().counterCurrency()).isEqualTo("USD");
        assertThat(e.exchange().counterAmountMinor()).isEqualTo(37_870L);
        assertThat(e.exchange().rate()).isEqualByComparingTo(new BigDecimal("1.082"));
        assertThat(e.exchange().sourceCurrency()).isEqualTo("EUR");
        assertThat(e.amountIn("USD")).hasValue(37_870L);
        assertThat(e.amountIn("EUR")).hasValue(35_000L);
        assertThat(e.amountIn("RUB")).isEmpty();
        assertThat(f.statements().get(0).reconciles()).isTrue();
    }

    @Test
    void aForeignEntryWithoutCounterValueMakesTheAccountCheckUnknownNeverWrong() {
        StatementFile f = camt(stmt("S1", "DE89370400440532013000", "USD",
                bal("OPBD", "USD", "0", "CRDT") + bal("CLBD", "USD", "350.00", "CRDT"),
                ntry("EUR", "350.00", "CRDT", "BOOK", BOOKED_ON, "")));
        StatementEntry e = f.entries().get(0);
        assertThat(e.isForeignCurrency()).isTrue();
        assertThat(e.exchange()).isNull();
        assertThat(e.amountIn("USD")).isEmpty();
        BalanceCheck c = f.statements().get(0).accountBalanceCheck().orElseThrow();
        assertThat(c.reconciles()).isNull();
        assertThat(c.entriesWithoutAmount()).isEqualTo(1);
        assertThat(c.explanation()).contains("1 booked entry is in another currency without a counter-value in USD");
    }

    @Test
    void pendingAndInfoEntriesWithoutDatesAreSkippedNotFatal() {
        StatementFile f = camt(stmt("S1", "NL91ABNA0417164300", "EUR", "",
                ntry("EUR", "10.00", "CRDT", "BOOK", BOOKED_ON, "")
                        + ntry("EUR", "20.00", "CRDT", "PDNG", "", "")
                        + ntry("EUR", "0", "DBIT", "INFO", "", "")
                        + ntry("EUR", "7.00", "CRDT", "PDNG", BOOKED_ON, "")));
        BankStatement s = f.statements().get(0);
        assertThat(s.entries()).extracting(StatementEntry::status).containsExactly(EntryStatus.BOOKED, EntryStatus.PENDING);
        assertThat(s.bookedEntries()).hasSize(1);
        assertThat(s.skipped()).extracting(SkippedEntry::status)
                .containsExactly(EntryStatus.PENDING, EntryStatus.INFO, EntryStatus.PENDING);
        assertThat(s.skipped()).extracting(SkippedEntry::readable).containsExactly(false, false, true);
        assertThat(s.skipped().get(0).amountMinor()).isEqualTo(2_000L);
        assertThat(s.skipped().get(0).reason()).contains("BookgDt");
        assertThat(s.skipped().get(1).reason()).contains("greater than zero");
        assertThat(f.skippedEntries()).hasSize(3);
    }

    @Test
    void aBookedEntryWithoutDatesStillRejectsTheFile() {
        assertThatThrownBy(() -> camt(stmt("S1", "NL91ABNA0417164300", "EUR", "", ntry("EUR", "10.00", "CRDT", "BOOK", "", ""))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(ex -> assertThat(((InvalidInputException) ex).errors()).singleElement()
                        .satisfies(err -> assertThat(err.field()).isEqualTo("BookgDt")));
    }

    @Test
    void statementsForAnotherAccountAreListedAsSkipped() {
        StatementFile f = camt(stmt("A1", "NL91ABNA0417164300", "EUR", "", ntry("EUR", "1.00", "CRDT", "BOOK", BOOKED_ON, ""))
                + stmt("B1", "DE89370400440532013000", "EUR", "", ntry("EUR", "2.00", "CRDT", "BOOK", BOOKED_ON, ""))
                + stmt("A2", "NL91ABNA0417164300", "EUR", "", ntry("EUR", "3.00", "CRDT", "BOOK", BOOKED_ON, "")));
        AccountSelection sel = f.forAccount("nl91 abna 0417 1643 00");
        assertThat(sel.statements()).extracting(BankStatement::statementId).containsExactly("A1", "A2");
        assertThat(sel.entries()).extracting(StatementEntry::amountMinor).containsExactly(100L, 300L);
        assertThat(sel.skipped()).singleElement().satisfies(sk -> {
            assertThat(sk.statement().statementId()).isEqualTo("B1");
            assertThat(sk.reason()).contains("DE89370400440532013000").contains("skipped");
        });
        assertThat(f.forAccount("FR7630006000011234567890189").isEmpty()).isTrue();
    }

    @Test
    void aOneCFileWithPaymentOrdersOnlyIsRefusedWithTheReason() {
        String text = String.join("\n", "1CClientBankExchange", "ВерсияФормата=1.03", "Кодировка=Windows",
                "ДатаНачала=10.06.2024", "ДатаКонца=10.06.2024", "РасчСчет=40702810900000000002",
                "СекцияДокумент=Платежное поручение", "Номер=1", "Дата=10.06.2024", "Сумма=100.00",
                "ПлательщикСчет=40702810900000000002", "ПолучательСчет=40702810900000000003", "КонецДокумента",
                "КонецФайла", "");
        assertThatThrownBy(() -> StatementFiles.read(text.getBytes(StandardCharsets.UTF_8), "orders.txt"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(ex -> assertThat(((InvalidInputException) ex).errors()).singleElement().satisfies(err -> {
                    assertThat(err.line()).isEqualTo(7);
                    assertThat(err.field()).isEqualTo("СекцияРасчСчет");
                    assertThat(err.message()).startsWith("this file holds payment orders, not a statement: export the"
                            + " statement from the bank-client instead");
                }));
    }

    @Test
    void oneCPendingDocumentsAreSkippedAndTheBalanceCheckIsReported() {
        String text = String.join("\n", "1CClientBankExchange", "ВерсияФормата=1.03", "Кодировка=Windows",
                "РасчСчет=40702810900000000002", "СекцияРасчСчет", "ДатаНачала=10.06.2024", "ДатаКонца=10.06.2024",
                "РасчСчет=40702810900000000002", "НачальныйОстаток=1000.00", "КонечныйОстаток=1100.00", "КонецРасчСчет",
                "СекцияДокумент=Платежное поручение", "Номер=1", "Дата=10.06.2024", "Сумма=100.00",
                "ПлательщикСчет=40702810900000000003", "ПолучательСчет=40702810900000000002",
                "ДатаПоступило=10.06.2024", "КонецДокумента",
                "СекцияДокумент=Платежное поручение", "Номер=2", "Дата=10.06.2024", "Сумма=40.00",
                "ПлательщикСчет=40702810900000000003", "ПолучательСчет=40702810900000000002", "ДатаПоступило=",
                "КонецДокумента", "КонецФайла", "");
        StatementFile f = StatementFiles.read(text.getBytes(StandardCharsets.UTF_8), "s.txt");
        BankStatement s = f.statements().get(0);
        assertThat(s.skipped()).singleElement().satisfies(sk -> {
            assertThat(sk.line()).isEqualTo(20);
            assertThat(sk.amountMinor()).isEqualTo(4_000L);
            assertThat(sk.reason()).contains("ДатаПоступило");
        });
        assertThat(s.reconciles()).isTrue();
        assertThat(s.balanceChecks()).singleElement().satisfies(c -> assertThat(c.creditsMinor()).isEqualTo(10_000L));
        assertThat(List.of(s.entries().get(0).currency(), s.entries().get(0).accountCurrency())).containsOnly("RUB");
    }
}
