package org.localis.app.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Writes a small ISO 20022 camt.053.001.08 statement for the demo drive (opening balance zero). */
final class DemoStatement {

    /** One booked movement: credit (money in) or debit. */
    record Line(String bankReference, boolean credit, long amountMinor, String party, String purpose) {
    }

    private DemoStatement() {
    }

    static String camt053(String account, String id, LocalDate day, List<Line> lines) {
        long closing = 0;
        StringBuilder entries = new StringBuilder();
        for (Line l : lines) {
            closing += l.credit() ? l.amountMinor() : -l.amountMinor();
            String party = l.credit() ? "Dbtr" : "Cdtr";
            entries.append("""
                          <Ntry>
                            <Amt Ccy="RUB">%s</Amt>
                            <CdtDbtInd>%s</CdtDbtInd>
                            <Sts><Cd>BOOK</Cd></Sts>
                            <BookgDt><Dt>%s</Dt></BookgDt>
                            <ValDt><Dt>%s</Dt></ValDt>
                            <AcctSvcrRef>%s</AcctSvcrRef>
                            <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>%s</Cd><SubFmlyCd>OTHR</SubFmlyCd></Fmly></Domn></BkTxCd>
                            <NtryDtls><TxDtls>
                              <Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs>
                              <RltdPties><%s><Pty><Nm>%s</Nm></Pty></%s></RltdPties>
                              <RmtInf><Ustrd>%s</Ustrd></RmtInf>
                            </TxDtls></NtryDtls>
                          </Ntry>
                    """.formatted(amount(l.amountMinor()), l.credit() ? "CRDT" : "DBIT", day, day, l.bankReference(),
                    l.credit() ? "RCDT" : "ICDT", party, xml(l.party()), party, xml(l.purpose())));
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
                  <BkToCstmrStmt>
                    <GrpHdr><MsgId>%s</MsgId><CreDtTm>%sT23:59:59</CreDtTm></GrpHdr>
                    <Stmt>
                      <Id>%s</Id>
                      <CreDtTm>%sT23:59:59</CreDtTm>
                      <FrToDt><FrDtTm>%sT00:00:00</FrDtTm><ToDtTm>%sT23:59:59</ToDtTm></FrToDt>
                      <Acct><Id><Othr><Id>%s</Id></Othr></Id><Ccy>RUB</Ccy></Acct>
                      <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="RUB">0.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>%s</Dt></Dt></Bal>
                      <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="RUB">%s</Amt><CdtDbtInd>%s</CdtDbtInd><Dt><Dt>%s</Dt></Dt></Bal>
                %s    </Stmt>
                  </BkToCstmrStmt>
                </Document>
                """.formatted(id, day, id, day, day, day, account, day, amount(Math.abs(closing)), closing >= 0 ? "CRDT" : "DBIT",
                day, entries);
    }

    private static String amount(long minor) {
        return BigDecimal.valueOf(minor, 2).toPlainString();
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
