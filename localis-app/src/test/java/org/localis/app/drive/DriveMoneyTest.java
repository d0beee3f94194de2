package org.localis.app.drive;

import org.localis.app.shared.Actor;
import org.localis.app.funding.PledgeStatus;
import org.localis.app.funding.DriveProgressService;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.localis.app.bank.BankController;
import org.localis.app.bank.BankEntry;
import org.localis.app.bank.BankEntryRepository;
import org.localis.app.bank.MatchStatus;
import org.localis.app.bank.ReviewService;
import org.localis.app.bank.StatementImportService;
import org.localis.app.bank.StatementImportService.Outcome;


import org.localis.app.drive.PledgeService.PledgeForm;
import org.localis.app.ledger.LedgerRepository;
import org.localis.app.identity.LocalisUser;
import org.localis.app.identity.LocalisUserDetailsService;
import org.localis.ledger.LedgerAccount;
import org.localis.ledger.TrialBalance;
import org.localis.payment.CreditorReference;
import org.localis.statement.Direction;
import org.localis.statement.EntryStatus;
import org.localis.testing.StatementSamples;
import org.localis.testing.StatementSamples.Movement;
import org.localis.testing.StatementSamples.Statement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Pledge, statement, matching, review, ledger and progress, through the real services and database. */
@SpringBootTest
class DriveMoneyTest {

    @Autowired DriveService driveService;
    @Autowired DriveRepository drives;
    @Autowired PledgeService pledges;
    @Autowired StatementImportService imports;
    @Autowired BankEntryRepository entries;
    @Autowired ReviewService review;
    @Autowired LedgerRepository ledger;
    @Autowired DriveProgressService progress;
    @Autowired BankController bank;
    @Autowired LocalisUserDetailsService users;

    Actor organizer;
    Drive drive;
    static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    @BeforeEach
    void drive() {
        organizer = DriveTestSupport.organizer(users);
        drive = DriveTestSupport.openDrive(driveService, organizer, drives);
    }

    Pledge pledge(String amount) {
        PledgeService.Result r = pledges.pledge(drive, new PledgeForm(amount, null, null, "Anna Petrova", "anna@example.org", true));
        assertThat(r.problems()).isEmpty();
        return r.pledge();
    }

    Outcome importFile(String name, byte[] bytes) {
        return imports.importNow(drive, name, bytes, "organizer", organizer.organizationId());
    }

    Statement statement(String id, LocalDate from, LocalDate to, long opening, Movement... movements) {
        return new Statement(drive.bank().account(), "АНО Колёса", "RUB", id, from, to, opening, List.of(movements));
    }

    @Test
    void aPaymentWithTheReferenceIsMatchedPostedAndShownAndAReimportChangesNothing() {
        Pledge p = pledge("1500");
        assertThat(CreditorReference.isValid(p.reference())).isTrue();
        assertThat(p.reference()).matches("RF\\d{2}\\d{12}");
        String spaced = CreditorReference.printed(p.reference()).toLowerCase();
        Statement st = statement("S-1", DAY, DAY, 0,
                Movement.credit(DAY, 150_000, "B-1", "Петрова Анна", "40817810000000000001", "Пожертвование " + spaced),
                Movement.credit(DAY, 2_500, "B-2", "Иванов", "40817810000000000002", "на шины"),
                Movement.debit(DAY, 300, "B-3", "Банк", "70601810000000000001", "Комиссия за обслуживание"));
        byte[] camt = StatementSamples.camt053Bytes(8, st);

        Outcome first = importFile("s1.xml", camt);
        assertThat(first.status()).isEqualTo("DONE");
        assertThat(first.newEntries()).isEqualTo(3);
        assertThat(first.matched()).isEqualTo(1);

        PledgeStatus status = PledgeStatus.of(p, entries.ofPledge(p.id()));
        assertThat(status.state()).isEqualTo(PledgeStatus.State.RECEIVED);
        assertThat(status.receivedMinor()).isEqualTo(150_000);
        assertThat(status.lastReceived()).isEqualTo(DAY);

        TrialBalance tb = ledger.trialBalance(drive.id());
        assertThat(tb.balanced()).isTrue();
        assertThat(tb.balance(LedgerAccount.BANK)).isEqualTo(150_000 + 2_500 - 300);
        assertThat(LedgerAccount.FUND.natural(tb.balance(LedgerAccount.FUND))).isEqualTo(150_000);
        assertThat(LedgerAccount.SUSPENSE.natural(tb.balance(LedgerAccount.SUSPENSE))).isEqualTo(2_500 - 300);
        assertThat(bank.reconcile(drive)).hasSize(1).allMatch(BankController.Reconciliation::agrees);

        progress.evict(drive.id());
        DriveProgressService.Snapshot snap = progress.snapshot(drive);
        assertThat(snap.raisedMinor()).isEqualTo(150_000);
        assertThat(snap.pledgedOutstandingMinor()).as("the pledge is paid in full: nothing outstanding").isZero();
        assertThat(snap.pledgesOutstanding()).isZero();
        assertThat(snap.donors()).isEqualTo(1);
        assertThat(snap.recent()).extracting(DriveProgressService.RecentDonation::firstName).containsExactly("Anna");

        int ledgerEntries = ledger.count(drive.id());
        Outcome again = importFile("s1-again.xml", camt);
        assertThat(again.status()).isEqualTo("UNCHANGED");
        assertThat(again.newEntries()).isZero();
        assertThat(ledger.count(drive.id())).isEqualTo(ledgerEntries);
        assertThat(ledger.trialBalance(drive.id()).balance(LedgerAccount.BANK)).isEqualTo(152_200);
    }

    @Test
    void theReviewQueueTakesUnmatchedCreditsAndUnexplainedDebitsOutOfSuspense() {
        Pledge p = pledge("700");
        String bad = p.reference().substring(0, 2) + (p.reference().charAt(2) == '9' ? '1' : (char) (p.reference().charAt(2) + 1))
                + p.reference().substring(3);
        assertThat(CreditorReference.isValid(bad)).isFalse();
        Statement st = statement("S-R", DAY, DAY, 0,
                Movement.credit(DAY, 70_000, "R-1", "Сидоров", "40817810000000000003", "пожертвование " + bad),
                Movement.credit(DAY, 10_000, "R-2", "Кузнецова", "40817810000000000004", "без кода"),
                Movement.debit(DAY, 450, "R-3", "Банк", "70601810000000000001", "Комиссия"));
        Outcome o = importFile("review.txt", StatementSamples.clientBankExchange(st, Charset.forName("windows-1251"), true));
        assertThat(o.errors()).isEmpty();
        assertThat(o.matched()).isZero();
        List<BankEntry> queue = entries.ofDrive(drive.id(), java.util.Set.of(MatchStatus.REVIEW, MatchStatus.OUTGOING), 10);
        assertThat(queue).hasSize(3);
        BankEntry badRef = queue.stream().filter(e -> e.amount().minor() == 70_000).findFirst().orElseThrow();
        assertThat(badRef.matchSource()).isEqualTo("BAD_CHECK_DIGIT");
        assertThat(badRef.pledgeId()).isNull();
        assertThat(PledgeStatus.of(p, entries.ofPledge(p.id())).state()).isEqualTo(PledgeStatus.State.AWAITING);

        review.assign(drive.id(), badRef.id(), CreditorReference.printed(p.reference()), "organizer");
        BankEntry plain = queue.stream().filter(e -> e.amount().minor() == 10_000).findFirst().orElseThrow();
        review.markGeneral(drive.id(), plain.id(), "organizer");
        BankEntry fee = queue.stream().filter(e -> !e.credit()).findFirst().orElseThrow();
        review.classifyDebit(drive.id(), fee.id(), ReviewService.DebitKind.FEE, "organizer");

        TrialBalance tb = ledger.trialBalance(drive.id());
        assertThat(tb.balance(LedgerAccount.SUSPENSE)).isZero();
        assertThat(LedgerAccount.FUND.natural(tb.balance(LedgerAccount.FUND))).isEqualTo(80_000);
        assertThat(tb.balance(LedgerAccount.FEES)).isEqualTo(450);
        assertThat(tb.available()).isEqualTo(tb.balance(LedgerAccount.BANK));
        assertThat(PledgeStatus.of(p, entries.ofPledge(p.id())).state()).isEqualTo(PledgeStatus.State.RECEIVED);

        // an organizer's mistake is undone by a reversing entry, and the credit is back in the queue
        review.reopen(drive.id(), plain.id(), "organizer");
        assertThat(entries.find(plain.id()).orElseThrow().status()).isEqualTo(MatchStatus.REVIEW);
        TrialBalance after = ledger.trialBalance(drive.id());
        assertThat(LedgerAccount.SUSPENSE.natural(after.balance(LedgerAccount.SUSPENSE))).isEqualTo(10_000);
        assertThat(after.balanced()).isTrue();
        assertThat(ledger.unbalancedEntries(drive.id())).isEmpty();
    }

    @Test
    void partialOverAndReturnedPaymentsAreFirstClass() {
        Pledge partial = pledge("1000");
        Pledge over = pledge("100");
        Pledge returned = pledge("300");
        Statement st = statement("S-P", DAY, DAY.plusDays(1), 0,
                Movement.credit(DAY, 40_000, "P-1", "A", "40817810000000000005", partial.reference()),
                Movement.credit(DAY, 15_000, "P-2", "B", "40817810000000000006", over.reference()),
                Movement.credit(DAY, 30_000, "P-3", "C", "40817810000000000007", returned.reference()),
                new Movement(DAY.plusDays(1), DAY.plusDays(1), 30_000, Direction.DEBIT, true, EntryStatus.BOOKED, "P-4", null,
                        null, List.of("Возврат " + returned.reference()), "C", "40817810000000000007"));
        Outcome o = importFile("p.xml", StatementSamples.camt053Bytes(2, st));
        assertThat(o.errors()).isEmpty();
        assertThat(PledgeStatus.of(partial, entries.ofPledge(partial.id())).state()).isEqualTo(PledgeStatus.State.PARTIAL);
        assertThat(PledgeStatus.of(over, entries.ofPledge(over.id())).state()).isEqualTo(PledgeStatus.State.OVERPAID);
        PledgeStatus r = PledgeStatus.of(returned, entries.ofPledge(returned.id()));
        assertThat(r.state()).isEqualTo(PledgeStatus.State.REFUNDED);
        assertThat(r.payments()).extracting(PledgeStatus.Payment::amountMinor).containsExactly(30_000L, -30_000L);
        TrialBalance tb = ledger.trialBalance(drive.id());
        assertThat(tb.balance(LedgerAccount.REFUNDS)).isEqualTo(30_000);
        progress.evict(drive.id());
        assertThat(progress.snapshot(drive).raisedMinor()).isEqualTo(40_000 + 15_000);
        assertThat(bank.reconcile(drive)).allMatch(BankController.Reconciliation::agrees);
    }

    @Test
    void aStatementOfAnotherAccountOrWithABadEntryIsRejectedWholeAndNothingIsStored() {
        Statement other = new Statement("40703810900000000999", "X", "RUB", "S-X", DAY, DAY, 0L,
                List.of(Movement.credit(DAY, 100, "X-1", "X", "40817810000000000001", "x")));
        Outcome o = importFile("other.xml", StatementSamples.camt053Bytes(8, other));
        assertThat(o.status()).isEqualTo("FAILED");
        assertThat(o.errors()).anySatisfy(e -> assertThat(e.field()).isEqualTo("account"));

        String good = StatementSamples.camt053(8, List.of(statement("S-B", DAY, DAY, 0,
                Movement.credit(DAY, 100, "G-1", "A", "40817810000000000001", "x"),
                Movement.credit(DAY, 200, "G-2", "B", "40817810000000000002", "y"))));
        String broken = good.replaceFirst("(<Amt Ccy=\"RUB\">)2\\.00", "$1two");
        assertThat(broken).isNotEqualTo(good);
        Outcome bad = importFile("broken.xml", broken.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(bad.status()).isEqualTo("FAILED");
        assertThat(bad.errors()).allSatisfy(e -> assertThat(e.line()).isPositive());
        assertThat(entries.ofDrive(drive.id(), java.util.EnumSet.allOf(MatchStatus.class), 10)).isEmpty();
        assertThat(ledger.count(drive.id())).isZero();
    }
}
