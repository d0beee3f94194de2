package org.localis.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localis.testing.Fixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** A person scores the example sedan on the score page in a real browser. */
class ScorePageBrowserIT extends BrowserTest {

    @Test
    void uploadsTheExampleAndReadsTheExplainedResult() throws Exception {
        Path sedan = Fixtures.example("roll-up-sedan");
        signIn("volga");
        browser.findElement(By.id("nav-score")).click();
        browser.findElement(By.id("bom")).sendKeys(sedan.resolve("bom.csv").toString());
        browser.findElement(By.id("operations")).sendKeys(sedan.resolve("operations.csv").toString());
        browser.findElement(By.id("certificates")).sendKeys(sedan.resolve("certificates.csv").toString());
        browser.findElement(By.id("rates")).sendKeys(sedan.resolve("rates.csv").toString());
        new Select(browser.findElement(By.id("scheme"))).selectByValue("usmca-passenger-car");
        browser.findElement(By.id("period")).sendKeys("2024");
        browser.findElement(By.id("netCost")).sendKeys("25000");
        browser.findElement(By.id("currency")).clear();
        browser.findElement(By.id("currency")).sendKeys("USD");
        browser.findElement(By.id("submit")).click();

        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("result")));
        assertThat(browser.findElement(By.id("score")).getText()).isEqualTo("83.40%");
        assertThat(browser.findElement(By.id("passed")).getText()).isEqualTo("Passed");
        assertThat(browser.findElement(By.id("classification")).getText()).isEqualTo("Partial localization");
        assertThat(browser.findElement(By.id("formula")).getText()).contains("(25000.00 - 4150.00) / 25000.00");
        assertThat(browser.findElements(By.cssSelector("#lines tbody tr"))).hasSize(10);
        // the chart was drawn by Chart.js from the WebJar (no network)
        Object drawn = browser.executeScript("return window.Chart && Chart.getChart('origin-chart') != null;");
        assertThat(drawn).isEqualTo(Boolean.TRUE);
        screenshot("score-result.png");
    }

    @Test
    void aBrokenFileShowsEveryErrorBesideTheForm(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("broken-bom.csv");
        Files.writeString(bad, "part,parent,quantity,unit_cost\nA,,0,1\nB,,1,abc\n");
        signIn("volga");
        browser.get(url("/score?lang=ru"));
        browser.findElement(By.id("bom")).sendKeys(bad.toString());
        browser.findElement(By.id("submit")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("errors")));
        assertThat(browser.findElements(By.cssSelector("#errors li"))).extracting(e -> e.getText()).containsExactly(
                // the engine's English errors said in Russian on a Russian page (issue #16)
                "файл broken-bom.csv, строка 2, столбец quantity: должно быть больше 0 (указано 0)",
                "файл broken-bom.csv, строка 3, столбец unit_cost: «abc» — не число (пишите цифры, десятичный разделитель"
                        + " — '.', например 1234.56)");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Оценка спецификации");
        screenshot("score-errors-ru.png");
    }
}
