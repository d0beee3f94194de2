package org.localis.app.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.localis.app.registry.CertificateRepository;
import org.localis.app.shared.Actor;
import org.localis.fleet.Season;
import org.localis.fleet.TireSize;
import org.localis.fleet.Vehicle;
import org.localis.payment.CreditorReference;
import org.localis.testing.StatementSamples;
import org.localis.testing.StatementSamples.Movement;
import org.localis.testing.StatementSamples.Statement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * End to end: a drive with full, partial and over-payments, money awaiting review, a fee, orders (one domestic
 * with a registry certificate), an invoice, receipts, allocation, a shipment confirmed with a set missing and
 * written off. The report's HTML, CSV and PDF are then read back independently (HTML and PDF as text, with the
 * English grouping and the currency's minor digits) and compared number by number, with each other and with
 * the read model.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:figures-property;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class ReportFormatsTest {

    static final String SIZE = "185/75 R16 C 104/102 Q";

    @Autowired org.localis.app.scheme.SchemeNames schemeNames;
    @Autowired MockMvc mvc;
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
    @Autowired CertificateRepository certificateRows;
    @Autowired TransparencyReport reports;
    @Autowired LocalisUserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theHtmlCsvAndPdfReportsAgreeNumberByNumber() throws Exception {
        Drive d = busyDrive();
        TransparencyReport.Report r = reports.of(d);
        DriveFigures f = r.figures();
        // the drive has every kind of figure, so the comparison below compares something
        assertThat(f.money().awaitingReviewMinor()).isEqualTo(295_100);
        assertThat(f.money().feesMinor()).isEqualTo(15_000);
        assertThat(f.money().spentMinor()).isPositive();
        assertThat(f.money().committedMinor()).isPositive();
        assertThat(f.money().pledgedOutstandingMinor()).isEqualTo(5_000_000 - 2_000_000);
        assertThat(f.tires().writtenOff()).isPositive();
        assertThat(f.tires().delivered()).isPositive();

        String html = mvc.perform(get("/drives/" + d.slug() + "/report").param("lang", "en")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String csv = mvc.perform(get("/drives/" + d.slug() + "/report.csv")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        byte[] pdfBytes = mvc.perform(get("/drives/" + d.slug() + "/report.pdf")).andReturn().getResponse().getContentAsByteArray();
        String pdf;
        String pdfCells; // in drawing order: a table cell's wrapped lines stay together
        try (var doc = Loader.loadPDF(pdfBytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            pdfCells = stripper.getText(doc);
            stripper.setSortByPosition(true);
            pdf = stripper.getText(doc);
        }
        Map<String, List<String>> csvRows = csvByKey(csv);
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("section,key,item,detail,quantity,unit_price,amount,currency");

        int compared = 0;
        for (TransparencyReport.Line l : r.lines()) {
            long fromHtml = number(htmlFigure(html, l.key()), l.money());
            List<String> row = csvRows.get(l.key());
            assertThat(row).as("CSV row %s", l.key()).isNotNull();
            long fromCsv = l.money() ? number(row.get(6), true) : Long.parseLong(row.get(4));
            if (l.money()) {
                assertThat(row.get(7)).isEqualTo("RUB");
                assertThat(row.get(6)).as("plain number with the currency's two minor digits").matches("-?\\d+\\.\\d{2}");
            }
            long fromPdf = number(pdfFigure(pdf, l.label()), l.money());
            assertThat(List.of(fromHtml, fromCsv, fromPdf)).as("%s in HTML, CSV and PDF", l.key()).containsOnly(l.value());
            compared++;
        }
        assertThat(compared).isEqualTo(21);

        // the reconciliation line: the same seven amounts in the page and the PDF, and they add up
        List<Long> htmlRecon = amounts(textOf(html, "id=\"reconciliation\""));
        List<Long> pdfRecon = amounts(pdf.lines().filter(s -> s.startsWith("Received ")).findFirst().orElseThrow()
                + pdf.lines().dropWhile(s -> !s.startsWith("Received ")).skip(1).findFirst().orElse(""));
        assertThat(htmlRecon).hasSize(7);
        assertThat(pdfRecon.subList(0, 7)).isEqualTo(htmlRecon);
        assertThat(htmlRecon.get(0)).isEqualTo(htmlRecon.subList(1, 7).stream().mapToLong(Long::longValue).sum())
                .isEqualTo(number(csvRows.get("on-account").get(6), true));

        // every purchase line: quantity, unit price and value agree; origin, tier and invoices are shown
        long tableSum = 0;
        for (DriveFigures.Purchase p : f.purchases()) {
            String tr = textOf(html, "id=\"order-" + p.orderId() + "\"");
            List<String> row = csvRows.get("order-" + p.orderId());
            assertThat(Long.parseLong(row.get(4))).isEqualTo(p.quantity());
            assertThat(number(row.get(5), true)).isEqualTo(p.unitPriceMinor());
            assertThat(number(row.get(6), true)).isEqualTo(p.valueMinor());
            assertThat(amounts(tr)).containsSubsequence(p.unitPriceMinor(), p.valueMinor(), p.invoicedMinor());
            assertThat(pdf).contains(org.localis.app.shared.Money.format(p.unitPriceMinor(), "RUB", java.util.Locale.ENGLISH)
                    .replace('\u00a0', ' ').split(" ")[0]);
            for (String inv : p.invoices()) {
                assertThat(tr).contains(inv);
                assertThat(row.get(3)).contains(inv);
                assertThat(pdf).contains(inv);
            }
            if (p.domestic()) {
                assertThat(p.tier()).isNotBlank();
                assertThat(tr).contains(p.certificateNumber()).contains("tier " + schemeNames.tier(null, p.tier(), java.util.Locale.ENGLISH))
                        .doesNotContain("tier " + p.tier() + " ");
                assertThat(row.get(3)).contains("certificate " + p.certificateNumber()).contains("tier " + p.tier());
                assertThat(pdfCells.replaceAll("\\s", "")).as("certificate (the cell may wrap)").contains(p.certificateNumber());
            }
            tableSum += p.invoicedMinor();
        }
        // purchases in the money section = the sum of the purchase table, in each format
        assertThat(tableSum).isEqualTo(f.money().spentMinor())
                .isEqualTo(number(textOf(html, "id=\"purchases-invoiced\""), true))
                .isEqualTo(number(csvRows.get("purchases-invoiced").get(6), true));
        assertThat(f.purchases()).anyMatch(DriveFigures.Purchase::domestic);
        // the discrepancy is on the report, with its reason
        assertThat(html).contains("report-discrepancies").contains("lost in transit");
        assertThat(csv).contains("written_off: lost in transit");
        assertThat(pdf.replaceAll("\\s+", " ")).as("the reason (the line may wrap)").contains("lost in transit");
    }

    @Test
    void csvCellsCannotBecomeFormulas() {
        assertThat(ReportController.text("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(ReportController.text("Kama")).isEqualTo("\"Kama\"");
    }

    /** A drive with money of every kind and a delivery with a set missing and written off. */
    Drive busyDrive() {
        Actor organizer = DriveTestSupport.organizer(users);
        Actor fleet = ((LocalisUser) users.loadUserByUsername("fleet")).actor();
        Drive d = DriveTestSupport.openDrive(driveService, organizer, drives);
        DriveTestSupport.signIn(organizer);
        for (int v = 0; v < 3; v++) {
            fleets.upsert(fleet.organizationId(), new Vehicle("RF-" + v, "GAZelle Next", "ambulance", 4, false,
                    TireSize.parse(SIZE), Season.SUMMER, new BigDecimal("2.0"), YearMonth.of(2019, 1), "", 1, false));
        }
        Pledge full = pledge(d, "100000");
        Pledge partial = pledge(d, "50000");
        Pledge over = pledge(d, "20000");
        LocalDate day = LocalDate.now().minusDays(3);
        Statement st = new Statement(d.bank().account(), "АНО Колёса", "RUB", "E2E-" + d.id(), day, day, 0L, List.of(
                Movement.credit(day, 10_000_000, "E-1", "Donor A", "40817810000000000001", ref(full)),
                Movement.credit(day, 2_000_000, "E-2", "Donor B", "40817810000000000002", ref(partial)),
                Movement.credit(day, 2_500_000, "E-3", "Donor C", "40817810000000000003", ref(over)),
                Movement.credit(day, 295_100, "E-4", "Someone", "40817810000000000004", "на шины"),
                Movement.debit(day, 15_000, "E-5", "Банк", "70601810000000000001", "Комиссия за обслуживание")));
        assertThat(imports.importNow(d, "e2e.xml", StatementSamples.camt053Bytes(8, st), organizer.username(),
                organizer.organizationId()).status()).isEqualTo("DONE");
        BankEntry fee = entries.ofDrive(d.id(), java.util.Set.of(MatchStatus.OUTGOING), 5).get(0);
        review.classifyDebit(d.id(), fee.id(), ReviewService.DebitKind.FEE, organizer.username());

        String kama = certificateRows.search("Шина Кама для скорой помощи", null, null, null, 50).stream()
                .filter(c -> c.productName().equals("Шина Кама для скорой помощи 185/75 R16C") && c.revokedAt() == null)
                .findFirst().orElseThrow().number(); // the demo's tire certificate (other tests issue more of Kama's)
        procurement.addOffer(d, "АО «Шины Кама»", "Евро LCV", SIZE, "winter", "9000", "4", "7", kama, organizer);
        procurement.addOffer(d, "Volga Tyre Depot", "Winter LCV", SIZE, "winter", "8500", "10", "5", null, organizer);
        assertThat(procurement.placeOrders(d, organizer)).isEqualTo(2);
        List<ProcurementRepository.Order> os = orders.orders(d.id());
        ProcurementRepository.Order first = os.get(0);
        procurement.invoice(d, first.id(), "INV-E2E-1", org.localis.app.shared.Money.plain(first.valueMinor(), "RUB"), day,
                organizer);
        ProcurementRepository.Order second = os.get(1);
        procurement.invoice(d, second.id(), "INV-E2E-2", org.localis.app.shared.Money.plain(second.valueMinor() / 2, "RUB"), day,
                organizer);
        for (ProcurementRepository.Order o : os) {
            procurement.receive(d, o.id(), String.valueOf(o.quantity()), organizer);
        }
        DeliveryService.AllocationRun run = delivery.allocate(d, Season.WINTER, organizer);
        assertThat(run.sets()).isGreaterThanOrEqualTo(2);
        delivery.ship(d);
        DeliveryRepository.Shipment s = deliveries.shipments(d.id()).get(0);
        List<DeliveryRepository.Allocation> sets = deliveries.ofShipment(s.id());
        assertThat(sets.size()).isGreaterThanOrEqualTo(2);
        List<Long> got = new ArrayList<>();
        for (int i = 1; i < sets.size(); i++) {
            got.add(sets.get(i).id());
        }
        delivery.confirm(s.id(), got, "one set missing", fleet);
        DeliveryRepository.Discrepancy x = deliveries.discrepancies(d.id()).get(0);
        delivery.resolve(d, x.id(), DeliveryService.Resolution.WRITTEN_OFF, "lost in transit", organizer);
        return drives.find(d.id()).orElseThrow();
    }

    Pledge pledge(Drive d, String amount) {
        return pledges.pledge(d, new PledgeService.PledgeForm(amount, null, null, "Donor", null, false)).pledge();
    }

    static String ref(Pledge p) {
        return "Пожертвование " + CreditorReference.printed(p.reference());
    }

    /** The value cell of a figure row of the HTML report. */
    static String htmlFigure(String html, String key) {
        Matcher m = Pattern.compile("id=\"fig-" + Pattern.quote(key) + "\"><td>[^<]*</td>\\s*<td class=\"num\">([^<]*)</td>")
                .matcher(html);
        assertThat(m.find()).as("HTML figure %s", key).isTrue();
        return m.group(1);
    }

    /** The number after a label in the PDF's text. */
    static String pdfFigure(String pdf, String label) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(label) + "\\s+(-?[\\d,]+(?:\\.\\d+)?)").matcher(pdf);
        assertThat(m.find()).as("PDF figure %s", label).isTrue();
        return m.group(1);
    }

    /** The text of the element whose opening tag carries {@code attr}, tags removed. */
    static String textOf(String html, String attr) {
        int i = html.indexOf(attr);
        assertThat(i).as("HTML element %s", attr).isNotNegative();
        int start = html.lastIndexOf('<', i);
        String tag = html.substring(start + 1, html.indexOf(' ', start));
        int end = html.indexOf("</" + tag + ">", i);
        return html.substring(html.indexOf('>', i) + 1, end).replaceAll("<[^>]+>", " ");
    }

    /** Every English-formatted amount with two decimals in a text, in minor units. */
    static List<Long> amounts(String text) {
        List<Long> out = new ArrayList<>();
        Matcher m = Pattern.compile("(-?\\d{1,3}(?:,\\d{3})*\\.\\d{2})").matcher(text);
        while (m.find()) {
            out.add(number(m.group(1), true));
        }
        return out;
    }

    /** A number as printed (English grouping, currency symbol) or plain, in minor units when it is money. */
    static long number(String printed, boolean money) {
        String digits = printed.replaceAll("[^0-9.\\-]", "");
        BigDecimal v = new BigDecimal(digits);
        if (money) {
            assertThat(v.scale()).as("exactly two minor digits in %s", printed).isEqualTo(2);
            return v.movePointRight(2).longValueExact();
        }
        return v.longValueExact();
    }

    /** CSV rows by their key column (RFC 4180 quoting). */
    static Map<String, List<String>> csvByKey(String csv) {
        Map<String, List<String>> out = new HashMap<>();
        csv.lines().skip(1).forEach(line -> {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            cells.add(cell.toString());
            out.put(cells.get(1), cells);
        });
        return out;
    }
}
