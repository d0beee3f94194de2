package org.localis.app.drive;

import org.localis.app.shared.Actor;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.localis.app.audit.AuditLog;
import org.localis.app.audit.AuditSummary;


import org.localis.app.drive.DriveRepository.NewPledge;
import org.localis.app.identity.LocalisUser;
import org.localis.app.identity.LocalisUserDetailsService;
import org.localis.payment.CreditorReference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Group commit of pledges: many donors at once, each pledge stored once with its audit event; a clash fails only itself. */
@SpringBootTest
class PledgeIntakeTest {

    @Autowired PledgeIntake intake;
    @Autowired DriveService driveService;
    @Autowired DriveRepository drives;
    @Autowired LocalisUserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;

    static final AuditLog.Who DONOR = new AuditLog.Who("anonymous", null, "192.0.2.7");

    @Test
    void concurrentPledgesAreEachStoredOnceWithTheirAuditEventAndAClashFailsOnlyItself() throws Exception {
        Actor organizer = DriveTestSupport.organizer(users);
        Drive d = DriveTestSupport.openDrive(driveService, organizer, drives);
        String clash = CreditorReference.create("990000000001");
        List<Callable<Pledge>> jobs = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            // two donors get the same reference (impossible in practice; forced here): exactly one may win
            String ref = i == 100 || i == 101 ? clash : CreditorReference.create(String.format("%012d", 770000000000L + i));
            long amount = 100_00L + i;
            jobs.add(() -> intake.store(new NewPledge(d.id(), ref, amount, null, null, null, null, false),
                    AuditSummary.of("audit.summary.pledgeCreated", ref, d.slug(), BigDecimal.valueOf(amount, 2), "RUB"), DONOR));
        }
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Pledge> stored = new ArrayList<>();
        int clashes = 0;
        try {
            for (Future<Pledge> f : pool.invokeAll(jobs)) {
                try {
                    stored.add(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(DuplicateKeyException.class);
                    clashes++;
                }
            }
        } finally {
            pool.shutdown();
        }
        assertThat(clashes).isEqualTo(1);
        assertThat(stored).hasSize(399);
        Set<Long> ids = new HashSet<>();
        for (Pledge p : stored) {
            assertThat(ids.add(p.id())).isTrue();
            Pledge read = drives.pledge(p.id()).orElseThrow();
            assertThat(read).isEqualTo(p); // what the donor was told is what is stored
        }
        long rows = jdbc.sql("SELECT COUNT(*) FROM pledge WHERE drive_id = :d").param("d", d.id()).query(Long.class).single();
        assertThat(rows).isEqualTo(399);
        long audited = jdbc.sql("""
                        SELECT COUNT(DISTINCT entity_id) FROM audit_event
                        WHERE action = 'pledge.created' AND actor = 'anonymous' AND address = '192.0.2.7'
                          AND summary LIKE :s""")
                .param("s", "pledge % to drive " + d.slug() + ": %.__ RUB").query(Long.class).single();
        assertThat(audited).isEqualTo(399);
    }

    @Test
    void aBatchGoesInGroupsOfRowsAndEachPledgeGetsItsOwnKeyAndValues() {
        Actor organizer = DriveTestSupport.organizer(users);
        Drive d = DriveTestSupport.openDrive(driveService, organizer, drives);
        // 200 = 128 + 64 + 8 rows, 23 = 16 + 4 + 2 + 1, and one alone: every value lands in its own row and column
        int[] sizes = {200, 23, 1};
        int n = 0;
        for (int size : sizes) {
            List<NewPledge> batch = new ArrayList<>();
            for (int i = 0; i < size; i++, n++) {
                boolean tires = n % 3 == 0;
                batch.add(new NewPledge(d.id(), CreditorReference.create(String.format("%012d", 660000000000L + n)), 1_00L + n,
                        tires ? 1 + n % 2 : null, tires ? 1 + n % 7 : null, n % 2 == 0 ? "Donor " + n : null,
                        n % 5 == 0 ? "d" + n + "@example.org" : null, n % 2 == 0 && n % 4 == 0));
            }
            List<Pledge> stored = tx.execute(s -> drives.insertPledges(batch));
            assertThat(stored).hasSize(size);
            Set<Long> ids = new HashSet<>();
            for (int i = 0; i < size; i++) {
                Pledge p = stored.get(i);
                NewPledge asked = batch.get(i);
                assertThat(ids.add(p.id())).isTrue();
                assertThat(p.reference()).isEqualTo(asked.reference());
                assertThat(new NewPledge(p.driveId(), p.reference(), p.amountMinor(), p.targetLine(), p.tires(), p.donorName(),
                        p.donorEmail(), p.showName())).isEqualTo(asked);
                assertThat(drives.pledge(p.id())).contains(p); // what the donor is told is what is stored
            }
        }
    }

    @Test
    void pledgesAreNotHeldUpWhileAnImportHoldsTheDrivesLock() throws Exception {
        // a statement import or a review locks the drive for its whole transaction (they run one at a time per
        // drive); a pledge only references the drive, and must not wait for that (a large import takes minutes)
        Actor organizer = DriveTestSupport.organizer(users);
        Drive d = DriveTestSupport.openDrive(driveService, organizer, drives);
        java.util.concurrent.CountDownLatch locked = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> importing = pool.submit(() -> tx.executeWithoutResult(s -> {
                drives.lock(d.id());
                locked.countDown();
                try {
                    release.await(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(locked.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            String ref = CreditorReference.create("880000000001");
            Future<Pledge> pledge = pool.submit(() -> intake.store(new NewPledge(d.id(), ref, 500_00L, null, null, null, null, false),
                    AuditSummary.of("audit.summary.pledgeCreated", ref, d.slug(), new BigDecimal("500.00"), "RUB"), DONOR));
            Pledge p = pledge.get(5, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(release.getCount()).as("stored while the drive was still locked").isEqualTo(1);
            assertThat(drives.pledge(p.id())).contains(p);
            release.countDown();
            importing.get(10, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }
}
