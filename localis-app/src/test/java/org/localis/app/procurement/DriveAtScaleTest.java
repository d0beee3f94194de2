package org.localis.app.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.localis.app.bank.BankEntryRepository;
import org.localis.app.bank.MatchStatus;
import org.localis.app.bank.StatementImportService;
import org.localis.app.drive.Drive;
import org.localis.app.drive.DriveRepository;
import org.localis.app.drive.DriveService;
import org.localis.app.drive.DriveStatus;
import org.localis.app.drive.DriveTestSupport;
import org.localis.app.drive.Pledge;
import org.localis.app.drive.PledgeService;
import org.localis.app.drive.PledgeService.PledgeForm;
import org.localis.app.drive.Target;
import org.localis.app.fleet.FleetService;
import org.localis.app.fleet.NeedService;
import org.localis.app.identity.AccountService;
import org.localis.app.identity.LocalisUserDetailsService;
import org.localis.app.identity.OrganizationKind;
import org.localis.app.ledger.LedgerRepository;
import org.localis.app.shared.Actor;
import org.localis.app.shared.Role;
import org.localis.fleet.Need;
import org.localis.fleet.NeedLine;
import org.localis.fleet.Season;
import org.localis.ledger.TrialBalance;
import org.localis.payment.CreditorReference;
import org.localis.testing.StatementSamples;
import org.localis.testing.StatementSamples.Movement;
import org.localis.testing.StatementSamples.Statement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The drive at the seed's scale (issue 23), through the services, then the organizer's pages over HTTP (MockMvc):
 * three fleets with trucks and
 * stored summer sets, the need in December, a drive with its targets, pledges, a bank statement, offers from a
 * price list, the plan, orders invoiced and received in bulk, allocation, shipments confirmed with a shortfall;
 * every step timed (printed as {@code STEP name ms}), every invariant checked. Scale: {@code -Dlocalis.scale}
 * (1 = 1,500 vehicles, 20,000 pledges, 18,000 bank entries, 60 offers; default 0.02 so the usual test run stays
 * short). Run at full scale on PostgreSQL with {@code bench/drive-at-scale.sh}.
 */
@Tag("slow")
@SpringBootTest
@org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc
class DriveAtScaleTest {

    @Autowired FleetService fleets;
    @Autowired NeedService needs;
    @Autowired DriveService driveService;
    @Autowired DriveRepository drives;
    @Autowired PledgeService pledges;
    @Autowired StatementImportService imports;
    @Autowired BankEntryRepository entries;
    @Autowired ProcurementService procurement;
    @Autowired ProcurementRepository rows;
    @Autowired DeliveryService delivery;
    @Autowired DeliveryRepository deliveries;
    @Autowired LedgerRepository ledger;
    @Autowired AccountService accounts;
    @Autowired LocalisUserDetailsService users;

    @Autowired org.springframework.test.web.servlet.MockMvc mvc;

    private final Map<String, Long> times = new LinkedHashMap<>();
    private final Map<String, Long> pageTimes = new LinkedHashMap<>();

    private static final String[][] SIZES = {
        {"185/75 R16 C 104/102 Q", "single,twin", "ambulance"},
        {"195/75 R16 C 107/105 R", "single,twin", "ambulance"},
        {"215/65 R16 C 109/107 T", "single,single", "emergency"},
        {"205/55 R16 91H", "single,single", "utility"},
        {"315/80 R22.5 156/150 L", "single,twin,twin", "emergency"},
        {"425/85 R21 156G", "single,single,single", "humanitarian"},
        {"12.00 R20 154/150 J", "single,twin,twin", "humanitarian"}};

    private <T> T step(String name, java.util.function.Supplier<T> body) {
        long t0 = System.nanoTime();
        T r = body.get();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        times.put(name, ms);
        System.out.println("STEP " + name + " " + ms + " ms (load " + load() + ")");
        return r;
    }

    /** The 1-minute load average (Linux), to read a step's wall-clock time against. */
    private static String load() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "n/a";
        }
    }

    @Test
    void theDriveAtScale() throws Exception {
        double scale = Double.parseDouble(System.getProperty("localis.scale", "0.02"));
        int perFleet = Math.max(10, (int) Math.round(500 * scale));
        int nPledges = Math.max(50, (int) Math.round(20_000 * scale));
        int nEntries = Math.max(60, (int) Math.round(18_000 * scale));
        int unmatched = Math.max(5, (int) Math.round(668 * scale));
        int nOffers = 60;
        Random r = new Random(23);
        String run = Long.toString(System.nanoTime(), 36);
        Actor organizer = DriveTestSupport.organizer(users);
        Actor fleetUser = ((org.localis.app.identity.LocalisUser) users.loadUserByUsername("fleet")).actor();

        // 1. three fleets, each its own organization, with trucks and stored summer sets (December)
        List<Actor> operators = new ArrayList<>();
        for (int f = 0; f < 3; f++) {
            long org = accounts.createOrganization("Scale fleet " + run + "-" + f, OrganizationKind.FLEET);
            operators.add(new Actor(fleetUser.id(), fleetUser.username(), "fleet " + f, Role.FLEET_OPERATOR, org));
        }
        int stored = 0;
        int vehicles = 0;
        Set<String> storedIds = new java.util.HashSet<>();
        for (int f = 0; f < 3; f++) {
            StringBuilder csv = new StringBuilder("id,make_model,category,full_size_spare,tire_size,season,tread_mm,"
                    + "tires_made,region,priority,axles,stored_season,stored_tread_mm,stored_tires_made\n");
            for (int v = 0; v < perFleet; v++) {
                String[] s = SIZES[r.nextInt(SIZES.length)];
                boolean truck = s[1].split(",").length == 3;
                boolean withStored = !truck && r.nextInt(20) < 13; // about 65 % of the vans
                stored += withStored ? 1 : 0;
                if (withStored) {
                    storedIds.add("F" + f + "-" + v);
                }
                String tread = String.valueOf(2 + r.nextInt(6)) + "." + r.nextInt(10); // 2.0-7.9 mm: a third below 4 mm
                csv.append("F").append(f).append("-").append(v).append(",Vehicle,").append(s[2]).append(",no,")
                        .append(s[0]).append(',').append(truck ? "all-season" : "winter").append(',').append(tread)
                        .append(",20").append(20 + r.nextInt(6)).append("-0").append(1 + r.nextInt(9))
                        .append(",Region ").append(f).append(',').append(1 + r.nextInt(5)).append(",\"").append(s[1])
                        .append("\",").append(withStored ? "summer," + (3 + r.nextInt(5)) + ".0,2023-04" : ",,")
                        .append('\n');
                vehicles++;
            }
            Actor op = operators.get(f);
            byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
            FleetService.Imported first = step("fleet " + op.displayName() + " import (" + perFleet + " vehicles)",
                    () -> fleets.importFile(op, "fleet-" + op.displayName() + ".csv", bytes));
            assertThat(first.added()).isEqualTo(perFleet);
            FleetService.Imported again = step("fleet " + op.displayName() + " re-import", () -> fleets.importFile(op, "fleet-" + op.displayName() + ".csv", bytes));
            assertThat(again.unchanged()).as("re-import changes nothing").isEqualTo(perFleet);
        }

        // 2. the need by a December deadline: no summer need from the vehicles with a good stored summer set
        LocalDate deadline = LocalDate.of(LocalDate.now().getYear(), 12, 20);
        if (deadline.isBefore(LocalDate.now())) {
            deadline = deadline.plusYears(1);
        }
        LocalDate due = deadline;
        Need need = step("need (all vehicles)", () -> needs.needFor(List.of(), due, new java.math.BigDecimal("0.90")));
        System.out.println("NEED " + need.total() + " tires; " + vehicles + " vehicles here (" + stored
                + " with stored summer sets)");
        // vehicles with a stored set of 3.0+ mm and made 2023-04 are never summer-due by this deadline
        assertThat(storedIds).hasSize(stored);
        assertThat(need.vehicleNeeds()).noneMatch(vn -> vn.season() == Season.SUMMER && storedIds.contains(vn.vehicleId()));

        // 3. the drive, with the popular winter lines as its targets
        Drive d = step("drive and targets", () -> {
            DriveTestSupport.signIn(organizer);
            try {
                org.localis.app.drive.BankDetails b = DriveTestSupport.BANK;
                String account = org.localis.bankdetails.RussianBankDetails.withControlKey("4070381090"
                        + String.format("%010d", Math.abs(run.hashCode()) % 1_000_000_000L), b.bic(),
                        org.localis.bankdetails.RussianBankDetails.KeyVariant.CREDIT_INSTITUTION);
                Drive created = driveService.create(new DriveService.DriveForm("scale-" + run, "Scale " + run, "At scale",
                        "RUB", due, List.of("ambulance", "emergency", "humanitarian", "utility"), 90,
                        new org.localis.app.drive.BankDetails(b.payeeName(), account, b.bankName(), b.bic(),
                                b.correspAccount(), b.inn(), b.kpp())), organizer);
                List<Target> targets = new ArrayList<>();
                int line = 1;
                for (NeedLine l : need.popular()) {
                    if (l.season() == Season.WINTER || l.season() == Season.SUMMER) {
                        targets.add(new Target(line++, l.sizeKey(), l.required().canonical(), l.season().name(),
                                l.quantity(), 900_000, l.vehicles()));
                    }
                }
                driveService.replaceTargets(created, targets);
                driveService.setStatus(drives.find(created.id()).orElseThrow(), DriveStatus.OPEN);
                return drives.find(created.id()).orElseThrow();
            } finally {
                org.springframework.security.core.context.SecurityContextHolder.clearContext();
            }
        });
        assertThat(d.status()).isEqualTo(DriveStatus.OPEN);

        // 4. pledges from 8 threads
        List<Pledge> made = Collections.synchronizedList(new ArrayList<>());
        step(nPledges + " pledges (8 threads)", () -> {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<?>> fs = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    int k = t;
                    fs.add(pool.submit(() -> {
                        for (int i = k; i < nPledges; i += 8) {
                            PledgeService.Result res = pledges.pledge(d, new PledgeForm(String.valueOf(1000 + i % 50 * 100),
                                    null, null, "Donor " + i, null, false));
                            assertThat(res.problems()).isEmpty();
                            made.add(res.pledge());
                        }
                    }));
                }
                for (Future<?> f : fs) {
                    f.get();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                pool.shutdown();
            }
            return null;
        });
        assertThat(made).hasSize(nPledges);

        // 5. the bank statement: paid pledges by reference, the rest unmatched credits and some fees
        LocalDate day = LocalDate.now().minusDays(1);
        List<Movement> ms = new ArrayList<>();
        long expectedMatched = 0;
        for (int i = 0; i < nEntries - unmatched; i++) {
            if (i < made.size() && i % 20 != 19) {
                Pledge p = made.get(i);
                ms.add(Movement.credit(day, p.amountMinor(), "E-" + i, "Donor " + i, "40817810000000000001",
                        "Пожертвование " + CreditorReference.printed(p.reference())));
                expectedMatched++;
            } else {
                ms.add(Movement.debit(day, 100 + i % 7, "E-" + i, "Банк", "70601810000000000001", "Комиссия"));
            }
        }
        for (int i = 0; i < unmatched; i++) {
            ms.add(Movement.credit(day, 5_000 + i, "U-" + i, "Someone " + i, "40817810000000000009", "на шины"));
        }
        Statement st = new Statement(d.bank().account(), "АНО Колёса", "RUB", "SCALE-" + run, day, day, 0L, ms);
        byte[] camt = StatementSamples.camt053Bytes(8, st);
        StatementImportService.Outcome out = step("statement import (" + ms.size() + " entries)",
                () -> imports.importNow(d, "scale.xml", camt, organizer.username(), organizer.organizationId()));
        assertThat(out.status()).isEqualTo("DONE");
        assertThat(out.matched()).isEqualTo(expectedMatched);
        assertThat(entries.countByStatuses(d.id(), Set.of(MatchStatus.REVIEW))).as("the review queue counts them all")
                .isEqualTo(unmatched);

        // 6. offers from a price list: importers for every target line, and near-identical competitors
        List<Target> targets = drives.targets(d.id());
        StringBuilder prices = new StringBuilder("supplier;brand_model;tire_size;season;price;available;lead_time_days\n");
        for (int o = 0; o < nOffers; o++) {
            Target t = targets.get(o % targets.size());
            prices.append("Supplier ").append(o % 7).append(";Model ").append(o).append(';').append(t.designation())
                    .append(';').append(t.season().toLowerCase(java.util.Locale.ROOT)).append(';')
                    .append(8_000 + r.nextInt(40) * 10).append(";")
                    .append(Math.max(4, t.quantity() / 5 + r.nextInt(t.quantity() / 3 + 1)))
                    .append(";7\n");
        }
        byte[] priceList = prices.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(step("price list import (" + nOffers + " offers)",
                () -> procurement.importOffers(d, "prices.csv", priceList, organizer))).isEqualTo(nOffers);

        // 7. the plan when asked, then orders
        ProcurementService.PlanPage plan = step("plan (computed on demand)", () -> procurement.planOnDemand(d, true));
        System.out.println("PLAN " + plan.view().plan().lines().size() + " lines, " + plan.view().plan().tiresCovered()
                + " tires, proven cheapest: " + plan.view().plan().optimal());
        long available = procurement.available(d);
        assertThat(plan.view().plan().realCostMinor()).isLessThanOrEqualTo(available);
        ProcurementService.PlanPage cached = step("plan (cached)", () -> procurement.planOnDemand(d, false));
        assertThat(cached.view()).isSameAs(plan.view());
        int orders = step("place orders", () -> procurement.placeOrders(d, organizer));
        System.out.println("ORDERS " + orders);
        List<Long> orderIds = rows.orders(d.id()).stream().map(ProcurementRepository.Order::id).toList();
        step("invoice all orders (bulk)", () -> procurement.bulkOrders(d, orderIds, ProcurementService.BulkOrderAction.INVOICE,
                "INV-SCALE", day, organizer));
        step("receive all orders (bulk)", () -> procurement.bulkOrders(d, orderIds, ProcurementService.BulkOrderAction.RECEIVE,
                "", day, organizer));
        assertThat(rows.orders(d.id())).allMatch(o -> o.delivered() == o.quantity() && o.invoicedMinor() == o.valueMinor());

        // 8. allocation and shipping, one set missing per fleet
        DeliveryService.AllocationRun winter = step("allocate winter sets", () -> delivery.allocate(d, Season.WINTER, organizer));
        System.out.println("ALLOCATED " + winter.sets() + " sets, " + winter.tires() + " tires; not served " + winter.unserved());
        step("ship", () -> delivery.ship(d));
        int missing = 0;
        long t0 = System.nanoTime();
        for (DeliveryRepository.Shipment s : deliveries.shipments(d.id())) {
            List<DeliveryRepository.Allocation> sets = deliveries.ofShipment(s.id());
            List<Long> got = sets.stream().map(DeliveryRepository.Allocation::id).skip(1).toList();
            missing += sets.isEmpty() ? 0 : 1;
            Actor op = operators.stream().filter(a -> a.organizationId() == s.organizationId()).findFirst()
                    .orElse(new Actor(fleetUser.id(), fleetUser.username(), "fleet", Role.FLEET_OPERATOR, s.organizationId()));
            delivery.confirm(s.id(), got, "one set short", op);
        }
        times.put("confirm shipments", (System.nanoTime() - t0) / 1_000_000);
        System.out.println("STEP confirm shipments " + times.get("confirm shipments") + " ms");
        assertThat(deliveries.discrepancies(d.id()).stream().filter(DeliveryRepository.Discrepancy::open).count())
                .isEqualTo(missing);

        // 9. the organizer's pages at this scale, over HTTP through MockMvc (the whole Spring MVC stack, security,
        // Thymeleaf): each page twice, the second time is the one compared with 2 s (the first compiles templates)
        long importId = entries.imports(d.id(), 1).get(0).id();
        org.springframework.security.core.userdetails.UserDetails me = users.loadUserByUsername(organizer.username());
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("drive dashboard (with the review queue, page 1)", "/manage/drives/" + d.id());
        pages.put("review queue, last page", "/manage/drives/" + d.id() + "?reviewPage=" + ((unmatched + 99) / 100));
        pages.put("review suggestions", "/manage/drives/" + d.id() + "/review/suggested");
        pages.put("procurement and plan", "/manage/drives/" + d.id() + "/procurement");
        pages.put("statement import", "/manage/imports/" + importId);
        pages.put("ledger", "/manage/drives/" + d.id() + "/ledger");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            long first = 0;
            long second = 0;
            for (int k = 0; k < 2; k++) {
                long p0 = System.nanoTime();
                mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(page.getValue())
                                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(me)))
                        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
                long took = (System.nanoTime() - p0) / 1_000_000;
                if (k == 0) {
                    first = took;
                } else {
                    second = took;
                }
            }
            pageTimes.put(page.getKey(), second);
            System.out.println("PAGE " + page.getKey() + " " + page.getValue().replace("/" + d.id(), "/{id}")
                    .replace("/" + importId, "/{id}") + " " + second + " ms (first view " + first + " ms)");
        }

        // 10. invariants: the ledger balances, money exact, stock never over-allocated
        TrialBalance tb = ledger.trialBalance(d.id());
        assertThat(tb.balanced()).isTrue();
        assertThat(ledger.unbalancedEntries(d.id())).isEmpty();
        int allocatedTires = deliveries.allocations(d.id()).stream().mapToInt(DeliveryRepository.Allocation::quantity).sum();
        int receivedTires = rows.orders(d.id()).stream().mapToInt(ProcurementRepository.Order::delivered).sum();
        assertThat(allocatedTires).isLessThanOrEqualTo(receivedTires);
        // every batch under 30 s; pledges are not a batch (donors send them one by one over the campaign): their
        // rate is printed instead
        List<String> over = times.entrySet().stream().filter(e -> !e.getKey().contains("pledges") && e.getValue() >= 30_000)
                .map(e -> e.getKey() + " " + e.getValue() + " ms").toList();
        over.forEach(o -> System.out.println("OVER30 " + o));
        List<String> slowPages = pageTimes.entrySet().stream().filter(e -> e.getValue() >= 2_000)
                .map(e -> e.getKey() + " " + e.getValue() + " ms").toList();
        slowPages.forEach(o -> System.out.println("OVER2 " + o));
        if (Boolean.parseBoolean(System.getProperty("localis.scale.strictTime", "true"))) {
            assertThat(over).as("steps over 30 s").isEmpty();
            assertThat(slowPages).as("pages of 2 s or more").isEmpty();
        }
        System.out.println("PLEDGES " + nPledges * 1000L / Math.max(1, times.get(nPledges + " pledges (8 threads)"))
                + " a second through the pledge service");
        System.out.println("SCALE DONE " + times.values().stream().mapToLong(Long::longValue).sum() + " ms in steps");
    }
}
