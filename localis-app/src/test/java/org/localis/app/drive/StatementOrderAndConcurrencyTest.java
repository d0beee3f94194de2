package org.localis.app.drive;

import org.localis.app.shared.Actor;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.localis.app.bank.BankController;
import org.localis.app.bank.BankEntry;
import org.localis.app.bank.BankEntryRepository;
import org.localis.app.bank.MatchStatus;
import org.localis.app.bank.StatementImportService;


import org.localis.app.drive.PledgeService.PledgeForm;
import org.localis.app.ledger.LedgerRepository;
import org.localis.app.identity.LocalisUser;
import org.localis.app.identity.LocalisUserDetailsService;
import org.localis.ledger.LedgerAccount;
import org.localis.ledger.TrialBalance;
import org.localis.testing.StatementSamples;
import org.localis.testing.StatementSamples.Movement;
import org.localis.testing.StatementSamples.Statement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Importing statements in any order, any number of times, alone or at the same time, yields the same
 * donations and totals; parallel pledges never share a reference. Runs on H2 and, in CI, on PostgreSQL.
 */
@SpringBootTest
class StatementOrderAndConcurrencyTest {

    @Autowired DriveService driveService;
    @Autowired DriveRepository drives;
    @Autowired PledgeService pledges;
    @Autowired StatementImportService imports;
    @Autowired BankEntryRepository entries;
    @Autowired LedgerRepository ledger;
    @Autowired BankController bank;
    @Autowired LocalisUserDetailsService users;

    static final LocalDate D = LocalDate.of(2026, 10, 1);

    /** Three overlapping statements of one account (the middle one repeats the first one's last day). */
    List<byte[]> statements(Drive d, List<Pledge> p, Random random) {
        String acc = d.bank().account();
        Movement a = Movement.credit(D, 80_000, "A", "Anna", "40817810000000000001", "donation " + p.get(0).reference());
        Movement b = Movement.credit(D.plusDays(2), 123_456, "B", "Boris", "40817810000000000002", "no reference");
        Movement c = Movement.credit(D.plusDays(2), 50_000, "C", "Clara", "40817810000000000003",
                "RF" + p.get(1).reference().substring(2, 9), p.get(1).reference().substring(9));
        Movement fee = Movement.debit(D.plusDays(3), 990, "F", "Bank", "70601810000000000001", "fee");
        Movement e = Movement.credit(D.plusDays(5), 2_000_000, "E", "Egor", "40817810000000000005", p.get(2).reference());
        Statement s1 = new Statement(acc, "H", "RUB", "S1", D, D.plusDays(2), 0L, List.of(a, b, c));
        Statement s2 = new Statement(acc, "H", "RUB", "S2", D.plusDays(2), D.plusDays(4), 80_000L, List.of(b, c, fee));
        Statement s3 = new Statement(acc, "H", "RUB", "S3", D.plusDays(5), D.plusDays(6), 80_000L + 123_456 + 50_000 - 990,
                List.of(e));
        // One bank speaks one format: a round uses camt.053 (any version) or 1C (either encoding and line end).
        boolean camt = random.nextBoolean();
        List<byte[]> files = new ArrayList<>();
        for (Statement s : List.of(s1, s2, s3)) {
            files.add(camt ? StatementSamples.camt053Bytes(List.of(2, 4, 8).get(random.nextInt(3)), s)
                    : StatementSamples.clientBankExchange(s, random.nextBoolean() ? StandardCharsets.UTF_8
                    : java.nio.charset.Charset.forName("windows-1251"), random.nextBoolean()));
        }
        return files;
    }

    record Seen(String bankReference, long amount, String direction, MatchStatus status, Integer pledgeIndex) {
    }

    List<Seen> outcome(Drive d, List<Pledge> p) {
        List<Seen> seen = new ArrayList<>();
        for (BankEntry e : entries.ofDrive(d.id(), EnumSet.allOf(MatchStatus.class), 1000)) {
            Integer idx = null;
            for (int i = 0; i < p.size(); i++) {
                if (Long.valueOf(p.get(i).id()).equals(e.pledgeId())) {
                    idx = i;
                }
            }
            seen.add(new Seen(e.bankReference(), e.amount().minor(), e.direction(), e.status(), idx));
        }
        seen.sort(java.util.Comparator.comparing(Seen::bankReference));
        return seen;
    }

    @Test
    void anyOrderAndAnyRepetitionGivesTheSameDonationsAndTotals() {
        Actor organizer = DriveTestSupport.organizer(users);
        Random random = new Random(20261125);
        List<Seen> expected = null;
        Long expectedBank = null;
        for (int round = 0; round < 12; round++) {
            Drive d = DriveTestSupport.openDrive(driveService, organizer, drives);
            List<Pledge> p = new ArrayList<>();
            for (String amount : List.of("800", "500", "20000")) {
                p.add(pledges.pledge(d, new PledgeForm(amount, null, null, null, null, false)).pledge());
            }
            List<byte[]> files = statements(d, p, random);
            List<byte[]> order = new ArrayList<>(files);
            for (int extra = random.nextInt(3); extra > 0; extra--) {
                order.add(files.get(random.nextInt(files.size())));
            }
            Collections.shuffle(order, random);
            for (byte[] f : order) {
                StatementImportService.Outcome o = imports.importNow(d, "s", f, "organizer", organizer.organizationId());
                assertThat(o.errors()).isEmpty();
            }
            List<Seen> got = outcome(d, p);
            TrialBalance tb = ledger.trialBalance(d.id());
            assertThat(tb.balanced()).isTrue();
            assertThat(bank.reconcile(d)).hasSize(3).allMatch(BankController.Reconciliation::agrees);
            if (expected == null) {
                expected = got;
                expectedBank = tb.balance(LedgerAccount.BANK);
                assertThat(got).hasSize(5);
                assertThat(got).filteredOn(s -> s.status() == MatchStatus.MATCHED).extracting(Seen::pledgeIndex)
                        .containsExactlyInAnyOrder(0, 1, 2);
            } else {
                assertThat(got).isEqualTo(expected);
                assertThat(tb.balance(LedgerAccount.BANK)).isEqualTo(expectedBank);
            }
        }
    }

    @Test
    void twoConcurrentImportsOfOverlappingStatementsStoreEachEntryOnce() throws Exception {
        Actor organizer = DriveTestSupport.organizer(users);
        Drive d = DriveTestSupport.openDrive(driveService, organizer, drives);
        List<Movement> all = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            all.add(Movement.credit(D.plusDays(i / 50), 1_000 + i, "T-" + i, "P" + i, "40817810000000000001", "gift " + i));
        }
        Statement first = new Statement(d.bank().account(), "H", "RUB", "C1", D, D.plusDays(5), 0L, all.subList(0, 200));
        Statement second = new Statement(d.bank().account(), "H", "RUB", "C2", D, D.plusDays(5), null, all.subList(100, 300));
        byte[] a = StatementSamples.camt053Bytes(8, first);
        byte[] b = StatementSamples.camt053Bytes(4, second);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<StatementImportService.Outcome>> jobs = List.of(
                    () -> imports.importNow(d, "a", a, "organizer", organizer.organizationId()),
                    () -> imports.importNow(d, "b", b, "organizer", organizer.organizationId()),
                    () -> imports.importNow(d, "a2", a, "organizer", organizer.organizationId()),
                    () -> imports.importNow(d, "b2", b, "organizer", organizer.organizationId()));
            int added = 0;
            for (Future<StatementImportService.Outcome> f : pool.invokeAll(jobs)) {
                assertThat(f.get().errors()).isEmpty();
                added += f.get().newEntries();
            }
            assertThat(added).isEqualTo(300);
        } finally {
            pool.shutdownNow();
        }
        List<BankEntry> stored = entries.ofDrive(d.id(), EnumSet.allOf(MatchStatus.class), 1000);
        assertThat(stored).hasSize(300);
        assertThat(stored.stream().map(BankEntry::dedupeKey).distinct().count()).isEqualTo(300);
        long sum = all.stream().mapToLong(Movement::amountMinor).sum();
        assertThat(ledger.trialBalance(d.id()).balance(LedgerAccount.BANK)).isEqualTo(sum);
        assertThat(ledger.count(d.id())).isEqualTo(300);
    }

    @Test
    void parallelPledgesAllGetTheirOwnReference() throws Exception {
        Actor organizer = DriveTestSupport.organizer(users);
        Drive d = DriveTestSupport.openDrive(driveService, organizer, drives);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> jobs = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i;
                jobs.add(() -> pledges.pledge(d, new PledgeForm(String.valueOf(100 + n), null, null, null, null, false))
                        .pledge().reference());
            }
            Set<String> refs = new HashSet<>();
            for (Future<String> f : pool.invokeAll(jobs)) {
                refs.add(f.get());
            }
            assertThat(refs).hasSize(200);
        } finally {
            pool.shutdownNow();
        }
        assertThat(drives.pledgeTotals(d.id()).count()).isEqualTo(200);
    }
}
