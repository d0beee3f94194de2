package org.localis.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.localis.app.drive.Drive;
import org.localis.app.drive.DriveRepository;
import org.localis.app.drive.DriveService;
import org.localis.app.drive.DriveTestSupport;
import org.localis.app.drive.Pledge;
import org.localis.app.drive.PledgeService;
import org.localis.app.identity.LocalisUserDetailsService;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Phone-first and accessibility checks in a real browser: on a phone (390×844, and 360 wide) and a desktop
 * (1280×800), in Russian and English, the public pages and each role's main pages have no horizontal scrolling and
 * no serious or critical axe-core violation; on the phone the Donate button is in the first screen; on the desktop
 * the navigation is one row for every role. Screenshots of every page at both sizes go to target/screenshots.
 */
class LayoutBrowserIT extends BrowserTest {

    record Size(String name, int width, int height) {
    }

    static final Size PHONE = new Size("phone", 390, 844);
    static final Size NARROW = new Size("narrow", 360, 740);
    static final Size DESKTOP = new Size("desktop", 1280, 800);

    @Autowired DriveService driveService;
    @Autowired DriveRepository drives;
    @Autowired PledgeService pledges;
    @Autowired LocalisUserDetailsService users;

    final List<String> problems = new ArrayList<>();

    @Test
    void publicPagesFitAPhoneAndPassAxe() throws Exception {
        Drive d = DriveTestSupport.openDrive(driveService, DriveTestSupport.organizer(users), drives);
        Pledge p = pledges.pledge(d, new PledgeService.PledgeForm("2500", null, null, null, null, false)).pledge();
        List<String> pages = List.of("/", "/drives", "/drives/" + d.slug(), "/pledges/" + p.reference(),
                "/drives/" + d.slug() + "/report", "/registry", "/login", "/drives/wheels-for-ambulances");
        for (String lang : List.of("ru", "en")) {
            for (Size size : List.of(PHONE, NARROW, DESKTOP)) {
                resize(size);
                for (String page : pages) {
                    check(page, lang, size, "public");
                }
                browser.get(url("/drives/" + d.slug() + "?lang=" + lang));
                WebElement donate = browser.findElement(By.id("donate-button"));
                double bottom = ((Number) browser.executeScript("return arguments[0].getBoundingClientRect().bottom", donate)).doubleValue();
                if (bottom > size.height()) {
                    problems.add(size.name() + " " + lang + ": the Donate button ends at " + bottom + " px, below the first screen");
                }
                if (size != DESKTOP) {
                    // the menu collapses behind its button and opens on a tap
                    WebElement toggle = browser.findElement(By.id("menu-toggle"));
                    assertThat(toggle.isDisplayed()).isTrue();
                    assertThat(browser.findElement(By.id("nav-drives")).isDisplayed()).isFalse();
                    toggle.click();
                    assertThat(browser.findElement(By.id("nav-drives")).isDisplayed()).isTrue();
                    screenshot("public-drive-menu-" + size.name() + "-" + lang + ".png");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void thePledgeFormShowsTheTotalAndBringsAnErrorIntoView() throws Exception {
        Drive d = DriveTestSupport.openDrive(driveService, DriveTestSupport.organizer(users), drives);
        resize(PHONE);
        browser.get(url("/drives/" + d.slug() + "?lang=en"));
        browser.findElement(By.id("donate-button")).click();
        browser.findElement(By.id("pledge-amount")).sendKeys("1500,5");
        assertThat(browser.findElement(By.id("pledge-total")).getText()).contains("1,500.50");
        browser.findElement(By.id("mode-tires")).click();
        browser.findElement(By.id("pledge-tires")).sendKeys("3");
        assertThat(browser.findElement(By.id("pledge-total")).getText()).contains("3 × 8,000.00").contains("24,000.00");
        browser.findElement(By.id("pledge-tires")).clear();
        browser.findElement(By.id("pledge-tires")).sendKeys("0");
        browser.findElement(By.id("pledge-email")).sendKeys("not an address");
        browser.findElement(By.id("pledge-submit")).click();
        waiting().until(b -> !b.findElements(By.id("pledge-tires-error")).isEmpty());
        WebElement tires = browser.findElement(By.id("pledge-tires"));
        assertThat(tires.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(tires.getAttribute("value")).isEqualTo("0");
        assertThat(browser.findElement(By.id("pledge-email")).getAttribute("value")).isEqualTo("not an address");
        assertThat(browser.findElement(By.id("pledge-email-error")).getText()).contains("email");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("pledge-tires");
        Map<?, ?> box = (Map<?, ?>) browser.executeScript(
                "var r = arguments[0].getBoundingClientRect(); return {top: r.top, bottom: r.bottom};", tires);
        assertThat(((Number) box.get("top")).doubleValue()).isGreaterThanOrEqualTo(0);
        assertThat(((Number) box.get("bottom")).doubleValue()).isLessThanOrEqualTo(PHONE.height());
        screenshot("pledge-error-phone.png");
    }

    @Test
    void eachRolesPagesFitAndTheNavigationIsOneRowOnADesktop() throws Exception {
        Drive d = DriveTestSupport.openDrive(driveService, DriveTestSupport.organizer(users), drives);
        Map<String, List<String>> pagesByUser = Map.of(
                "volga", List.of("/products", "/score", "/assessments", "/account"),
                "assessor", List.of("/review", "/products", "/dashboard", "/support", "/audit"),
                "organizer", List.of("/manage/drives", "/manage/drives/" + d.id(), "/manage/drives/" + d.id() + "/procurement",
                        "/manage/drives/" + d.id() + "/ledger"),
                "fleet", List.of("/fleet"),
                "admin", List.of("/admin/users", "/admin/outbox", "/audit", "/dashboard"));
        for (var e : pagesByUser.entrySet()) {
            resize(DESKTOP);
            signIn(e.getKey());
            for (String lang : List.of("ru", "en")) {
                for (Size size : List.of(DESKTOP, PHONE)) {
                    resize(size);
                    for (String page : e.getValue()) {
                        check(page, lang, size, e.getKey());
                        if (size == DESKTOP) {
                            navigationIsOneRow(e.getKey() + " " + lang + " " + page);
                        }
                    }
                }
            }
            resize(DESKTOP);
            signOut();
        }
        assertThat(problems).isEmpty();
    }

    /** Every top-level navigation item (links, the "More" menu, language, account, sign-out) on one row. */
    private void navigationIsOneRow(String where) {
        @SuppressWarnings("unchecked")
        List<Number> tops = (List<Number>) browser.executeScript(
                "return Array.from(document.querySelectorAll('#mainnav > a, #mainnav > details > summary, .navside a, .navside button, .brand'))"
                        + ".filter(function (e) { return e.offsetParent !== null; })"
                        + ".map(function (e) { var r = e.getBoundingClientRect(); return r.top + r.height / 2; });");
        double min = tops.stream().mapToDouble(Number::doubleValue).min().orElse(0);
        double max = tops.stream().mapToDouble(Number::doubleValue).max().orElse(0);
        if (tops.size() < 5 || max - min > 4) {
            problems.add(where + ": navigation on more than one row (" + tops + ")");
        }
    }

    private void check(String page, String lang, Size size, String who) throws Exception {
        browser.get(url(page + (page.contains("?") ? "&" : "?") + "lang=" + lang));
        String where = who + " " + size.name() + " " + lang + " " + page;
        assertThat(browser.findElements(By.cssSelector("html[lang='" + lang + "']"))).as(where + " lang").isNotEmpty();
        long scrollWidth = ((Number) browser.executeScript("return document.documentElement.scrollWidth")).longValue();
        long inner = ((Number) browser.executeScript("return window.innerWidth")).longValue();
        if (scrollWidth > inner) {
            @SuppressWarnings("unchecked")
            List<String> wide = (List<String>) browser.executeScript(
                    "var w = window.innerWidth; return Array.from(document.querySelectorAll('body *')).filter(function (e) {"
                            + " var r = e.getBoundingClientRect(); return r.right > w + 1 && r.width > 0; }).slice(0, 6)"
                            + ".map(function (e) { return e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right); });");
            problems.add(where + ": horizontal scrolling, " + scrollWidth + " > " + inner + " " + wide);
        }
        if ("ru".equals(lang) && size == DESKTOP) {
            plainRussian(where);
        }
        if (size != NARROW) {
            Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
            for (Rule r : results.getViolations()) {
                if ("serious".equals(r.getImpact()) || "critical".equals(r.getImpact())) {
                    problems.add(where + ": axe " + r.getImpact() + " " + r.getId() + " (" + r.getHelp() + ") at "
                            + r.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList());
                }
            }
            String name = (who + "-" + page.replaceAll("[^A-Za-z0-9]+", "-") + "-" + lang + "-" + size.name())
                    .replaceAll("-+", "-") + ".png";
            screenshot(name);
        }
    }

    /** Codes a person should never read on a Russian page: enum names and a few English words of the interface. */
    static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile(
            "\\b[A-Z]{2,}(?:_[A-Z0-9]+)+\\b|\\b(?:percent|points|Submitted|Approved|Rejected|Sign out|Donate|Received)\\b");

    /**
     * The visible text of the page, without what people typed or uploaded (code samples, tire designations, free
     * text such as memos and notes, form values), must not contain {@link #CODE}.
     */
    private void plainRussian(String where) {
        String text = (String) browser.executeScript(
                "var skip = 'code, pre, textarea, select, input, .notes, .payload, .memo, [data-free-text], .swagger-ui';"
                        + "var out = []; var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
                        + "while (walker.nextNode()) { var n = walker.currentNode; var e = n.parentElement;"
                        + " if (!e || e.closest(skip) || e.closest('[hidden]') || !e.getClientRects().length) continue;"
                        + " out.push(n.textContent); } return out.join(' ');");
        java.util.regex.Matcher m = CODE.matcher(text);
        java.util.Set<String> found = new java.util.TreeSet<>();
        while (m.find()) {
            found.add(m.group());
        }
        if (!found.isEmpty()) {
            problems.add(where + ": English or internal codes on a Russian page " + found);
        }
    }

    private void resize(Size size) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size.width(), "height", size.height(),
                "deviceScaleFactor", 1, "mobile", false));
    }
}
