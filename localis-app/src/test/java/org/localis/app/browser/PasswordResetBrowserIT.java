package org.localis.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.localis.app.identity.AccountRepository;
import org.localis.app.identity.AccountService;
import org.localis.app.shared.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Forgot password" end to end without an SMTP server: the user asks on the sign-in page, the administrator
 * finds the message on the outbox page, the link in it sets a new password, and the user signs in with it.
 */
class PasswordResetBrowserIT extends BrowserTest {

    @Autowired AccountService accounts;
    @Autowired AccountRepository repository;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager txManager;

    @Test
    void aForgottenPasswordIsResetThroughTheOutboxPage() throws Exception {
        String name = "fp-" + UUID.randomUUID().toString().substring(0, 8);
        String email = name + "@example.org";
        Long org = repository.findOrganization("АО «Волга Моторс»").orElseThrow().id();
        new TransactionTemplate(txManager).executeWithoutResult(s -> {
            long id = accounts.createUserWithPassword(name, "Forgetful", Role.MANUFACTURER, org, "the-forgotten-password");
            jdbc.sql("UPDATE app_user SET email = :e WHERE id = :id").param("e", email).param("id", id).update();
        });

        browser.get(url("/login?lang=en"));
        browser.findElement(By.id("forgot-link")).click();
        browser.findElement(By.id("account")).sendKeys(email);
        browser.findElement(By.id("forgot-submit")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("reset-sent")));
        screenshot("password-forgot-sent");

        signIn("admin");
        browser.findElement(By.id("nav-outbox")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("outbox-no-smtp")));
        WebElement message = browser.findElements(By.cssSelector(".outbox-message")).stream()
                .filter(m -> m.findElement(By.cssSelector(".recipient")).getText().equals(email)).findFirst().orElseThrow();
        assertThat(message.findElement(By.cssSelector(".status")).getAttribute("data-status")).isEqualTo("PENDING");
        assertThat(message.findElement(By.cssSelector(".status")).getText()).isEqualTo("Waiting to be sent");
        assertThat(message.findElement(By.cssSelector(".subject")).getText()).isEqualTo("Set a new Localis password");
        String body = message.findElement(By.cssSelector("pre.body")).getText();
        screenshot("outbox");
        int at = body.indexOf("/password/reset/rst_");
        assertThat(at).isPositive();
        String path = body.substring(at).split("\\s")[0];
        signOut();

        browser.get(url(path));
        browser.findElement(By.id("new-password")).sendKeys("a-remembered-password");
        browser.findElement(By.id("reset-submit")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("login-reset")));

        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys("a-remembered-password");
        browser.findElement(By.id("login-submit")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("nav-logout")));
        signOut();

        browser.get(url(path));
        assertThat(browser.getPageSource()).as("the link works once").doesNotContain("reset-submit");
    }
}
