package org.localis.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.localis.app.drive.Drive;
import org.localis.app.drive.DriveRepository;
import org.localis.app.drive.DriveService;
import org.localis.app.drive.DriveTestSupport;
import org.localis.app.identity.LocalisUserDetailsService;
import org.localis.testing.StatementSamples;
import org.localis.testing.StatementSamples.Movement;
import org.localis.testing.StatementSamples.Statement;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A donor pledges on the public page and gets a reference and QR; the organizer imports a bank
 * statement carrying that reference through the page (with its progress bar); the donor's status page
 * and the public progress bars change.
 */
class DriveBrowserIT extends BrowserTest {

    @Autowired DriveService driveService;
    @Autowired DriveRepository drives;
    @Autowired LocalisUserDetailsService users;

    @Test
    void aDonorsPledgeIsPaidAndThePublicPageMoves() throws Exception {
        Drive d = DriveTestSupport.openDrive(driveService, DriveTestSupport.organizer(users), drives);

        browser.get(url("/drives/" + d.slug() + "?lang=en"));
        String before = browser.findElement(By.id("raised")).getText();
        String lineBefore = browser.findElement(By.cssSelector("#sizes tr[data-line='1'] .meter-fill")).getAttribute("style");
        browser.findElement(By.id("mode-tires")).click();
        WebElement size = browser.findElement(By.id("pledge-size"));
        assertThat(size.isDisplayed()).isTrue();
        browser.findElement(By.id("pledge-tires")).sendKeys("10");
        browser.findElement(By.id("pledge-name")).sendKeys("Vera Ivanova");
        browser.findElement(By.id("pledge-show")).click();
        screenshot("drive-pledge-form");
        browser.findElement(By.id("pledge-submit")).click();

        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("reference")));
        String reference = browser.findElement(By.id("reference")).getText().replace(" ", "");
        assertThat(reference).matches("RF\\d{14}");
        assertThat(browser.findElement(By.id("pledge-state")).getText()).isEqualTo("Awaiting payment");
        assertThat(browser.findElement(By.id("pledge-amount")).getText()).contains("80,000.00");
        WebElement qr = browser.findElement(By.id("qr"));
        assertThat(((Number) browser.executeScript("return arguments[0].naturalWidth", qr)).intValue()).isGreaterThan(100);
        screenshot("drive-pledge-status");
        String statusUrl = browser.getCurrentUrl();

        // the bank pays it: 10 tires x 8,000.00, reference typed in lower case with spaces
        LocalDate day = LocalDate.now().minusDays(1);
        String spaced = reference.substring(0, 4).toLowerCase() + " " + reference.substring(4, 10) + " " + reference.substring(10);
        byte[] camt = StatementSamples.camt053Bytes(8, new Statement(d.bank().account(), "АНО", "RUB", "BR-" + d.id(), day, day,
                0L, List.of(Movement.credit(day, 8_000_000, "BR-1", "Вера Иванова", "40817810000000000011",
                        "Пожертвование на шины " + spaced))));
        Path file = Files.createTempFile("statement", ".xml");
        Files.write(file, camt);
        try {
            signIn("organizer");
            browser.get(url("/manage/drives/" + d.id() + "?lang=en"));
            browser.findElement(By.id("statement-file")).sendKeys(file.toAbsolutePath().toString());
            browser.findElement(By.id("statement-upload")).click();
            waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("import-bar")));
            waiting().until(ExpectedConditions.textToBe(By.id("import-status"), "Imported"));
            assertThat(browser.findElement(By.id("import-bar")).getAttribute("style")).contains("100%");
            screenshot("drive-statement-imported");
            browser.get(url("/manage/drives/" + d.id() + "/ledger?lang=en"));
            assertThat(browser.findElement(By.id("balanced")).getAttribute("class")).isEqualTo("good-text");
            signOut();
        } finally {
            Files.deleteIfExists(file);
        }

        browser.get(statusUrl);
        assertThat(browser.findElement(By.id("pledge-state")).getText()).isEqualTo("Received");
        assertThat(browser.findElement(By.id("pledge-received")).getText()).contains(day.toString()).contains("80,000.00");

        browser.get(url("/drives/" + d.slug() + "?lang=en"));
        waiting().until(b -> !b.findElement(By.id("raised")).getText().equals(before));
        assertThat(browser.findElement(By.id("raised")).getText()).contains("80,000.00");
        String lineAfter = browser.findElement(By.cssSelector("#sizes tr[data-line='1'] .meter-fill")).getAttribute("style");
        assertThat(lineAfter).isNotEqualTo(lineBefore).contains("10%");
        assertThat(browser.findElement(By.cssSelector("#sizes tr[data-line='1'] .funded")).getText()).isEqualTo("10");
        assertThat(browser.findElement(By.id("recent-list")).getText()).contains("Vera");
        screenshot("drive-public-after");
    }
}
