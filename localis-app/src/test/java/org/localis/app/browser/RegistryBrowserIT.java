package org.localis.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.localis.testing.Fixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A manufacturer submits, an assessor approves, the public registry shows the certificate and its PDF verifies. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistryBrowserIT {

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @BeforeEach
    void open() throws Exception {
        browser = Browser.start();
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private void signIn(String user) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo-" + user + "-pass");
        browser.findElement(By.id("login-submit")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("nav-logout")));
    }

    private void signOut() {
        browser.findElement(By.id("nav-logout")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("nav-login")));
    }

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
        WebDriverWaitSelect.scheme(browser, "usmca-passenger-car");
        browser.findElement(By.name("period")).sendKeys("2024");
        browser.findElement(By.cssSelector(".submit-version")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("status"), "SUBMITTED"));
        assertThat(browser.findElement(By.id("score")).getText()).isEqualTo("83.40 percent");
        String submissionUrl = browser.getCurrentUrl();
        signOut();

        signIn("assessor");
        browser.findElement(By.id("nav-review")).click();
        browser.findElement(By.linkText(submissionUrl.substring(submissionUrl.lastIndexOf('/') + 1))).click();
        browser.findElement(By.id("decision-APPROVED")).click();
        browser.findElement(By.id("comment")).sendKeys("verified");
        browser.findElement(By.id("decide")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("status"), "APPROVED"));
        String number = browser.findElement(By.id("certificate-link")).getText();
        signOut();

        // public: search, certificate page, PDF
        browser.get(url("/registry?q=" + name.replace(' ', '+')));
        browser.findElement(By.linkText(number)).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("certificate-status")));
        assertThat(browser.findElement(By.id("certificate-status")).getText()).isEqualTo("valid");
        assertThat(browser.findElement(By.id("certificate-score")).getText()).isEqualTo("83.4 percent");
        assertThat(browser.getPageSource()).doesNotContain("25000").doesNotContain("BLK-20");
        Files2.screenshot(browser.getScreenshotAs(OutputType.BYTES), "registry-certificate.png");
        String pdfUrl = browser.findElement(By.id("certificate-pdf")).getAttribute("href");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdfUrl)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(doc)).contains(number).contains(name).contains(url("/registry/" + number));
        }
    }

    /** Small helpers kept next to the test. */
    static final class WebDriverWaitSelect {
        static void scheme(ChromeDriver b, String id) {
            new Select(b.findElement(By.cssSelector(".submit-form select[name=scheme]"))).selectByValue(id);
        }
    }

    static final class Files2 {
        static void screenshot(byte[] png, String name) throws java.io.IOException {
            Path out = Path.of("target", "screenshots");
            java.nio.file.Files.createDirectories(out);
            java.nio.file.Files.write(out.resolve(name), png);
        }
    }
}
