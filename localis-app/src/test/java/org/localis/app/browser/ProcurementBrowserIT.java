package org.localis.app.browser;

import org.localis.app.shared.Actor;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.localis.app.bank.StatementImportService;
import org.localis.app.drive.Drive;
import org.localis.app.drive.Pledge;
import org.localis.app.drive.DriveRepository;
import org.localis.app.drive.DriveService;
import org.localis.app.drive.DriveTestSupport;
import org.localis.app.drive.PledgeService;
import org.localis.app.identity.LocalisUser;
import org.localis.app.identity.LocalisUserDetailsService;
import org.localis.testing.StatementSamples;
import org.localis.testing.StatementSamples.Movement;
import org.localis.testing.StatementSamples.Statement;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * From purchase to confirmed delivery to the public report: the organizer adds an offer, places the
 * order, records the delivery, allocates and ships; the fleet confirms receipt; the public report shows
 * the tires delivered and the fleet served.
 */
class ProcurementBrowserIT extends BrowserTest {

    @Autowired DriveService driveService;
    @Autowired DriveRepository drives;
    @Autowired PledgeService pledges;
    @Autowired StatementImportService imports;
    @Autowired LocalisUserDetailsService users;

    @Test
    void fromPurchaseToConfirmedDeliveryToThePublicReport() throws Exception {
        Actor organizer = DriveTestSupport.organizer(users);
        Drive d = DriveTestSupport.openDrive(driveService, organizer, drives);
        Pledge p = pledges.pledge(d, new PledgeService.PledgeForm("500000", null, null, null, null, false)).pledge();
        LocalDate day = LocalDate.now().minusDays(1);
        imports.importNow(d, "fund.xml", StatementSamples.camt053Bytes(8, new Statement(d.bank().account(), "H", "RUB",
                "PB-" + d.id(), day, day, 0L, List.of(Movement.credit(day, 50_000_000, "PB-1", "Donor", "40817810000000000001",
                        p.reference())))), "organizer", organizer.organizationId());

        signIn("organizer");
        browser.get(url("/manage/drives/" + d.id() + "/procurement?lang=en"));
        browser.findElement(By.id("offer-supplier")).sendKeys("Volga Tyre Depot");
        browser.findElement(By.id("offer-brand")).sendKeys("Winter Van");
        browser.findElement(By.id("offer-size")).sendKeys("185/75 R16 C 104/102 Q");
        browser.findElement(By.id("offer-price")).sendKeys("8000");
        browser.findElement(By.id("offer-available")).sendKeys("10");
        browser.findElement(By.id("offer-add")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("plan-lines")));
        assertThat(browser.findElement(By.id("plan-tires")).getText()).isEqualTo("10");
        browser.findElement(By.id("place-orders")).click();
        // placing orders commits money: the page asks first, naming the cost
        var question = waiting().until(ExpectedConditions.alertIsPresent());
        assertThat(question.getText()).contains("80,000.00").contains("10");
        question.accept();
        // the next page's message (found afresh each time: the old page may still be there for a moment)
        waiting().until(ExpectedConditions.textToBe(By.id("flash-message"), "The purchase orders are placed."));
        browser.findElement(By.cssSelector("#orders .invoice-no")).sendKeys("INV-1");
        browser.findElement(By.cssSelector("#orders button.invoice")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("flash-message"), "The invoice is recorded."));
        // the batch: tick the order and receive everything outstanding on it
        browser.findElement(By.cssSelector("#orders input.pick-order")).click();
        browser.findElement(By.id("receive-ticked")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("flash-message"),
                "Everything outstanding on the ticked orders is received into stock."));
        assertThat(browser.findElements(By.cssSelector("#orders button.deliver"))).isEmpty();
        browser.findElement(By.id("allocate")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("allocations")));
        int sets = browser.findElements(By.cssSelector("#allocations tbody tr")).size();
        assertThat(sets).isBetween(1, 2);
        int shipTires = browser.findElements(By.cssSelector("#allocations tbody tr td.num")).stream()
                .mapToInt(e -> Integer.parseInt(e.getText().strip())).sum();
        long fleets = browser.findElements(By.cssSelector("#allocations tbody tr td:nth-child(2)")).stream()
                .map(e -> e.getText().strip()).distinct().count();
        browser.findElement(By.id("ship")).click();
        // shipping tells the fleets: the page asks first, naming the sets, tires and fleets
        var shipQuestion = waiting().until(ExpectedConditions.alertIsPresent());
        assertThat(shipQuestion.getText()).startsWith("Ship " + sets + " allocated set(s), " + shipTires + " tires, to " + fleets + " fleet(s)?");
        shipQuestion.accept();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("shipments")));
        screenshot("procurement-shipped");
        signOut();

        signIn("fleet");
        browser.get(url("/fleet?lang=en"));
        String rowText = browser.findElement(By.id("fleet-shipments")).getText();
        assertThat(rowText).contains(d.title());
        browser.findElements(By.cssSelector("#fleet-shipments button.confirm")).stream()
                .filter(b -> b.findElement(By.xpath("./ancestor::tr")).getText().contains(d.title())).findFirst().orElseThrow()
                .click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("shipment-confirmed")));
        screenshot("fleet-confirmed");
        signOut();

        browser.get(url("/drives/" + d.slug() + "/report?lang=en"));
        assertThat(browser.findElement(By.id("report-fleets")).getText()).contains("ГБУЗ «Городская станция скорой помощи»");
        String tires = browser.findElement(By.id("report-tires")).getText();
        assertThat(tires).contains("185/75 R16 C 104/102 Q");
        assertThat(browser.findElement(By.id("report-purchases")).getText()).contains("Volga Tyre Depot");
        screenshot("public-report");
    }
}
