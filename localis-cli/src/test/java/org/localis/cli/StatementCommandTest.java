package org.localis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatementCommandTest {

    private static final String CAMT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
            <BkToCstmrStmt><GrpHdr><MsgId>M</MsgId><CreDtTm>2025-03-04T10:00:00</CreDtTm></GrpHdr>
            <Stmt><Id>S1</Id><Acct><Id><IBAN>DE89370400440532013000</IBAN></Id><Ccy>USD</Ccy></Acct>
            <Bal><Tp><CdOrPrtry><Cd>PRCD</Cd></CdOrPrtry></Tp><Amt Ccy="USD">100.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2025-03-02</Dt></Dt></Bal>
            <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="USD">468.70</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2025-03-03</Dt></Dt></Bal>
            <Ntry><Amt Ccy="EUR">350.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>2025-03-03</Dt></BookgDt>
            <AmtDtls><CntrValAmt><Amt Ccy="USD">378.70</Amt><CcyXchg><SrcCcy>EUR</SrcCcy><XchgRate>1.082</XchgRate></CcyXchg></CntrValAmt></AmtDtls>
            <NtryDtls><TxDtls><Refs><EndToEndId>E2E-1</EndToEndId></Refs><RltdPties><Dbtr><Pty><Nm>Anna Payer</Nm></Pty></Dbtr></RltdPties>
            <RmtInf><Strd><CdtrRefInf><Ref>RF18539007547034</Ref></CdtrRefInf></Strd></RmtInf></TxDtls></NtryDtls></Ntry>
            <Ntry><Amt Ccy="USD">10.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>2025-03-03</Dt></BookgDt><AcctSvcrRef>FEE-7</AcctSvcrRef></Ntry>
            <Ntry><Amt Ccy="USD">5.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>PDNG</Cd></Sts></Ntry>
            </Stmt></BkToCstmrStmt></Document>
            """;

    @Test
    void jsonGivesPerStatementBalancesEntriesInTheirOwnCurrencySkippedAndWarnings(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("s.xml");
        Files.writeString(f, CAMT, StandardCharsets.UTF_8);
        LocalisCliTest.Run r = LocalisCliTest.run("statement", f.toString(), "--format", "json");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode root = new ObjectMapper().readTree(r.out());
        JsonNode s = root.get("statements").get(0);
        assertThat(s.get("account").asText()).isEqualTo("DE89370400440532013000");
        assertThat(s.get("currency").asText()).isEqualTo("USD");
        assertThat(s.get("openingBalance").asText()).isEqualTo("100.00");
        assertThat(s.get("closingBalance").asText()).isEqualTo("468.70");
        assertThat(s.get("reconciles").asBoolean()).isTrue(); // 100.00 + 378.70 - 10.00
        JsonNode e0 = s.get("entries").get(0);
        assertThat(e0.get("bookingDate").asText()).isEqualTo("2025-03-03");
        assertThat(e0.get("amount").asText()).isEqualTo("350.00");
        assertThat(e0.get("currency").asText()).isEqualTo("EUR");
        assertThat(e0.get("status").asText()).isEqualTo("booked");
        assertThat(e0.get("reference").asText()).isEqualTo("RF18539007547034");
        assertThat(e0.get("counterparty").asText()).isEqualTo("Anna Payer");
        assertThat(e0.get("amountInAccountCurrency").asText()).isEqualTo("378.70");
        assertThat(e0.get("exchangeRate").asText()).isEqualTo("1.082");
        JsonNode e1 = s.get("entries").get(1);
        assertThat(e1.get("amount").asText()).isEqualTo("-10.00");
        assertThat(e1.get("reference").asText()).isEqualTo("FEE-7");
        assertThat(e1.get("counterparty").isNull()).isTrue();
        assertThat(s.get("entries")).hasSize(2);
        JsonNode sk = s.get("skipped").get(0);
        assertThat(sk.get("status").asText()).isEqualTo("pending");
        assertThat(sk.get("amount").asText()).isEqualTo("5.00");
        assertThat(sk.get("reason").asText()).contains("BookgDt");
        assertThat(root.get("warnings")).hasSize(1);
        assertThat(root.get("warnings").get(0).asText()).startsWith(f + ":12: Ntry: pending entry not read");
    }

    @Test
    void textShowsTheSameFacts(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("s.xml");
        Files.writeString(f, CAMT, StandardCharsets.UTF_8);
        LocalisCliTest.Run r = LocalisCliTest.run("statement", f.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("account:         DE89370400440532013000").contains("opening balance: 100.00")
                .contains("reconciles:      yes").contains("350.00 EUR booked").contains("counter-value 378.70")
                .contains("-10.00 USD booked").contains("skipped:         1").contains("warnings: 1");
    }

    @Test
    void aBadFileExitsTwoWithFileLineFieldMessage(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.xml");
        Files.writeString(f, CAMT.replace("<Cd>BOOK</Cd></Sts><BookgDt><Dt>2025-03-03</Dt></BookgDt><AcctSvcrRef>",
                "<Cd>BOOK</Cd></Sts><AcctSvcrRef>"), StandardCharsets.UTF_8);
        LocalisCliTest.Run r = LocalisCliTest.run("statement", f.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).isEqualTo(f + ":11: BookgDt: a booking date (BookgDt) or value date (ValDt) is required");
    }

    @Test
    void paymentOrdersOnlyAndMissingFileAndBadFormatExitTwo(@TempDir Path dir) throws Exception {
        Path orders = dir.resolve("orders.txt");
        Files.writeString(orders, String.join("\r\n", "1CClientBankExchange", "ВерсияФормата=1.03",
                "РасчСчет=40702810900000000002", "СекцияДокумент=Платежное поручение", "Номер=1", "Дата=10.06.2024",
                "Сумма=1.00", "ПлательщикСчет=40702810900000000002", "КонецДокумента", "КонецФайла", ""));
        LocalisCliTest.Run r = LocalisCliTest.run("statement", orders.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith(orders + ":4: СекцияРасчСчет: this file holds payment orders, not a statement");
        assertThat(LocalisCliTest.run("statement", dir.resolve("none.xml").toString()).err()).contains("no such file");
        assertThat(LocalisCliTest.run("statement", orders.toString(), "--format", "xml").code()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"schemes", "validate", "score", "generate-bom", "roadmap", "statement"})
    void helpWorksOnEverySubcommand(String command) {
        LocalisCliTest.Run r = LocalisCliTest.run(command, "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: localis " + command).contains("--help");
    }
}
