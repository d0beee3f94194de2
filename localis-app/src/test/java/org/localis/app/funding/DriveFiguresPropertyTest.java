package org.localis.app.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.localis.app.bank.BankEntry;
import org.localis.app.bank.BankEntryRepository;
import org.localis.app.bank.MatchStatus;
import org.localis.app.bank.ReviewService;
import org.localis.app.bank.StatementImportService;
import org.localis.app.drive.Drive;
import org.localis.app.drive.DriveRepository;
import org.localis.app.drive.DriveService;
import org.localis.app.drive.DriveTestSupport;
import org.localis.app.drive.Pledge;
import org.localis.app.drive.PledgeService;
import org.localis.app.fleet.FleetRepository;
import org.localis.app.identity.LocalisUser;
import org.localis.app.identity.LocalisUserDetailsService;
import org.localis.app.procurement.DeliveryRepository;
import org.localis.app.procurement.DeliveryService;
import org.localis.app.procurement.ProcurementRepository;
import org.localis.app.procurement.ProcurementService;
import org.localis.app.shared.Actor;
import org.localis.app.shared.InvalidFormException;
import org.localis.app.shared.Money;
import org.localis.fleet.Season;
import org.localis.fleet.TireSize;
import org.localis.fleet.Vehicle;
import org.localis.payment.CreditorReference;
import org.localis.testing.StatementSamples;
import org.localis.testing.StatementSamples.Movement;
import org.localis.testing.StatementSamples.Statement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The identities of {@link DriveFigures}, checked after every step of random drives run through the real
 * services on their own in-memory database: pledges; statement imports with full, partial and over-payments,
 * returned payments, unmatched credits and unexplained debits; review decisions and their undoing; orders,
 * invoices, stock receipts, allocation, shipments, confirmations with shortfalls and their resolution.
 * Each sequence is seeded ({@code -Dfigures.seed=N} replays a run, the failure message names the sequence's seed).
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:figures-property;DB_CLOSE_DELAY=-1")
@org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc // the same context as ReportFormatsTest
class DriveFiguresPropertyTest {

    static final int SEQUENCES = Integer.getInteger("figures.sequences", 200);
    static final long SEED = Long.getLong("figures.seed", 20_261_204L);
    static final String SIZE = "185/75 R16 C 104/102 Q";

    @Autowired DriveService driveService;
    @Autowired DriveRepository drives;
    @Autowired PledgeService pledges;
    @Autowired StatementImportService imports;
    @Autowired ReviewService review;
    @Autowired BankEntryRepository entries;
    @Autowired ProcurementService procurement;
    @Autowired ProcurementRepository orders;
    @Autowired DeliveryService delivery;
    @Autowired DeliveryRepository deliveries;
    @Autowired FleetRepository fleets;
    @Autowired DriveFiguresService figures;
    @Autowired DriveProgressService progress;
    @Autowired LocalisUserDetailsService users;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyIdentityHoldsAfterEveryStepOfRandomDrives() {
        Actor organizer = DriveTestSupport.organizer(users);
        Actor fleet = ((LocalisUser) users.loadUserByUsername("fleet")).actor();
        int steps = 0;
        java.util.Map<String, Integer> seen = new java.util.TreeMap<>();
        for (int i = 0; i < SEQUENCES; i++) {
            long seed = SEED + i;
            Run run = new Run(new Random(seed), organizer, fleet);
            try {
                steps += run.play();
                run.seen.forEach(x -> seen.merge(x, 1, Integer::sum));
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("sequence " + i + " (seed " + seed + ") failed after steps " + run.log + ": "
                        + e.getMessage(), e);
            }
        }
        System.out.println("DriveFiguresPropertyTest: " + SEQUENCES + " sequences, " + steps + " steps, seed " + SEED
                + "; sequences that reached: " + seen);
        assertThat(steps).isGreaterThanOrEqualTo(SEQUENCES * 5);
        if (SEQUENCES >= 200) {
            // the random runs reach every situation the identities are about, not just the easy ones
            assertThat(seen.keySet()).contains("partial", "overpaid", "returned", "review", "undo", "spent", "committed",
                    "shortfall", "fitted", "reshipped", "written off", "returned to stock");
        }
    }

    /** One random drive and the test's own account of what the bank was told. */
    final class Run {
        final Random rnd;
        final Actor organizer;
        final Actor fleet;
        final List<String> log = new ArrayList<>();
        final List<Pledge> made = new ArrayList<>();
        final List<Long> decided = new ArrayList<>();
        final Set<String> seen = new java.util.HashSet<>();
        Drive drive;
        long bankSaysMinor;
        int statements;
        LocalDate day = LocalDate.now().minusDays(40);

        Run(Random rnd, Actor organizer, Actor fleet) {
            this.rnd = rnd;
            this.organizer = organizer;
            this.fleet = fleet;
        }

        int play() {
            drive = DriveTestSupport.openDrive(driveService, organizer, drives);
            DriveTestSupport.signIn(organizer);
            // three to five vehicles of the fleet due a winter set (reset on every run: earlier runs fitted some)
            int vehicles = 3 + rnd.nextInt(3);
            for (int v = 0; v < vehicles; v++) {
                fleets.upsert(fleet.organizationId(), new Vehicle("PT-" + v, "GAZelle Next", "ambulance", 4, v % 2 == 0,
                        TireSize.parse(SIZE), Season.SUMMER, new BigDecimal("2.0"), YearMonth.of(2019, 1), "", 1, false));
            }
            procurement.addOffer(drive, "Volga Tyre Depot", "Winter LCV", SIZE, "winter", String.valueOf(600 + rnd.nextInt(2_400)),
                    String.valueOf(10 + rnd.nextInt(20)), "5", null, organizer);
            int n = 5 + rnd.nextInt(11);
            pledge();
            check();
            if (rnd.nextBoolean()) {
                // half the runs start with the first pledge paid in full, so that short runs reach delivery
                payInFull(made.get(0));
                check();
                n--;
            }
            for (int s = 1; s < n; s++) {
                step();
                check();
            }
            return n;
        }

        /** One step, chosen among those that can do something now (so a short run still gets far down the chain). */
        void step() {
            List<Runnable> can = new ArrayList<>();
            List<Integer> weight = new ArrayList<>();
            java.util.function.BiConsumer<Integer, Runnable> add = (w, r) -> {
                weight.add(w);
                can.add(r);
            };
            add.accept(2, this::pledge);
            add.accept(4, this::statement);
            if (!entries.ofDrive(drive.id(), Set.of(MatchStatus.REVIEW, MatchStatus.OUTGOING), 1).isEmpty()) {
                add.accept(3, this::decide);
            }
            if (!decided.isEmpty()) {
                add.accept(1, this::undo);
            }
            List<ProcurementRepository.Order> os = orders.orders(drive.id());
            if (procurement.available(drive) >= 5 * 600_000L) {
                add.accept(8, () -> {
                    log.add("order");
                    procurement.placeOrders(drive, organizer);
                });
            }
            if (os.stream().anyMatch(o -> o.invoicedMinor() < o.valueMinor())) {
                add.accept(3, this::invoice);
            }
            if (os.stream().anyMatch(o -> o.delivered() < o.quantity())) {
                add.accept(6, this::receive);
            }
            if (delivery.stock(drive.id()).stream().mapToInt(x -> x.quantity()).sum() >= 4) {
                add.accept(8, () -> {
                    log.add("allocate");
                    delivery.allocate(drive, Season.WINTER, organizer);
                });
            }
            List<DeliveryRepository.Allocation> as = deliveries.allocations(drive.id());
            if (as.stream().anyMatch(a -> a.state() == DeliveryRepository.AllocationState.ALLOCATED)) {
                add.accept(8, () -> {
                    log.add("ship");
                    delivery.ship(drive);
                });
            }
            if (as.stream().anyMatch(a -> a.state() == DeliveryRepository.AllocationState.SHIPPED)) {
                add.accept(10, this::confirm);
            }
            if (as.stream().anyMatch(a -> a.state() == DeliveryRepository.AllocationState.MISSING)) {
                add.accept(8, this::resolve);
            }
            int total = weight.stream().mapToInt(Integer::intValue).sum();
            int r = rnd.nextInt(total);
            for (int i = 0; i < can.size(); i++) {
                r -= weight.get(i);
                if (r < 0) {
                    can.get(i).run();
                    return;
                }
            }
        }

        void pledge() {
            long amount = 500_000 + rnd.nextInt(600) * 10_000L;
            Pledge p = pledges.pledge(drive, new PledgeService.PledgeForm(Money.plain(amount, "RUB"), null, null, "Donor", null,
                    false)).pledge();
            made.add(p);
            log.add("pledge " + amount);
        }

        void payInFull(Pledge p) {
            day = day.plusDays(1);
            statements++;
            Movement mv = Movement.credit(day, p.amountMinor(), "B-" + drive.id() + "-full", "Donor", "40817810000000000001",
                    "Пожертвование " + CreditorReference.printed(p.reference()));
            Statement st = new Statement(drive.bank().account(), "АНО Колёса", "RUB", "S-" + drive.id() + "-" + statements, day,
                    day, bankSaysMinor, List.of(mv));
            bankSaysMinor += mv.signedMinor();
            log.add("paid in full " + p.amountMinor());
            assertThat(imports.importNow(drive, "s" + statements + ".xml", StatementSamples.camt053Bytes(8, st),
                    organizer.username(), organizer.organizationId()).status()).isEqualTo("DONE");
        }

        /** A statement of one to three movements, each one of the shapes donors and banks produce. */
        void statement() {
            day = day.plusDays(1);
            List<Movement> ms = new ArrayList<>();
            int k = 1 + rnd.nextInt(3);
            for (int m = 0; m < k; m++) {
                String ref = "B-" + drive.id() + "-" + statements + "-" + m;
                Pledge p = made.get(rnd.nextInt(made.size()));
                String printed = CreditorReference.printed(p.reference());
                long due = PledgeStatus.of(p, entries.ofPledge(p.id())).outstandingMinor();
                int shape = rnd.nextInt(7);
                Movement mv = switch (shape) {
                    case 0 -> Movement.credit(day, Math.max(1, due == 0 ? p.amountMinor() : due), ref, "Donor", "40817810000000000001",
                            "Пожертвование " + printed);
                    case 1 -> Movement.credit(day, 1 + rnd.nextInt((int) Math.max(1, p.amountMinor() - 1)), ref, "Donor",
                            "40817810000000000001", "Пожертвование " + printed);
                    case 2 -> Movement.credit(day, p.amountMinor() + 1 + rnd.nextInt(50_000), ref, "Donor", "40817810000000000001",
                            "Пожертвование " + printed);
                    case 3 -> {
                        long in = Math.max(0, PledgeStatus.of(p, entries.ofPledge(p.id())).receivedMinor());
                        long back = Math.min(in, bankSaysMinor);
                        yield back <= 0 ? Movement.credit(day, 10_000, ref, "Anon", "40817810000000000009", "на шины")
                                : Movement.debit(day, 1 + rnd.nextInt((int) Math.min(back, Integer.MAX_VALUE - 1)), ref, "Donor",
                                "40817810000000000001", "Возврат платежа " + printed);
                    }
                    case 4 -> Movement.credit(day, 1_000 + rnd.nextInt(300_000), ref, "Anon", "40817810000000000009", "на шины");
                    case 5 -> bankSaysMinor < 100 ? Movement.credit(day, 5_000, ref, "Anon", "40817810000000000009", "помощь")
                            : Movement.debit(day, 1 + rnd.nextInt((int) Math.min(bankSaysMinor, 50_000)), ref, "Банк",
                            "70601810000000000001", "Комиссия за обслуживание");
                    default -> bankSaysMinor < 100 ? Movement.credit(day, 7_000, ref, "Anon", "40817810000000000009", "помощь")
                            : Movement.debit(day, 1 + rnd.nextInt((int) Math.min(bankSaysMinor, 2_000_000)), ref, "Volga Tyre Depot",
                            "40702810000000000005", "Оплата по счёту");
                };
                bankSaysMinor += mv.signedMinor();
                if (bankSaysMinor < 0) {
                    bankSaysMinor -= mv.signedMinor();
                    continue;
                }
                ms.add(mv);
            }
            if (ms.isEmpty()) {
                return;
            }
            long opening = bankSaysMinor - ms.stream().mapToLong(Movement::signedMinor).sum();
            statements++;
            Statement st = new Statement(drive.bank().account(), "АНО Колёса", "RUB", "S-" + drive.id() + "-" + statements, day,
                    day, opening, ms);
            log.add("statement " + ms.stream().map(m -> (m.direction().name().charAt(0)) + String.valueOf(m.amountMinor())).toList());
            StatementImportService.Outcome o = imports.importNow(drive, "s" + statements + ".xml",
                    StatementSamples.camt053Bytes(8, st), organizer.username(), organizer.organizationId());
            assertThat(o.status()).as("import %s", o.errors()).isEqualTo("DONE");
        }

        void decide() {
            List<BankEntry> open = entries.ofDrive(drive.id(), Set.of(MatchStatus.REVIEW, MatchStatus.OUTGOING), 100);
            if (open.isEmpty()) {
                log.add("decide: nothing");
                return;
            }
            BankEntry e = open.get(rnd.nextInt(open.size()));
            if (e.credit()) {
                if (rnd.nextBoolean()) {
                    Pledge p = made.get(rnd.nextInt(made.size()));
                    review.assign(drive.id(), e.id(), p.reference(), organizer.username());
                    log.add("assign " + e.id());
                } else {
                    review.markGeneral(drive.id(), e.id(), organizer.username());
                    log.add("general " + e.id());
                }
            } else {
                ReviewService.DebitKind kind = ReviewService.DebitKind.values()[rnd.nextInt(3)];
                review.classifyDebit(drive.id(), e.id(), kind, organizer.username());
                log.add("classify " + e.id() + " " + kind);
            }
            decided.add(e.id());
        }

        void undo() {
            if (decided.isEmpty()) {
                log.add("undo: nothing");
                return;
            }
            long id = decided.remove(rnd.nextInt(decided.size()));
            review.reopen(drive.id(), id, organizer.username());
            log.add("undo " + id);
            seen.add("undo");
        }

        void invoice() {
            List<ProcurementRepository.Order> os = orders.orders(drive.id()).stream()
                    .filter(o -> o.invoicedMinor() < o.valueMinor()).toList();
            if (os.isEmpty()) {
                log.add("invoice: nothing");
                return;
            }
            ProcurementRepository.Order o = os.get(rnd.nextInt(os.size()));
            long left = o.valueMinor() - o.invoicedMinor();
            long amount = rnd.nextBoolean() ? left : 1 + (long) (rnd.nextDouble() * (left - 1));
            procurement.invoice(drive, o.id(), "INV-" + o.id() + "-" + rnd.nextInt(1000), Money.plain(amount, "RUB"), day,
                    organizer);
            log.add("invoice " + o.id() + " " + amount);
        }

        void receive() {
            List<ProcurementRepository.Order> os = orders.orders(drive.id()).stream()
                    .filter(o -> o.delivered() < o.quantity()).toList();
            if (os.isEmpty()) {
                log.add("receive: nothing");
                return;
            }
            ProcurementRepository.Order o = os.get(rnd.nextInt(os.size()));
            int left = o.quantity() - o.delivered();
            int q = rnd.nextBoolean() ? left : 1 + rnd.nextInt(left);
            procurement.receive(drive, o.id(), String.valueOf(q), organizer);
            log.add("receive " + o.id() + " " + q);
        }

        void confirm() {
            List<DeliveryRepository.Shipment> open = deliveries.shipments(drive.id()).stream()
                    .filter(s -> "SHIPPED".equals(s.status())).toList();
            if (open.isEmpty()) {
                log.add("confirm: nothing");
                return;
            }
            DeliveryRepository.Shipment s = open.get(rnd.nextInt(open.size()));
            List<Long> got = new ArrayList<>();
            for (DeliveryRepository.Allocation a : deliveries.ofShipment(s.id())) {
                if (rnd.nextInt(4) != 0) {
                    got.add(a.id());
                }
            }
            DeliveryService.Confirmation c = delivery.confirm(s.id(), got, "checked at the depot", fleet);
            log.add("confirm " + s.id() + " " + got.size() + " sets, missing " + c.vehiclesMissing());
            if (!c.vehiclesMissing().isEmpty()) {
                seen.add("shortfall");
            }
        }

        void resolve() {
            List<DeliveryRepository.Discrepancy> open = deliveries.discrepancies(drive.id()).stream()
                    .filter(DeliveryRepository.Discrepancy::open).toList();
            if (open.isEmpty()) {
                log.add("resolve: nothing");
                return;
            }
            DeliveryRepository.Discrepancy x = open.get(rnd.nextInt(open.size()));
            DeliveryService.Resolution how = DeliveryService.Resolution.values()[rnd.nextInt(3)];
            if (how == DeliveryService.Resolution.WRITTEN_OFF && rnd.nextInt(4) == 0) {
                try {
                    delivery.resolve(drive, x.id(), how, " ", organizer);
                    throw new AssertionError("a write-off without a reason was accepted");
                } catch (InvalidFormException expected) {
                    log.add("write-off without reason refused");
                }
                return;
            }
            delivery.resolve(drive, x.id(), how, "damaged in transit", organizer);
            log.add("resolve " + x.id() + " " + how);
            seen.add(switch (how) {
                case RESHIPPED -> "reshipped";
                case WRITTEN_OFF -> "written off";
                case RETURNED -> "returned to stock";
            });
        }

        /** Every identity, each against a reading that does not go through {@link DriveFiguresService}. */
        void check() {
            DriveFigures f = figures.of(drive);
            DriveFigures.Money m = f.money();
            DriveFigures.Tires t = f.tires();
            long id = drive.id();

            assertThat(f.ledgerBalanced()).as("ledger balanced").isTrue();
            if (m.awaitingReviewMinor() != 0) {
                seen.add("review");
            }
            if (m.spentMinor() > 0) {
                seen.add("spent");
            }
            if (m.committedMinor() > 0) {
                seen.add("committed");
            }
            if (t.delivered() > 0) {
                seen.add("fitted");
            }
            // bank balance = received − refunds − fees − paid to suppliers ± awaiting review, and = what the statements said
            assertThat(m.bankMinor()).as("bank = statements").isEqualTo(bankSaysMinor);
            assertThat(m.receivedMinor() - m.refundedMinor() - m.feesMinor() - m.paidToSuppliersMinor() + m.awaitingReviewMinor())
                    .as("bank = received − refunds − fees − paid + awaiting review").isEqualTo(m.bankMinor());
            long bankEntries = jdbc.sql("""
                            SELECT COALESCE(SUM(CASE WHEN direction = 'CREDIT' THEN drive_amount_minor ELSE -drive_amount_minor END), 0)
                            FROM bank_entry WHERE drive_id = :d""").param("d", id).query(Long.class).single();
            assertThat(bankEntries).as("bank = stored bank entries").isEqualTo(m.bankMinor());

            // purchases in the money section = the purchase table; spent = the invoices booked
            long invoices = jdbc.sql("""
                            SELECT COALESCE(SUM(i.amount_minor), 0) FROM supplier_invoice i JOIN purchase_order o ON o.id = i.order_id
                            WHERE o.drive_id = :d""").param("d", id).query(Long.class).single();
            assertThat(m.spentMinor()).as("spent = purchase table").isEqualTo(f.purchasesInvoicedMinor()).isEqualTo(invoices);
            assertThat(m.committedMinor()).as("committed = ordered − invoiced")
                    .isEqualTo(f.purchasesOrderedMinor() - f.purchasesInvoicedMinor());
            assertThat(m.availableMinor()).isEqualTo(m.receivedMinor() - m.refundedMinor() - m.feesMinor() - m.spentMinor()
                    - m.committedMinor());
            assertThat(procurement.available(drive)).as("the planner's money").isEqualTo(Math.max(0, m.availableMinor()));
            assertThat(m.accountedMinor()).as("reconciliation line").isEqualTo(m.receivedMinor());

            // pledged outstanding = per pledge, pledged less received (net), never below zero
            long outstanding = 0;
            int count = 0;
            for (Pledge p : made) {
                PledgeStatus st = PledgeStatus.of(p, entries.ofPledge(p.id()));
                assertThat(st.outstandingMinor()).isNotNegative().isLessThanOrEqualTo(p.amountMinor());
                if (st.state() != PledgeStatus.State.REFUNDED) {
                    assertThat(st.outstandingMinor()).isEqualTo(Math.max(0, p.amountMinor() - st.receivedMinor()));
                }
                outstanding += st.outstandingMinor();
                switch (st.state()) {
                    case PARTIAL -> seen.add("partial");
                    case OVERPAID -> seen.add("overpaid");
                    default -> {
                    }
                }
                if (st.returnedMinor() > 0) {
                    seen.add("returned");
                }
                count += st.outstandingMinor() > 0 ? 1 : 0;
            }
            assertThat(m.pledgedOutstandingMinor()).as("pledged outstanding").isEqualTo(outstanding);
            assertThat(m.pledgesOutstanding()).isEqualTo(count);
            DriveProgressService.Snapshot snap = progress.compute(drive);
            assertThat(snap.pledgedOutstandingMinor()).isEqualTo(outstanding);
            assertThat(snap.raisedMinor()).isEqualTo(m.raisedMinor());
            assertThat(snap.awaitingReviewMinor()).isEqualTo(m.awaitingReviewMinor());

            // tires: delivered = confirmed receipts; in stock = received − shipped
            long confirmed = jdbc.sql("SELECT COALESCE(SUM(received_tires), 0) FROM shipment WHERE drive_id = :d AND status = 'RECEIVED'")
                    .param("d", id).query(Long.class).single();
            assertThat(t.delivered()).as("delivered = confirmed receipts").isEqualTo(confirmed);
            long receipts = jdbc.sql("""
                            SELECT COALESCE(SUM(r.quantity), 0) FROM stock_receipt r JOIN purchase_order o ON o.id = r.order_id
                            WHERE o.drive_id = :d""").param("d", id).query(Long.class).single();
            assertThat(t.received()).as("received = stock receipts").isEqualTo(receipts);
            long sent = jdbc.sql("SELECT COALESCE(SUM(tires), 0) FROM shipment WHERE drive_id = :d").param("d", id)
                    .query(Long.class).single();
            long backOrAgain = jdbc.sql("""
                            SELECT COALESCE(SUM(quantity), 0) FROM delivery_discrepancy
                            WHERE drive_id = :d AND status IN ('RESHIPPED', 'RETURNED')""").param("d", id).query(Long.class).single();
            assertThat(t.shipped()).as("shipped = shipments less re-shipped and returned").isEqualTo(sent - backOrAgain);
            assertThat(t.inStock()).as("in stock = received − shipped").isEqualTo(t.received() - t.shipped()).isNotNegative();
            assertThat(t.unallocated()).as("free stock").isNotNegative()
                    .isEqualTo(delivery.stock(id).stream().mapToInt(s -> s.quantity()).sum());
            long openMissing = jdbc.sql("SELECT COALESCE(SUM(quantity), 0) FROM delivery_discrepancy WHERE drive_id = :d AND status = 'OPEN'")
                    .param("d", id).query(Long.class).single();
            long writtenOff = jdbc.sql("""
                            SELECT COALESCE(SUM(quantity), 0) FROM delivery_discrepancy WHERE drive_id = :d AND status = 'WRITTEN_OFF'""")
                    .param("d", id).query(Long.class).single();
            assertThat(t.missing()).isEqualTo(openMissing);
            assertThat(t.writtenOff()).isEqualTo(writtenOff);
            assertThat(t.shipped()).isEqualTo(t.delivered() + t.inTransit() + t.writtenOff());
            assertThat(t.received()).isLessThanOrEqualTo(t.ordered());
            assertThat(f.tireLines().stream().mapToInt(DriveFigures.TireLine::delivered).sum()).isEqualTo(t.delivered());
            // only vehicles that received their full set are fitted
            for (DeliveryRepository.Allocation a : deliveries.allocations(id)) {
                assertThat(a.fitted()).as("allocation %s fitted iff its set arrived", a.id())
                        .isEqualTo(a.state() == DeliveryRepository.AllocationState.FITTED);
            }
        }
    }
}
