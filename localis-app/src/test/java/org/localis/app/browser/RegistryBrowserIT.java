package org.localis.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.localis.testing.Fixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** A manufacturer submits, an assessor approves, the public registry shows the certificate and its PDF verifies. */
class RegistryBrowserIT extends BrowserTest {

    @Test
    void submitApproveAndVerifyInThePublicRegistry() throws Exception {
        String name = "Browser Sedan " + UUID.randomUUID().toString().substring(0, 6);
        Path sedan = Fixtures.example("roll-up-sedan");

        signIn("volga");
        browser.findElement(By.id("nav-products")).click();
        browser.findElement(By.id("product-name")).sendKeys(name);
        new Select(browser.findElement(By.id("product-category"))).selectByValue("passenger-car");
        browser.findElement(By.id("create-product")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("version-form")));
        browser.findElement(By.id("v-bom")).sendKeys(sedan.resolve("bom.csv").toString());
        browser.findElement(By.id("v-operations")).sendKeys(sedan.resolve("operations.csv").toString());
        browser.findElement(By.id("v-certificates")).sendKeys(sedan.resolve("certificates.csv").toString());
        browser.findElement(By.id("v-rates")).sendKeys(sedan.resolve("rates.csv").toString());
        browser.findElement(By.name("currency")).clear();
        browser.findElement(By.name("currency")).sendKeys("USD");
        browser.findElement(By.id("v-netCost")).sendKeys("25000");
        browser.findElement(By.id("add-version")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("version-1")));
        new Select(browser.findElement(By.cssSelector(".submit-form select[name=scheme]"))).selectByValue("usmca-passenger-car");
        browser.findElement(By.name("period")).sendKeys("2024");
        browser.findElement(By.cssSelector(".submit-version")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("status"), "Submitted"));
        assertThat(browser.findElement(By.id("score")).getText()).isEqualTo("83.40 %");
        String submissionUrl = browser.getCurrentUrl();
        signOut();

        signIn("assessor");
        browser.findElement(By.id("nav-review")).click();
        browser.findElement(By.linkText(submissionUrl.substring(submissionUrl.lastIndexOf('/') + 1))).click();
        browser.findElement(By.id("decision-APPROVED")).click();
        browser.findElement(By.id("comment")).sendKeys("verified");
        browser.findElement(By.id("decide")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("status"), "Approved"));
        String number = browser.findElement(By.id("certificate-link")).getText();
        signOut();

        // public: search, certificate page, PDF
        browser.get(url("/registry?q=" + name.replace(' ', '+')));
        browser.findElement(By.linkText(number)).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("certificate-status")));
        assertThat(browser.findElement(By.id("certificate-status")).getText()).isEqualTo("Valid");
        assertThat(browser.findElement(By.id("certificate-score")).getText()).isEqualTo("83.4 %");
        assertThat(browser.getPageSource()).doesNotContain("25000").doesNotContain("BLK-20");
        screenshot("registry-certificate.png");
        String pdfUrl = browser.findElement(By.id("certificate-pdf")).getAttribute("href");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdfUrl)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(doc)).contains(number).contains(name).contains(url("/registry/" + number));
        }
    }
}
