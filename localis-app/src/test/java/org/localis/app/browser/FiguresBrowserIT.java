package org.localis.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
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
import org.localis.app.procurement.DeliveryService;
import org.localis.app.procurement.ProcurementRepository;
import org.localis.app.procurement.ProcurementService;
import org.localis.app.shared.Actor;
import org.localis.fleet.Season;
import org.localis.payment.CreditorReference;
import org.localis.testing.StatementSamples;
import org.localis.testing.StatementSamples.Movement;
import org.localis.testing.StatementSamples.Statement;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;

/**
 * A donor pays part of a pledge: the status page shows what was received and what is outstanding, and its QR
 * (decoded with zbarimg) asks for the remainder only; the public page counts the remainder as pledged, and the
 * report shows the money. Then a delivery with a shortfall: the fleet unticks the vehicle whose set did not
 * arrive, only the others are fitted, the organizer writes the missing set off with a reason, and the public
 * report shows delivered, written off and the discrepancy. Runs on its own database (it fits the fleet's vehicles).
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:figures-browser;DB_CLOSE_DELAY=-1")
class FiguresBrowserIT extends BrowserTest {

    static final String SIZE = "185/75 R16 C 104/102 Q";

    @Autowired DriveService driveService;
    @Autowired DriveRepository drives;
    @Autowired PledgeService pledges;
    @Autowired StatementImportService imports;
    @Autowired ProcurementService procurement;
    @Autowired ProcurementRepository orders;
    @Autowired DeliveryService delivery;
    @Autowired FleetRepository fleets;
    @Autowired LocalisUserDetailsService users;

    @Test
    void aPartialPaymentShowsItsRemainderAndADeliveryShortfallStaysADiscrepancy() throws Exception {
        Actor organizer = DriveTestSupport.organizer(users);
        Actor fleet = ((LocalisUser) users.loadUserByUsername("fleet")).actor();
        Drive d = DriveTestSupport.openDrive(driveService, organizer, drives);
        Pledge partial = pledges.pledge(d, new PledgeService.PledgeForm("10000", null, null, "Anna", null, false)).pledge();
        Pledge big = pledges.pledge(d, new PledgeService.PledgeForm("200000", null, null, "Fund", null, false)).pledge();
        LocalDate day = LocalDate.now().minusDays(1);
        Statement st = new Statement(d.bank().account(), "АНО", "RUB", "FB-" + d.id(), day, day, 0L, List.of(
                Movement.credit(day, 400_000, "FB-1", "Анна", "40817810000000000011",
                        "Пожертвование " + CreditorReference.printed(partial.reference())),
                Movement.credit(day, 20_000_000, "FB-2", "Фонд", "40702810000000000012",
                        "Пожертвование " + CreditorReference.printed(big.reference()))));
        assertThat(imports.importNow(d, "fb.xml", StatementSamples.camt053Bytes(8, st), organizer.username(),
                organizer.organizationId()).status()).isEqualTo("DONE");

        // the donor's status: 4,000 received, 6,000 outstanding, and the code asks for 6,000 only
        browser.get(url("/pledges/" + partial.reference() + "?lang=en"));
        assertThat(browser.findElement(By.id("pledge-state")).getText()).isEqualTo("Partly received");
        assertThat(browser.findElement(By.id("pledge-received-amount")).getText()).contains("4,000.00");
        assertThat(browser.findElement(By.id("pledge-outstanding")).getText()).contains("6,000.00");
        assertThat(browser.findElement(By.id("qr-amount")).getText()).contains("6,000.00");
        WebElement qr = browser.findElement(By.id("qr"));
        assertThat(((Number) browser.executeScript("return arguments[0].naturalWidth", qr)).intValue()).isGreaterThan(100);
        screenshot("figures-partial-status");
        String decoded = zbar(qr.getAttribute("src"));
        assertThat(decoded).startsWith("ST00012").contains("|Sum=600000|").doesNotContain("Sum=1000000")
                .contains(CreditorReference.printed(partial.reference()));
        // the pledge paid in full has no code to pay again
        browser.get(url("/pledges/" + big.reference() + "?lang=en"));
        assertThat(browser.findElement(By.id("pledge-state")).getText()).isEqualTo("Received");
        assertThat(browser.findElements(By.id("qr"))).isEmpty();
        assertThat(browser.findElement(By.id("no-qr-due")).isDisplayed()).isTrue();
        assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/pledges/" + big.reference()
                + "/qr.png"))).build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(404);

        // the public page: only what is outstanding counts as pledged
        browser.get(url("/drives/" + d.slug() + "?lang=en"));
        assertThat(browser.findElement(By.id("pledged")).getText()).isEqualTo("1 · 6,000.00 ₽");
        assertThat(browser.findElement(By.id("raised")).getText()).contains("204,000.00");

        // stock for a few of the demo fleet's vehicles, shipped in one shipment
        DriveTestSupport.signIn(organizer);
        try {
            procurement.addOffer(d, "Volga Tyre Depot", "Winter LCV", SIZE, "winter", "8000", "12", "5", null, organizer);
            procurement.placeOrders(d, organizer);
            ProcurementRepository.Order o = orders.orders(d.id()).get(0);
            procurement.invoice(d, o.id(), "INV-FB-1", "96000", day, organizer);
            procurement.receive(d, o.id(), "12", organizer);
            assertThat(delivery.allocate(d, Season.WINTER, organizer).sets()).isGreaterThanOrEqualTo(2);
            delivery.ship(d);
        } finally {
            SecurityContextHolder.clearContext();
        }

        // the fleet confirms vehicle by vehicle: the first vehicle's set did not arrive
        signIn("fleet");
        browser.get(url("/fleet?lang=en"));
        WebElement row = browser.findElements(By.cssSelector("#fleet-shipments tbody tr")).stream()
                .filter(r -> r.getText().contains(d.title())).findFirst().orElseThrow();
        List<WebElement> sets = row.findElements(By.cssSelector("input[name='set']"));
        assertThat(sets).hasSizeGreaterThanOrEqualTo(2).allMatch(WebElement::isSelected);
        int shipped = 0;
        for (WebElement box : sets) {
            shipped += quantity(box);
        }
        WebElement missing = sets.get(0);
        String missingVehicle = missing.getAttribute("data-vehicle");
        String receivedVehicle = sets.get(1).getAttribute("data-vehicle");
        int missingTires = quantity(missing);
        Season before = fleets.find(fleets.idOf(fleet.organizationId(), missingVehicle)).orElseThrow().vehicle().fittedSeason();
        missing.click();
        screenshot("figures-fleet-shortfall");
        row.findElement(By.cssSelector("button.confirm")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("shipment-confirmed")));
        assertThat(browser.findElement(By.id("shipment-missing")).getText()).contains(missingVehicle);
        signOut();
        assertThat(fleets.find(fleets.idOf(fleet.organizationId(), receivedVehicle)).orElseThrow().vehicle().fittedSeason())
                .isEqualTo(Season.WINTER);
        assertThat(fleets.find(fleets.idOf(fleet.organizationId(), missingVehicle)).orElseThrow().vehicle().fittedSeason())
                .as("the vehicle without its set keeps its old tires").isEqualTo(before);

        // the organizer sees the discrepancy and writes the set off with a reason
        signIn("organizer");
        browser.get(url("/manage/drives/" + d.id() + "/procurement?lang=en"));
        assertThat(browser.findElement(By.id("allocations")).getText()).contains("missing (not received)");
        WebElement x = browser.findElement(By.id("discrepancies"));
        assertThat(x.getText()).contains(missingVehicle).contains("missing, to be resolved");
        assertThat(browser.findElement(By.id("proc-spent")).getText()).contains("96,000.00");
        new Select(x.findElement(By.name("action"))).selectByValue("written_off");
        x.findElement(By.name("reason")).sendKeys("stolen from the depot");
        x.findElement(By.cssSelector("form.resolve button")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("discrepancies"), "written off"));
        assertThat(browser.findElement(By.id("discrepancies")).getText()).contains("stolen from the depot");
        screenshot("figures-discrepancy-resolved");
        signOut();

        // the public report: delivered = the sets received, the missing set written off, the reconciliation line
        browser.get(url("/drives/" + d.slug() + "/report?lang=en"));
        assertThat(browser.findElement(By.id("reconciliation")).getText())
                .startsWith("Received 204,000.00 ₽ = spent 96,000.00 ₽ + committed to orders 0.00 ₽ + fees 0.00 ₽");
        assertThat(browser.findElement(By.cssSelector("#fig-tires-delivered td.num")).getText())
                .isEqualTo(String.valueOf(shipped - missingTires));
        assertThat(browser.findElement(By.cssSelector("#fig-tires-written-off td.num")).getText())
                .isEqualTo(String.valueOf(missingTires));
        assertThat(browser.findElement(By.cssSelector("#fig-tires-in-stock td.num")).getText())
                .isEqualTo(String.valueOf(12 - shipped));
        assertThat(browser.findElement(By.cssSelector("#fig-pledged-outstanding td.num")).getText()).isEqualTo("6,000.00 ₽");
        assertThat(browser.findElement(By.id("report-discrepancies")).getText()).contains(missingVehicle).contains("stolen from the depot");
        assertThat(browser.findElement(By.id("report-purchases")).getText()).contains("Volga Tyre Depot").contains("INV-FB-1")
                .contains("8,000.00");
        screenshot("figures-report");
    }

    /** The tires of a set, from its checkbox label ("AMB-002 · 5"). */
    static int quantity(WebElement box) {
        String label = box.findElement(By.xpath("./..")).getText();
        return Integer.parseInt(label.substring(label.lastIndexOf('·') + 1).strip());
    }

    /** Downloads a QR PNG and decodes it with zbarimg (zbar-tools). */
    String zbar(String src) throws Exception {
        byte[] png = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(src)).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
        Path file = Files.createTempFile("qr", ".png");
        try {
            Files.write(file, png);
            Process p = new ProcessBuilder("zbarimg", "--raw", "-q", file.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(p.exitValue()).as("zbarimg: %s", out).isZero();
            return out;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
