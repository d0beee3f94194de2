package org.localis.app.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.localis.app.bank.StatementImportService.Outcome;
import org.localis.app.drive.BankDetails;
import org.localis.app.drive.Drive;
import org.localis.app.drive.DriveRepository;
import org.localis.app.drive.DriveService;
import org.localis.app.drive.DriveTestSupport;
import org.localis.app.funding.DriveProgressService;
import org.localis.app.identity.LocalisUserDetailsService;
import org.localis.app.ledger.LedgerRepository;
import org.localis.app.shared.Actor;
import org.localis.app.shared.InvalidFormException;
import org.localis.ledger.LedgerAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Statements as real banks send them, through the real import: an entry in another currency than the drive's
 * is never drive money; a PRCD opening balance reconciles; statements of other accounts are skipped, not
 * refused; a file of payment orders is refused with what to do; bank details with a typo are refused.
 */
@SpringBootTest
class StatementsAsBanksSendThemTest {

    @Autowired DriveService driveService;
    @Autowired DriveRepository drives;
    @Autowired StatementImportService imports;
    @Autowired BankEntryRepository entries;
    @Autowired ReviewService review;
    @Autowired LedgerRepository ledger;
    @Autowired DriveProgressService progress;
    @Autowired BankController bank;
    @Autowired LocalisUserDetailsService users;
    @Autowired org.localis.app.drive.PledgeService pledges;

    Actor organizer;
    Drive drive;

    @BeforeEach
    void drive() {
        organizer = DriveTestSupport.organizer(users);
        drive = DriveTestSupport.openDrive(driveService, organizer, drives);
    }

    Outcome importXml(String xml) {
        return imports.importNow(drive, "statement.xml", xml.getBytes(StandardCharsets.UTF_8), "organizer",
                organizer.organizationId());
    }

    static String entry(String ccy, String amount, String cdt, String ref, String amtDtls) {
        return """
                <Ntry><Amt Ccy="%s">%s</Amt><CdtDbtInd>%s</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
                  <BookgDt><Dt>2026-11-02</Dt></BookgDt><ValDt><Dt>2026-11-02</Dt></ValDt><AcctSvcrRef>%s</AcctSvcrRef>
                  <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
                  <NtryDtls><TxDtls>%s<RltdPties><Dbtr><Pty><Nm>Payer %s</Nm></Pty></Dbtr></RltdPties>
                  <RmtInf><Ustrd>gift</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
                """.formatted(ccy, amount, cdt, ref, amtDtls, ref);
    }

    static String statement(String id, String account, String balances, String entries) {
        return """
                <Stmt><Id>%s</Id><CreDtTm>2026-11-02T18:00:00</CreDtTm>
                  <FrToDt><FrDtTm>2026-11-02T00:00:00</FrDtTm><ToDtTm>2026-11-02T23:59:59</ToDtTm></FrToDt>
                  <Acct><Id><Othr><Id>%s</Id></Othr></Id><Ccy>RUB</Ccy></Acct>%s%s</Stmt>
                """.formatted(id, account, balances, entries);
    }

    static String balance(String code, String amount) {
        return """
                <Bal><Tp><CdOrPrtry><Cd>%s</Cd></CdOrPrtry></Tp><Amt Ccy="RUB">%s</Amt><CdtDbtInd>CRDT</CdtDbtInd>
                  <Dt><Dt>2026-11-02</Dt></Dt></Bal>""".formatted(code, amount);
    }

    static String file(String... statements) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt>
                <GrpHdr><MsgId>M-1</MsgId><CreDtTm>2026-11-02T18:00:00</CreDtTm></GrpHdr>%s</BkToCstmrStmt></Document>
                """.formatted(String.join("", statements));
    }

    long raised() {
        var tb = ledger.trialBalance(drive.id());
        return LedgerAccount.FUND.natural(tb.balance(LedgerAccount.FUND)) - tb.balance(LedgerAccount.REFUNDS);
    }

    @Test
    void aForeignEntryAssignedToAPledgeCountsItsCounterValueNotItsForeignMinorUnits() {
        var pledge = pledges.pledge(drive, new org.localis.app.drive.PledgeService.PledgeForm("9250", null, null,
                "Anna Petrova", null, false)).pledge();
        String counter = """
                <AmtDtls><TxAmt><Amt Ccy="USD">100.00</Amt><CcyXchg><SrcCcy>USD</SrcCcy><TrgtCcy>RUB</TrgtCcy>
                  <XchgRate>92.5</XchgRate></CcyXchg></TxAmt><CntrValAmt><Amt Ccy="RUB">9250.00</Amt></CntrValAmt></AmtDtls>""";
        importXml(file(statement("S-FX2", drive.bank().account(), "", entry("USD", "100.00", "CRDT", "FX-3", counter))));
        BankEntry usd = entries.ofDrive(drive.id(), java.util.Set.of(MatchStatus.REVIEW), 10).get(0);
        assertThat(usd.amount()).isEqualTo(org.localis.app.shared.Money.of(10_000, "USD"));
        review.assign(drive.id(), usd.id(), pledge.reference(), "organizer");

        var status = org.localis.app.funding.PledgeStatus.of(drives.pledge(pledge.id()).orElseThrow(),
                entries.ofPledge(pledge.id()));
        assertThat(status.receivedMinor()).as("USD 100.00 counts as its stated 9,250.00 RUB, not as 100.00 RUB")
                .isEqualTo(925_000L);
        assertThat(status.outstandingMinor()).isZero();
    }

    @Test
    void anEntryInAnotherCurrencyIsNeverDriveMoneyAndCountsOnlyWithTheCounterValueTheBankStates() {
        String counter = """
                <AmtDtls><TxAmt><Amt Ccy="USD">100.00</Amt><CcyXchg><SrcCcy>USD</SrcCcy><TrgtCcy>RUB</TrgtCcy>
                  <XchgRate>92.5</XchgRate></CcyXchg></TxAmt><CntrValAmt><Amt Ccy="RUB">9250.00</Amt></CntrValAmt></AmtDtls>""";
        Outcome o = importXml(file(statement("S-FX", drive.bank().account(), "",
                entry("USD", "350.00", "CRDT", "FX-1", "") + entry("USD", "100.00", "CRDT", "FX-2", counter))));
        assertThat(o.errors()).isEmpty();
        assertThat(o.newEntries()).isEqualTo(2);
        assertThat(o.matched()).isZero();
        assertThat(raised()).as("USD 350.00 must not become 350.00 of the drive's roubles").isZero();
        assertThat(o.notes()).anyMatch(n -> n.contains("USD") && n.contains("no counter-value"));

        List<BankEntry> queued = entries.ofDrive(drive.id(), java.util.Set.of(MatchStatus.REVIEW), 10);
        BankEntry noCounter = queued.stream().filter(e -> e.amount().minor() == 35_000).findFirst().orElseThrow();
        BankEntry withCounter = queued.stream().filter(e -> e.amount().minor() == 10_000).findFirst().orElseThrow();
        assertThat(noCounter.amount().currency()).isEqualTo("USD");
        assertThat(noCounter.countable()).isFalse();
        assertThat(withCounter.driveAmountMinor()).isEqualTo(925_000L);
        assertThat(withCounter.exchangeRate()).isEqualTo("92.5");
        // the suspense account holds the counter-value only: the bank balance in roubles stays exact
        assertThat(ledger.trialBalance(drive.id()).balance(LedgerAccount.BANK)).isEqualTo(925_000L);

        assertThatThrownBy(() -> review.markGeneral(drive.id(), noCounter.id(), "organizer"))
                .isInstanceOf(ReviewService.ReviewException.class).hasMessageContaining("foreignCurrency");
        review.markGeneral(drive.id(), withCounter.id(), "organizer");
        assertThat(raised()).isEqualTo(925_000L);
    }

    @Test
    void aPreviouslyClosedBookedOpeningBalanceReconcilesWithTheLedger() {
        Outcome o = importXml(file(statement("S-PRCD", drive.bank().account(),
                balance("PRCD", "0.00") + balance("CLBD", "150.00") + balance("ITBD", "999.00"),
                entry("RUB", "150.00", "CRDT", "P-1", ""))));
        assertThat(o.errors()).isEmpty();
        assertThat(bank.reconcile(drive)).isNotEmpty().allMatch(BankController.Reconciliation::agrees);
    }

    @Test
    void statementsOfOtherAccountsInTheFileAreSkippedAndTheDrivesAreImported() {
        Outcome o = importXml(file(
                statement("S-MINE", drive.bank().account(), "", entry("RUB", "10.00", "CRDT", "M-1", "")),
                statement("S-OTHER", "40702810900000000999", "", entry("RUB", "20.00", "CRDT", "O-1", ""))));
        assertThat(o.errors()).isEmpty();
        assertThat(o.newEntries()).isEqualTo(1);
        assertThat(o.notes()).anyMatch(n -> n.startsWith("skipped statement") && n.contains("40702810900000000999"));
        assertThat(entries.ofDrive(drive.id(), java.util.EnumSet.allOf(MatchStatus.class), 10)).extracting(e -> e.amount().minor())
                .containsExactly(1_000L);
    }

    @Test
    void aFileOfPaymentOrdersIsRefusedWithWhatToDo() {
        String orders = String.join("\r\n", "1CClientBankExchange", "ВерсияФормата=1.03", "Кодировка=Windows",
                "Отправитель=Бухгалтерия", "Получатель=Банк", "ДатаНачала=02.11.2026", "ДатаКонца=02.11.2026",
                "РасчСчет=" + drive.bank().account(), "СекцияДокумент=Платежное поручение", "Номер=1", "Дата=02.11.2026",
                "Сумма=100.00", "ПлательщикСчет=" + drive.bank().account(), "ПолучательСчет=40702810900000000999",
                "КонецДокумента", "КонецФайла", "");
        Outcome o = imports.importNow(drive, "orders.txt", orders.getBytes(java.nio.charset.Charset.forName("windows-1251")),
                "organizer", organizer.organizationId());
        assertThat(o.status()).isEqualTo("FAILED");
        assertThat(o.errors()).anySatisfy(e -> assertThat(e.message()).contains("payment orders, not a statement"));
    }

    @Test
    void aMistypedAccountOrInnIsRefusedNamingTheFieldAndCorrectDetailsAreSavedAndAudited() {
        BankDetails good = drive.bank();
        String typo = good.account().substring(0, 19) + ((good.account().charAt(19) - '0' + 1) % 10);
        BankDetails wrongAccount = new BankDetails(good.payeeName(), typo, good.bankName(), good.bic(), good.correspAccount(),
                good.inn(), good.kpp());
        assertThatThrownBy(() -> driveService.changeBankDetails(drive, wrongAccount)).isInstanceOf(InvalidFormException.class)
                .satisfies(e -> assertThat(((InvalidFormException) e).problems()).anySatisfy(p -> {
                    assertThat(p.field()).isEqualTo("account");
                    assertThat(p.message()).isEqualTo("drive.error.bank.CONTROL_KEY");
                }));
        BankDetails wrongInn = new BankDetails(good.payeeName(), good.account(), good.bankName(), good.bic(),
                good.correspAccount(), "7701234567", good.kpp());
        assertThatThrownBy(() -> driveService.changeBankDetails(drive, wrongInn)).isInstanceOf(InvalidFormException.class)
                .satisfies(e -> assertThat(((InvalidFormException) e).problems()).extracting(p -> p.field()).contains("inn"));
        assertThat(drives.find(drive.id()).orElseThrow().bank()).isEqualTo(good);

        DriveTestSupport.signIn(organizer);
        String other = org.localis.bankdetails.RussianBankDetails.withControlKey("40703810000000004242", good.bic(),
                org.localis.bankdetails.RussianBankDetails.KeyVariant.CREDIT_INSTITUTION);
        Drive changed = driveService.changeBankDetails(drive, new BankDetails(good.payeeName(), other, good.bankName(),
                good.bic(), good.correspAccount(), good.inn(), good.kpp()));
        assertThat(changed.bank().account()).isEqualTo(other);
    }
}
