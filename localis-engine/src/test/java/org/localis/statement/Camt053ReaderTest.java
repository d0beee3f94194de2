package org.localis.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.localis.statement.StatementTestFiles.bytes;
import static org.localis.statement.StatementTestFiles.errors;
import static org.localis.statement.StatementTestFiles.lineOf;
import static org.localis.statement.StatementTestFiles.lineOfOccurrence;
import static org.localis.statement.StatementTestFiles.replaceOccurrence;
import static org.localis.statement.StatementTestFiles.utf8;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.localis.input.InputError;
import org.localis.input.InvalidInputException;
import org.localis.testing.StatementSamples;
import org.localis.testing.StatementSamples.Movement;
import org.localis.testing.StatementSamples.Statement;

class Camt053ReaderTest {

    private static final LocalDate D20141231 = LocalDate.of(2014, 12, 31);
    private static final LocalDate D20150102 = LocalDate.of(2015, 1, 2);

    private static StatementFile read(String xml) {
        return Camt053Reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "t.xml");
    }

    private static List<InputError> rejected(String xml) {
        return errors(() -> read(xml));
    }

    /** The exact text of the n-th {@code <Ntry>} element of a file, found without the reader. */
    private static String ntryText(String file, int n) {
        int start = -1;
        for (int i = 0; i < n; i++) {
            start = file.indexOf("<Ntry>", start + 1);
        }
        return file.substring(start, file.indexOf("</Ntry>", start) + "</Ntry>".length());
    }

    // ---- the public samples ----

    @Test
    void multiStatementSampleGivesTwoStatementsWithACreditAndADebit() {
        String xml = utf8("genkgo-camt053.v2.multi.statement.xml");
        StatementFile file = Camt053Reader.read(new ByteArrayInputStream(bytes("genkgo-camt053.v2.multi.statement.xml")),
                "multi.xml");
        assertThat(file.format()).isEqualTo(StatementFormat.CAMT_053);
        assertThat(file.formatVersion()).isEqualTo("camt.053.001.02");
        assertThat(file.warnings()).isEmpty();
        assertThat(file.statements()).hasSize(2);
        assertThat(file.entries()).hasSize(2);

        BankStatement first = file.statements().get(0);
        assertThat(first.account()).isEqualTo("NL26VAYB8060476890");
        assertThat(first.currency()).isEqualTo("EUR");
        assertThat(first.statementId()).isEqualTo("253EURNL26VAYB8060476890");
        assertThat(first.from()).isEqualTo(LocalDate.of(2007, 10, 18));
        assertThat(first.to()).isEqualTo(LocalDate.of(2007, 10, 18));
        assertThat(first.openingBalanceMinor()).isEqualTo(1815L);
        assertThat(first.closingBalanceMinor()).isEqualTo(2700L);
        assertThat(first.closingDate()).isEqualTo(D20141231);
        assertThat(first.line()).isEqualTo(26);

        StatementEntry credit = first.entries().get(0);
        assertThat(credit.line()).isEqualTo(66);
        assertThat(credit.account()).isEqualTo("NL26VAYB8060476890");
        assertThat(credit.currency()).isEqualTo("EUR");
        assertThat(credit.amountMinor()).isEqualTo(885);
        assertThat(credit.direction()).isEqualTo(Direction.CREDIT);
        assertThat(credit.status()).isEqualTo(EntryStatus.BOOKED);
        assertThat(credit.reversal()).isFalse();
        assertThat(credit.isIncomingBookedCredit()).isTrue();
        assertThat(credit.bookingDate()).isEqualTo(D20141231);
        assertThat(credit.valueDate()).isEqualTo(D20150102);
        assertThat(credit.endToEndId()).isEqualTo("000000001");
        assertThat(credit.remittanceLines()).containsExactly("Transaction Description 1");
        assertThat(credit.structuredReference()).isNull();
        assertThat(credit.payerName()).isNull();
        assertThat(credit.payerAccount()).isNull();
        assertThat(credit.bankReference()).isNull();
        // no AcctSvcrRef: account|bookingDate|amount|direction|NtryRef|EndToEndId|payerAccount
        assertThat(credit.dedupeKey()).isEqualTo("NL26VAYB8060476890|2014-12-31|885|CRDT||000000001|");
        assertThat(credit.rawText()).isEqualTo(ntryText(xml, 1));

        BankStatement second = file.statements().get(1);
        assertThat(second.statementId()).isEqualTo("254EURNL26VAYB8060476890");
        assertThat(second.line()).isEqualTo(112);
        // no FrToDt: the period is that of the booking dates
        assertThat(second.from()).isEqualTo(D20141231);
        assertThat(second.to()).isEqualTo(D20141231);
        assertThat(second.openingBalanceMinor()).isEqualTo(2700L);
        assertThat(second.closingBalanceMinor()).isEqualTo(2000L);
        StatementEntry debit = second.entries().get(0);
        assertThat(debit.line()).isEqualTo(145);
        assertThat(debit.amountMinor()).isEqualTo(700);
        assertThat(debit.direction()).isEqualTo(Direction.DEBIT);
        assertThat(debit.signedAmountMinor()).isEqualTo(-700);
        assertThat(debit.isIncomingBookedCredit()).isFalse();
        assertThat(debit.endToEndId()).isEqualTo("000000002");
        assertThat(debit.remittanceLines()).containsExactly("Transaction Description 2");
        assertThat(debit.rawText()).isEqualTo(ntryText(xml, 2));
        assertThat(second.bookedMovementMinor()).isEqualTo(-700);
    }

    @Test
    void threeDecimalAmountsAreNormalisedAndTheSamplesBalanceMismatchIsAWarning() {
        StatementFile file = Camt053Reader.read(bytes("genkgo-camt053.v2.five.decimals.xml"), "five.xml");
        BankStatement s = file.statements().get(0);
        assertThat(s.entries()).singleElement().satisfies(e -> {
            assertThat(e.amountMinor()).isEqualTo(885); // 8.850
            assertThat(e.line()).isEqualTo(61);
            assertThat(e.direction()).isEqualTo(Direction.CREDIT);
        });
        assertThat(s.openingBalanceMinor()).isEqualTo(1815L); // 18.150
        assertThat(s.closingBalanceMinor()).isEqualTo(2705L); // 27.050
        // 18.15 + 8.85 = 27.00, not 27.05: a valid public sample, so a warning naming the statement
        assertThat(file.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(25);
            assertThat(w.field()).isEqualTo("Bal");
            assertThat(w.message()).contains("27.00").contains("27.05");
        });
    }

    @Test
    void version8SampleReadsStatusCodeDateTimeNestedPartyAndCreditorReference() {
        String xml = utf8("genkgo-camt053.v8.xml");
        StatementFile file = Camt053Reader.read(bytes("genkgo-camt053.v8.xml"), "v8.xml");
        assertThat(file.formatVersion()).isEqualTo("camt.053.001.08");
        BankStatement s = file.statements().get(0);
        assertThat(s.account()).isEqualTo("NL26VAYB8060476890"); // Acct/Id/Othr/Id
        assertThat(s.currency()).isEqualTo("EUR"); // no Acct/Ccy: the entries' currency
        assertThat(s.openingBalanceMinor()).isEqualTo(1815L);
        assertThat(s.closingBalanceMinor()).isNull(); // CLBD is in SEK
        assertThat(s.closingDate()).isNull();
        // one check per currency with a balance: EUR has no CLBD, SEK no OPBD/PRCD; neither can be told
        assertThat(s.balanceChecks()).extracting(BalanceCheck::currency).containsExactly("EUR", "SEK");
        assertThat(s.balanceChecks()).allSatisfy(c -> assertThat(c.reconciles()).isNull());
        assertThat(s.reconciles()).isNull();
        assertThat(file.warnings()).hasSize(2).anySatisfy(w -> assertThat(w.message()).contains("SEK")
                .contains("no opening balance"));
        StatementEntry e = s.entries().get(0);
        assertThat(e.line()).isEqualTo(110);
        assertThat(e.amountMinor()).isEqualTo(885); // the entry amount, not the single TxDtls' "0 SEK"
        assertThat(e.currency()).isEqualTo("EUR");
        assertThat(e.status()).isEqualTo(EntryStatus.BOOKED); // Sts/Cd
        assertThat(e.reversal()).isFalse(); // no RvslInd
        assertThat(e.bookingDate()).isEqualTo(D20141231); // BookgDt/DtTm 2014-12-31T13:15:00+01:00
        assertThat(e.valueDate()).isEqualTo(D20150102);
        assertThat(e.bankReference()).isEqualTo("AAAASESS-FP-CN_98765/01");
        assertThat(e.dedupeKey()).isEqualTo("NL26VAYB8060476890|AAAASESS-FP-CN_98765/01");
        assertThat(e.payerName()).isEqualTo("NAME NAME"); // Dbtr/Pty/Nm
        assertThat(e.payerAccount()).isEqualTo("NL56AGDH9619008421");
        assertThat(e.structuredReference()).isEqualTo("4654654654654654");
        assertThat(e.endToEndId()).isEqualTo("MUELL/FINP/RA12345");
        assertThat(e.remittanceLines()).isEmpty();
        assertThat(e.isIncomingBookedCredit()).isTrue();
        assertThat(e.rawText()).isEqualTo(ntryText(xml, 1));
    }

    @Test
    void sampleWithoutStatementIsRejected() {
        List<InputError> errors = errors(() -> Camt053Reader.read(bytes("genkgo-camt053.v2.wrong.xml"), "wrong.xml"));
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo("wrong.xml");
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.field()).isEqualTo("Stmt");
            assertThat(e.message()).contains("no statement");
        });
    }

    // ---- structure variants ----

    @Test
    void documentInsideAnApplicationHeaderEnvelopeIsRead() {
        String sample = utf8("genkgo-camt053.v2.multi.statement.xml");
        String document = sample.substring(sample.indexOf("<Document"));
        String envelope = "<message>\n  <AppHdr xmlns=\"urn:iso:std:iso:20022:tech:xsd:head.001.001.01\">\n"
                + "    <BizMsgIdr>X1</BizMsgIdr>\n    <MsgDefIdr>camt.053.001.02</MsgDefIdr>\n  </AppHdr>\n"
                + document + "\n</message>\n";
        StatementFile wrapped = read(envelope);
        StatementFile plain = read(sample);
        assertThat(wrapped.entries()).extracting(StatementEntry::dedupeKey, StatementEntry::amountMinor, StatementEntry::rawText)
                .isEqualTo(plain.entries().stream()
                        .map(e -> org.assertj.core.groups.Tuple.tuple(e.dedupeKey(), e.amountMinor(), e.rawText())).toList());
        // the envelope puts <Document> on line 6 instead of 2
        assertThat(wrapped.entries().get(0).line()).isEqualTo(66 + 4);
    }

    @Test
    void envelopeWithoutDocumentIsRejected() {
        assertThat(rejected("<message><AppHdr/></message>")).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("root element is <message>"));
    }

    @Test
    void prefixedNamespaceIsReadByLocalNames() {
        String sample = utf8("genkgo-camt053.v2.multi.statement.xml");
        String prefixed = sample.replaceAll("<(/?)([A-Za-z])", "<$1c:$2")
                .replace("xmlns=\"urn:iso", "xmlns:c=\"urn:iso");
        StatementFile file = read(prefixed);
        assertThat(file.entries()).extracting(StatementEntry::amountMinor).containsExactly(885L, 700L);
        assertThat(file.entries().get(0).rawText()).startsWith("<c:Ntry>").endsWith("</c:Ntry>");
        assertThat(file.entries().get(0).dedupeKey()).isEqualTo(read(sample).entries().get(0).dedupeKey());
    }

    @Test
    void otherNamespacesAndVersionsAreRejectedClearly() {
        String sample = utf8("genkgo-camt053.v2.multi.statement.xml");
        String ns = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02";
        assertThat(rejected(sample.replace(ns, "urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"))).singleElement()
                .satisfies(e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.message()).contains("camt.054.001.08").contains("not a camt.053");
                });
        assertThat(rejected(sample.replace(ns, "urn:iso:std:iso:20022:tech:xsd:camt.053.001.01"))).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("001.01 is not supported"));
        assertThat(rejected(sample.replace(ns, "urn:iso:std:iso:20022:tech:xsd:camt.053.001.14"))).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("001.14 is not supported"));
        assertThat(rejected(sample.replace(" xmlns=\"" + ns + "\"", ""))).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("no namespace"));
        assertThat(rejected(sample.replace(ns, "http://example.com/camt"))).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("unknown namespace"));
        for (String v : List.of("02", "04", "08", "13")) {
            assertThat(read(sample.replace(ns, ns.substring(0, ns.length() - 2) + v)).formatVersion())
                    .isEqualTo("camt.053.001." + v);
        }
    }

    // ---- entries ----

    private static Statement threeCredits() {
        LocalDate d = LocalDate.of(2025, 3, 10);
        return new Statement("DE44500105175407324931", "Kolesa e.V.", "EUR", "S-1", d, d, 10_000L, List.of(
                Movement.credit(d, 1_000, "REF-1", "Anna", "DE02120300000000202051", "Spende RF18539007547034"),
                Movement.credit(d, 2_550, "REF-2", "Boris", "DE02500105170137075030", "Spende 2"),
                Movement.credit(d, 700, "REF-3", "Clara", "DE88100900001234567892", "Spende 3")));
    }

    @Test
    void oneBadEntryAmongGoodOnesRejectsTheWholeFileNamingItsLine() {
        String xml = StatementSamples.camt053(2, List.of(threeCredits()));
        assertThat(read(xml).entries()).hasSize(3);
        String bad = replaceOccurrence(xml, ">25.50<", 1, ">25.505<");
        List<InputError> errors = rejected(bad);
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(lineOfOccurrence(bad, "25.505", 1));
            assertThat(e.field()).isEqualTo("Amt");
            assertThat(e.message()).contains("more decimals than EUR");
        });
    }

    @Test
    void everyBadEntryIsListed() {
        String xml = StatementSamples.camt053(8, List.of(threeCredits()));
        String bad = replaceOccurrence(xml, "<CdtDbtInd>CRDT</CdtDbtInd>", 4, ""); // 2nd entry (after OPBD, CLBD, entry 1)
        bad = replaceOccurrence(bad, "<DtTm>2025-03-10T12:30:00+03:00</DtTm>", 3, "<DtTm>2025-02-30T12:30:00</DtTm>");
        List<InputError> errors = rejected(bad);
        assertThat(errors).extracting(InputError::line, InputError::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(lineOfOccurrence(bad, "<Ntry>", 2), "CdtDbtInd"),
                org.assertj.core.groups.Tuple.tuple(lineOfOccurrence(bad, "2025-02-30", 1), "BookgDt/DtTm"));
    }

    @Test
    void amountsFollowTheCurrencysMinorUnits() {
        String xml = StatementSamples.camt053(2, List.of(threeCredits()));
        assertThat(read(xml.replace(">10.00<", ">10.00000<")).entries().get(0).amountMinor()).isEqualTo(1000);
        assertThat(read(xml.replace(">10.00<", ">10<")).entries().get(0).amountMinor()).isEqualTo(1000);
        assertThat(rejected(xml.replace(">10.00<", ">10.000001<"))).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("more than 5 decimals"));
        assertThat(rejected(xml.replace(">10.00<", ">-10.00<"))).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("CdtDbtInd"));
        assertThat(rejected(xml.replace(">10.00<", ">10,00<"))).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("not an amount"));
        assertThat(rejected(xml.replace(">10.00<", ">0.00<"))).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("greater than zero"));
        assertThat(rejected(xml.replace("<Amt Ccy=\"EUR\">10.00<", "<Amt Ccy=\"EUX\">10.00<"))).singleElement()
                .satisfies(e -> assertThat(e.field()).isEqualTo("Amt/@Ccy"));
        assertThat(rejected(xml.replace("<Amt Ccy=\"EUR\">10.00<", "<Amt>10.00<"))).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("currency code"));
        String yen = xml.replace("\"EUR\"", "\"JPY\"").replace("<Ccy>EUR</Ccy>", "<Ccy>JPY</Ccy>");
        // JPY has no minor units: "10.00" is 10 yen, "25.50" is not an amount of yen
        assertThat(rejected(yen)).extracting(InputError::field).contains("Amt");
        StatementFile jpy = read(yen.replace(">25.50<", ">25<").replace(">100.00<", ">100<").replace(">142.50<", ">142<"));
        assertThat(jpy.entries()).extracting(StatementEntry::amountMinor).containsExactly(10L, 25L, 7L);
    }

    @Test
    void statusesAndRequiredElements() {
        String xml = StatementSamples.camt053(2, List.of(threeCredits()));
        StatementFile file = read(replaceOccurrence(replaceOccurrence(xml, "<Sts>BOOK</Sts>", 1, "<Sts>PDNG</Sts>"),
                "<Sts>BOOK</Sts>", 1, "<Sts>INFO</Sts>"));
        assertThat(file.entries()).extracting(StatementEntry::status)
                .containsExactly(EntryStatus.PENDING, EntryStatus.INFO, EntryStatus.BOOKED);
        assertThat(file.entries()).extracting(StatementEntry::isIncomingBookedCredit).containsExactly(false, false, true);
        assertThat(rejected(xml.replaceFirst("<Sts>BOOK</Sts>", "<Sts>DONE</Sts>"))).singleElement()
                .satisfies(e -> assertThat(e.field()).isEqualTo("Sts"));
        assertThat(rejected(xml.replaceFirst("<Sts>BOOK</Sts>", ""))).singleElement()
                .satisfies(e -> assertThat(e.field()).isEqualTo("Sts"));
        assertThat(rejected(xml.replace("<IBAN>DE44500105175407324931</IBAN>", ""))).singleElement()
                .satisfies(e -> assertThat(e.field()).isEqualTo("Acct/Id"));
        assertThat(rejected(xml.replaceFirst("<Amt Ccy=\"EUR\">10.00</Amt>", ""))).singleElement()
                .satisfies(e -> assertThat(e.field()).isEqualTo("Amt"));
        String noDates = xml.replaceFirst("(?s)<BookgDt>.*?</BookgDt>", "").replaceFirst("(?s)<ValDt>.*?</ValDt>", "");
        assertThat(rejected(noDates)).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("BookgDt"));
    }

    @Test
    void reversalOfACreditKeepsTheBookedDirectionAndIsNotADonation() {
        LocalDate d = LocalDate.of(2025, 3, 11);
        Statement s = new Statement("DE44500105175407324931", "Kolesa e.V.", "EUR", "S-2", d, d, 5_000L, List.of(
                Movement.credit(d, 2_000, "IN-1", "Anna", "DE02120300000000202051", "Spende"),
                new Movement(d, d, 2_000, Direction.DEBIT, true, EntryStatus.BOOKED, "RET-1", null, null,
                        List.of("Ruecklastschrift"), "Anna", "DE02120300000000202051")));
        StatementFile file = read(StatementSamples.camt053(8, List.of(s)));
        StatementEntry back = file.entries().get(1);
        assertThat(back.direction()).isEqualTo(Direction.DEBIT);
        assertThat(back.reversal()).isTrue();
        assertThat(back.isIncomingBookedCredit()).isFalse();
        assertThat(back.isReturnOfCredit()).isTrue();
        assertThat(file.entries().get(0).isReturnOfCredit()).isFalse();
        assertThat(file.warnings()).isEmpty(); // 50.00 + 20.00 - 20.00 = 50.00
        assertThat(file.statements().get(0).closingBalanceMinor()).isEqualTo(5_000L);
    }

    @Test
    void balanceMismatchIsAWarningNamingTheStatement() {
        String xml = StatementSamples.camt053(2, List.of(threeCredits()));
        String off = xml.replace(">142.50<", ">142.51<"); // 100.00 + 42.50 = 142.50
        StatementFile file = read(off);
        assertThat(file.entries()).hasSize(3);
        assertThat(file.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(lineOfOccurrence(off, "<Stmt>", 1));
            assertThat(w.message()).contains("142.50").contains("142.51");
        });
        assertThat(read(xml).warnings()).isEmpty();
    }

    // ---- batches ----

    private static final String BATCH = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
              <BkToCstmrStmt>
                <GrpHdr><MsgId>M</MsgId><CreDtTm>2025-03-12T10:00:00</CreDtTm></GrpHdr>
                <Stmt>
                  <Id>B-1</Id>
                  <CreDtTm>2025-03-12T10:00:00</CreDtTm>
                  <Acct><Id><Othr><Id>40703810900000000001</Id></Othr></Id><Ccy>RUB</Ccy></Acct>
                  <Ntry>
                    <NtryRef>N-9</NtryRef>
                    <Amt Ccy="RUB">3550.00</Amt>
                    <CdtDbtInd>CRDT</CdtDbtInd>
                    <Sts>BOOK</Sts>
                    <BookgDt><Dt>2025-03-12</Dt></BookgDt>
                    <AcctSvcrRef>BATCH-1</AcctSvcrRef>
                    <NtryDtls>
                      <TxDtls>
                        <AmtDtls><TxAmt><Amt Ccy="RUB">1000.00</Amt></TxAmt></AmtDtls>
                        <RltdPties><Dbtr><Nm>Иванов</Nm></Dbtr></RltdPties>
                        <RmtInf><Ustrd>Пожертвование D7K000123-45</Ustrd></RmtInf>
                      </TxDtls>
                      <TxDtls>
                        <Refs><AcctSvcrRef>TX-2</AcctSvcrRef><EndToEndId>E2E-2</EndToEndId></Refs>
                        <AmtDtls><TxAmt><Amt Ccy="RUB">2000</Amt></TxAmt></AmtDtls>
                        <RltdPties><Dbtr><Nm>Петров</Nm></Dbtr></RltdPties>
                        <RmtInf><Ustrd>Пожертвование</Ustrd></RmtInf>
                      </TxDtls>
                      <TxDtls>
                        <AmtDtls><TxAmt><Amt Ccy="RUB">550.00</Amt></TxAmt></AmtDtls>
                        <RmtInf><Strd><CdtrRefInf><Ref>RF18539007547034</Ref></CdtrRefInf></Strd></RmtInf>
                      </TxDtls>
                    </NtryDtls>
                    <AddtlNtryInf>Зачисление реестра</AddtlNtryInf>
                  </Ntry>
                </Stmt>
              </BkToCstmrStmt>
            </Document>
            """;

    @Test
    void batchEntryWithTransactionAmountsIsSplitPerTransaction() {
        StatementFile file = read(BATCH);
        List<StatementEntry> e = file.entries();
        assertThat(e).extracting(StatementEntry::amountMinor).containsExactly(100_000L, 200_000L, 55_000L);
        assertThat(e).extracting(StatementEntry::line).containsExactly(
                lineOfOccurrence(BATCH, "<TxDtls>", 1), lineOfOccurrence(BATCH, "<TxDtls>", 2),
                lineOfOccurrence(BATCH, "<TxDtls>", 3));
        assertThat(e).extracting(StatementEntry::dedupeKey).containsExactly(
                "40703810900000000001|BATCH-1#tx1", "40703810900000000001|TX-2", "40703810900000000001|BATCH-1#tx3");
        assertThat(e).extracting(StatementEntry::bankReference).containsExactly("BATCH-1", "TX-2", "BATCH-1");
        assertThat(e).extracting(StatementEntry::payerName).containsExactly("Иванов", "Петров", null);
        assertThat(e).extracting(StatementEntry::endToEndId).containsExactly(null, "E2E-2", null);
        assertThat(e.get(0).remittanceLines()).containsExactly("Пожертвование D7K000123-45", "Зачисление реестра");
        assertThat(e.get(2).structuredReference()).isEqualTo("RF18539007547034");
        assertThat(e).allSatisfy(x -> {
            assertThat(x.rawText()).isEqualTo(ntryText(BATCH, 1));
            assertThat(x.isIncomingBookedCredit()).isTrue();
        });
        // no FrToDt: the booking date is the period
        assertThat(file.statements().get(0).from()).isEqualTo(LocalDate.of(2025, 3, 12));
    }

    @Test
    void batchWhoseTransactionsDoNotAddUpIsRejected() {
        String bad = BATCH.replace(">550.00<", ">551.00<");
        assertThat(rejected(bad)).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(lineOfOccurrence(bad, "<Ntry>", 1));
            assertThat(e.field()).isEqualTo("NtryDtls/TxDtls");
            assertThat(e.message()).contains("3551.00").contains("3550.00");
        });
    }

    @Test
    void entryWhoseTransactionsDoNotAllCarryAnAmountStaysOneEntry() {
        String one = BATCH.replace("<AmtDtls><TxAmt><Amt Ccy=\"RUB\">550.00</Amt></TxAmt></AmtDtls>", "");
        StatementFile file = read(one);
        assertThat(file.entries()).singleElement().satisfies(e -> {
            assertThat(e.amountMinor()).isEqualTo(355_000);
            assertThat(e.dedupeKey()).isEqualTo("40703810900000000001|BATCH-1");
            assertThat(e.remittanceLines()).containsExactly("Пожертвование D7K000123-45", "Пожертвование",
                    "Зачисление реестра");
            assertThat(e.structuredReference()).isEqualTo("RF18539007547034");
            assertThat(e.payerName()).isEqualTo("Иванов");
        });
    }

    // ---- dedupe keys ----

    @Test
    void dedupeKeyIsTheSameInOverlappingStatementsAndFiles() {
        LocalDate d1 = LocalDate.of(2025, 4, 1);
        LocalDate d2 = LocalDate.of(2025, 4, 5);
        Movement a = Movement.credit(d1, 1_000, null, "Anna", "DE02120300000000202051", "Spende");
        Movement b = Movement.credit(d2, 2_000, "BANK-7", "Boris", "DE02500105170137075030", "Spende");
        Movement c = Movement.credit(d2, 3_000, null, "Clara", "DE88100900001234567892", "Spende");
        String acct = "DE44500105175407324931";
        Statement early = new Statement(acct, "K", "EUR", "E", d1, d2, null, List.of(a, b));
        Statement late = new Statement(acct, "K", "EUR", "L", d1, d2.plusDays(3), null, List.of(a, b, c));
        StatementFile one = Camt053Reader.read(StatementSamples.camt053Bytes(2, early, late), "one.xml");
        StatementFile other = Camt053Reader.read(StatementSamples.camt053Bytes(8, late), "other-name.xml");
        List<String> firstKeys = one.statements().get(0).entries().stream().map(StatementEntry::dedupeKey).toList();
        List<String> secondKeys = one.statements().get(1).entries().stream().map(StatementEntry::dedupeKey).toList();
        assertThat(secondKeys).startsWith(firstKeys.toArray(String[]::new)).hasSize(3).doesNotHaveDuplicates();
        assertThat(other.entries()).extracting(StatementEntry::dedupeKey).isEqualTo(secondKeys);
        assertThat(firstKeys.get(1)).isEqualTo(acct + "|BANK-7");
        assertThat(firstKeys.get(0)).isEqualTo(acct + "|2025-04-01|1000|CRDT||" + "|DE02120300000000202051");
    }

    @Test
    void identicalLookingEntriesInOneStatementKeepDistinctKeys() {
        LocalDate d = LocalDate.of(2025, 4, 1);
        Movement same = Movement.credit(d, 1_000, null, "Anna", "DE02120300000000202051", "Spende");
        Statement s = new Statement("DE44500105175407324931", "K", "EUR", "S", d, d, null, List.of(same, same, same));
        List<String> keys = read(StatementSamples.camt053(2, List.of(s))).entries().stream()
                .map(StatementEntry::dedupeKey).toList();
        assertThat(keys).doesNotHaveDuplicates();
        assertThat(keys.get(1)).isEqualTo(keys.get(0) + "#2");
        assertThat(keys.get(2)).isEqualTo(keys.get(0) + "#3");
    }

    @Test
    void keyFieldsContainingTheSeparatorAreEscaped() {
        String xml = StatementSamples.camt053(2, List.of(threeCredits())).replace(">REF-1<", ">A|B\\C<");
        assertThat(read(xml).entries().get(0).dedupeKey()).isEqualTo("DE44500105175407324931|A\\|B\\\\C");
    }

    // ---- text positions ----

    @Test
    void rawTextAndLinesAreExactInALargeFileWithSupplementaryCharacters() {
        LocalDate d = LocalDate.of(2025, 5, 1);
        List<Movement> movements = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            movements.add(Movement.credit(d, 100 + i, "R" + i, "Плательщик 😀 " + i, "40817810000000000" + (100 + i % 900),
                    "Назначение 𝄞 № " + i, "second line é"));
        }
        Statement s = new Statement("40703810900000000001", "АНО", "RUB", "BIG", d, d, 0L, movements);
        String xml = StatementSamples.camt053(8, List.of(s));
        List<StatementEntry> entries = read(xml).entries();
        assertThat(entries).hasSize(3000);
        int from = 0;
        int line = 1;
        for (int i = 0; i < entries.size(); i++) {
            int at = xml.indexOf("<Ntry>", from);
            int end = xml.indexOf("</Ntry>", at) + 7;
            line += (int) xml.substring(from, at).chars().filter(c -> c == '\n').count();
            StatementEntry e = entries.get(i);
            assertThat(e.rawText()).isEqualTo(xml.substring(at, end));
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.payerName()).isEqualTo("Плательщик 😀 " + i);
            line += (int) xml.substring(at, end).chars().filter(c -> c == '\n').count();
            from = end;
        }
        // the same file on one line: every entry on line 1, texts still exact
        String flat = xml.replace("\n", "");
        List<StatementEntry> flatEntries = read(flat).entries();
        assertThat(flatEntries).allSatisfy(e -> assertThat(e.line()).isEqualTo(1));
        assertThat(flatEntries.get(2999).rawText()).isEqualTo(entries.get(2999).rawText().replace("\n", ""));
    }

    @Test
    void rawTextStaysExactAfterEntityReferencesAndOddLineBreaks() {
        // the JDK parser's character offset drifts after this mix of entity references and line breaks;
        // lines and columns do not
        String xml = StatementSamples.camt053(2, List.of(threeCredits()))
                .replace("Spende RF18539007547034", "a&quot;b x&lt;y&amp;z")
                .replace("<Ustrd>Spende 2</Ustrd>", "<Ustrd>q</Ustrd>\r\n <Ustrd>r&apos;s</Ustrd>\r  <Ustrd>t</Ustrd>");
        List<StatementEntry> entries = read(xml).entries();
        assertThat(entries.get(0).remittanceLines()).containsExactly("a\"b x<y&z");
        assertThat(entries.get(1).remittanceLines()).containsExactly("q", "r's", "t");
        String normalised = xml.replaceAll("\r(?!\n)", "\n"); // a lone CR is a line break in XML
        for (int i = 0; i < 3; i++) {
            assertThat(entries.get(i).rawText()).isEqualTo(ntryText(normalised, i + 1));
            assertThat(entries.get(i).line()).isEqualTo(lineOfOccurrence(normalised, "<Ntry>", i + 1));
        }
    }

    @Test
    void declaredEncodingsAndByteOrderMarksAreHonoured() {
        String xml = StatementSamples.camt053(2, List.of(threeCredits())).replace("Spende 2", "Spende für Kinder");
        String latin1 = xml.replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");
        StatementFile a = Camt053Reader.read(latin1.getBytes(StandardCharsets.ISO_8859_1), "l1.xml");
        assertThat(a.entries().get(1).remittanceLines()).containsExactly("Spende für Kinder");
        byte[] utf16 = ("\uFEFF" + xml.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"")).getBytes(StandardCharsets.UTF_16BE);
        assertThat(Camt053Reader.read(utf16, "u16.xml").entries().get(1).remittanceLines()).containsExactly("Spende für Kinder");
        byte[] bom = ("\uFEFF" + xml).getBytes(StandardCharsets.UTF_8);
        assertThat(Camt053Reader.read(bom, "bom.xml").entries()).hasSize(3);
        // a UTF-8 file whose bytes are not UTF-8
        byte[] broken = latin1.replace("ISO-8859-1", "UTF-8").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(errors(() -> Camt053Reader.read(broken, "b.xml"))).singleElement().satisfies(e -> {
            assertThat(e.message()).contains("not valid UTF-8");
            assertThat(e.line()).isEqualTo(lineOfOccurrence(latin1, "für", 1));
        });
        assertThat(errors(() -> Camt053Reader.read(xml.replace("UTF-8", "X-NOPE-9").getBytes(StandardCharsets.UTF_8), "n.xml")))
                .singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("encoding"));
    }

    // ---- malformed files ----

    @Test
    void truncatedFilesAreRejectedWherever_theyAreCut() {
        byte[] sample = bytes("genkgo-camt053.v2.multi.statement.xml");
        for (int cut = 0; cut < sample.length - 12; cut += 37) {
            byte[] part = java.util.Arrays.copyOf(sample, cut);
            List<InputError> errors = errors(() -> Camt053Reader.read(part, "cut.xml"));
            assertThat(errors).isNotEmpty();
        }
        byte[] half = java.util.Arrays.copyOf(sample, sample.length / 2);
        assertThat(errors(() -> Camt053Reader.read(half, "half.xml"))).singleElement().satisfies(e -> {
            assertThat(e.message()).startsWith("unexpected end of file");
            assertThat(e.line()).isEqualTo(lineOf(new String(half, StandardCharsets.UTF_8), half.length));
        });
    }

    @Test
    void nonXmlAndEmptyInputAreRejected() {
        assertThat(errors(() -> Camt053Reader.read(new byte[0], "e.xml"))).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("empty"));
        assertThat(rejected("this is not XML")).isNotEmpty();
        assertThat(rejected("<html><body>hi</body></html>")).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("root element is <html>"));
        assertThat(rejected("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><Other/></Document>"))
                .singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("BkToCstmrStmt"));
        assertThat(rejected(utf8("genkgo-camt053.v2.multi.statement.xml") + "<trailing/>")).isNotEmpty();
    }

    @Test
    void absurdNestingIsRejected() {
        String xml = StatementSamples.camt053(2, List.of(threeCredits()));
        String deep = "<X>".repeat(200) + "</X>".repeat(200);
        assertThat(rejected(xml.replaceFirst("<NtryDtls>", "<NtryDtls>" + deep))).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("nested more than"));
    }
    // ---- totals that do not fit a long (found by fuzzing) ----

    @Test
    void entriesAddingUpBeyondTheLimitAreRejectedNotOverflowed() {
        LocalDate d = LocalDate.of(2025, 3, 3);
        List<Movement> huge = new ArrayList<>();
        for (int i = 0; i < 10; i++) { // 10 × 9,999,999,999,999,999.99 EUR: more than a long holds in cents
            huge.add(Movement.credit(d, 999_999_999_999_999_999L, "R" + i, "Payer", "40817810000000000001", "x"));
        }
        String xml = StatementSamples.camt053(8, List.of(new Statement("40703810000000000099", "Holder", "EUR", "S1", d, d,
                null, huge)));
        assertThat(rejected(xml)).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(lineOfOccurrence(xml, "<Stmt>", 1));
            assertThat(e.field()).isEqualTo("Ntry/Amt");
            assertThat(e.message()).contains("add up to more than 1000000000000000000 minor units");
        });
        StatementFile one = read(StatementSamples.camt053(8, List.of(new Statement("40703810000000000099", "Holder", "EUR",
                "S1", d, d, null, huge.subList(0, 1)))));
        assertThat(one.statements().get(0).bookedMovementMinor()).isEqualTo(999_999_999_999_999_999L);
    }

    @Test
    void balanceCheckOutOfRangeIsAWarningNotAWrongSum() {
        LocalDate d = LocalDate.of(2025, 3, 3);
        String xml = StatementSamples.camt053(2, List.of(new Statement("40703810000000000099", "Holder", "EUR", "S2", d, d, 1L,
                List.of(Movement.credit(d, 500, "R1", "Payer", "40817810000000000001", "x")))))
                .replaceFirst("<Amt Ccy=\"EUR\">0.01</Amt>", "<Amt Ccy=\"EUR\">92233720368547758</Amt>");
        StatementFile file = read(xml);
        assertThat(file.entries()).hasSize(1);
        assertThat(file.warnings()).singleElement().satisfies(w -> assertThat(w.message())
                .contains("cannot be checked").contains("92233720368547758.00").doesNotContain("-"));
    }
}
