package org.localis.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
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
    @Autowired JdbcClient jdbc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping;

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

    /**
     * Routes answered with a page that are not a person's page: files and images (their text is tested where they
     * are made), the JSON API and its documentation, polling endpoints read by scripts, the first-run setup (it
     * redirects once any user exists), and the error page (reached only through an error).
     */
    static final java.util.regex.Pattern NOT_A_PAGE = java.util.regex.Pattern.compile(
            "/api/.*|/v3/.*|/swagger-ui\\.html|/error|.*\\.(csv|xlsx|json|pdf|png|svg|yaml)|/file-templates/.*|/evidence/\\{id}"
                    + "|/drives/\\{slug}/progress|/manage/imports/\\{id}/status|/setup");

    /** Signed-in users standing for each journey, and where each starts; links found on the way are followed. */
    static final Map<String, List<String>> JOURNEYS = new java.util.LinkedHashMap<>();

    static {
        JOURNEYS.put("donor", List.of("/", "/drives", "/registry", "/schemes", "/login", "/password/forgot",
                "/invite/no-such-invitation", "/password/reset/no-such-token", "/mail/unsubscribe/no-such-token"));
        JOURNEYS.put("volga", List.of("/products", "/score", "/assessments", "/company", "/account"));
        JOURNEYS.put("baltic", List.of("/products"));
        JOURNEYS.put("assessor", List.of("/review", "/products", "/dashboard", "/support", "/audit", "/assessments"));
        // the demo drive first: its page lists the demo's statement imports and bank entries, which other tests' drives
        // (PostgreSQL in CI shares one database) do not have
        JOURNEYS.put("organizer", List.of("/manage/drives/{demoDrive}", "/manage/drives"));
        JOURNEYS.put("fleet", List.of("/fleet"));
        JOURNEYS.put("admin", List.of("/admin/users", "/admin/outbox", "/admin/registry-import", "/company", "/audit",
                "/dashboard", "/company/{organization}"));
    }

    /**
     * In Russian, every page of every journey (the donor's, the manufacturer's, the assessor's, the organizer's,
     * the fleet's and the administrator's) with the demo data: starting from each role's pages, every link to a page
     * of this application is followed (a few instances of each route), and each page must answer without a server
     * error and show no enum code and no English text of the interface ({@link #plainRussian}). Afterwards every
     * route the controllers answer with a page (from the request mappings, less {@link #NOT_A_PAGE}) must have been
     * visited: a new page that no journey reaches fails here. Each page is saved as a screenshot at 1280×800 and
     * 390×844 (target/screenshots/ru-journey-*), to look at.
     */
    @Test
    void everyPageOfEveryJourneyIsInRussian() throws Exception {
        Drive d = DriveTestSupport.openDrive(driveService, DriveTestSupport.organizer(users), drives);
        pledges.pledge(d, new PledgeService.PledgeForm("2500", null, null, null, null, false));
        long orgId = jdbc.sql("SELECT MIN(id) FROM organization").query(Long.class).single();
        long demoDrive = jdbc.sql("SELECT id FROM drive WHERE slug = ?").param(org.localis.app.demo.DemoDriveData.SLUG).query(Long.class).single();
        List<PathPattern> routes = new ArrayList<>();
        PathPatternParser parser = new PathPatternParser();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            if (info.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
                for (String pattern : info.getPatternValues()) {
                    routes.add(parser.parse(pattern));
                }
            }
        }
        routes.sort(PathPattern.SPECIFICITY_COMPARATOR);
        java.util.Set<String> visitedRoutes = new java.util.TreeSet<>();
        resize(DESKTOP);
        for (var journey : JOURNEYS.entrySet()) {
            boolean signedIn = !"donor".equals(journey.getKey());
            if (signedIn) {
                signIn(journey.getKey());
            }
            Map<String, Integer> perRoute = new java.util.HashMap<>();
            java.util.LinkedHashSet<String> queue = new java.util.LinkedHashSet<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            journey.getValue().forEach(p -> queue.add(p.replace("{organization}", String.valueOf(orgId))
                    .replace("{demoDrive}", String.valueOf(demoDrive))));
            int pages = 0;
            Map<String, String> routeOf = new java.util.HashMap<>();
            java.util.function.Function<String, String> routeFor = p -> routeOf.computeIfAbsent(p, q -> routes.stream()
                    .filter(r -> r.matches(PathContainer.parsePath(q))).map(PathPattern::getPatternString).findFirst().orElse(""));
            while (!queue.isEmpty() && pages < 300) {
                // a page of a route not yet seen in this journey goes first: a database holding many drives and
                // imports (PostgreSQL in CI, shared by every test) must not use up the page budget before the
                // deeper pages (an entry, an import) are reached
                String path = queue.stream().filter(p -> !seen.contains(p) && !perRoute.containsKey(routeFor.apply(p)))
                        .findFirst().orElseGet(() -> queue.iterator().next());
                queue.remove(path);
                if (!seen.add(path)) {
                    continue;
                }
                String route = routeFor.apply(path).isEmpty() ? null : routeFor.apply(path);
                if (route == null || NOT_A_PAGE.matcher(route).matches() || perRoute.merge(route, 1, Integer::sum) > 3) {
                    continue;
                }
                pages++;
                browser.get(url(path + (path.contains("?") ? "&" : "?") + "lang=ru"));
                String where = journey.getKey() + " ru " + path;
                long status = ((Number) browser.executeScript(
                        "var n = performance.getEntriesByType('navigation')[0]; return n ? n.responseStatus : 0;")).longValue();
                boolean token = path.contains("no-such-");
                if (status == 403) {
                    continue; // a link to another role's page (the demo's outbox note, a record another role opens)
                }
                if (status >= 500 || (status >= 400 && !token)) {
                    problems.add(where + ": HTTP " + status);
                    continue;
                }
                visitedRoutes.add(route);
                if (browser.findElements(By.cssSelector("html[lang='ru']")).isEmpty()) {
                    problems.add(where + ": the page is not in Russian (html lang)");
                }
                plainRussian(where);
                String shot = ("ru-journey-" + journey.getKey() + "-" + path.replaceAll("[^A-Za-z0-9]+", "-")).replaceAll("-+", "-");
                screenshot(shot + "-desktop.png");
                noSidewaysScrolling(where + " desktop");
                resize(PHONE);
                screenshot(shot + "-phone.png");
                noSidewaysScrolling(where + " phone");
                resize(DESKTOP);
                @SuppressWarnings("unchecked")
                List<String> links = (List<String>) browser.executeScript(
                        "return Array.from(document.querySelectorAll('a[href]')).map(function (a) { return a.href; });");
                for (String link : links) {
                    String prefix = url("");
                    if (link.startsWith(prefix)) {
                        String p = link.substring(prefix.length()).replaceAll("#.*$", "").replaceAll("[?&]lang=[a-z]+", "");
                        if (!p.isEmpty() && !seen.contains(p)) {
                            queue.add(p);
                        }
                        // a drive's suggested assignments are linked only while credits wait for review, which other
                        // tests sharing the database (PostgreSQL in CI) may have emptied: visit the page anyway
                        String suggested = p + "/review/suggested";
                        if (p.matches("/manage/drives/\\d+") && !seen.contains(suggested)) {
                            queue.add(suggested);
                        }
                    }
                }
            }
            if (signedIn) {
                signOut();
            }
        }
        // the results of forms: a support program's allocation (the assessor creates one) and a roadmap, with a plan
        // and with blockers (the Ural crossover's manufacturer uploads candidate actions)
        submitted("assessor", "/support", "#support-form", java.util.Map.of("program-title", "Программа для проверки",
                "program-period", String.valueOf(java.time.LocalDate.now().getYear()), "program-budget", "100000000", "program-scheme", "ru-719-passenger-car"),
                "#create-program", "allocation", List.of("#allocation-notes", "#allocation td:last-child"));
        visitedRoutes.add("/support/{id}");
        long ural = jdbc.sql("SELECT v.id FROM product_version v JOIN product p ON p.id = v.product_id WHERE p.name LIKE 'Урал Кроссовер%'")
                .query(Long.class).single();
        int year = java.time.LocalDate.now().getYear();
        for (String budget : List.of("", "1000")) {
            submitted("ural", "/versions/" + ural + "/roadmap", "#roadmap-form", java.util.Map.of("roadmap-years",
                            year + "-" + (year + 1), "roadmap-budget", budget, "roadmap-scheme", "ru-719-passenger-car@2025.1"),
                    "#roadmap-solve", budget.isEmpty() ? "roadmap-reasons" : "roadmap-blockers", List.of("#roadmap-result"));
        }
        java.util.Set<String> unvisited = new java.util.TreeSet<>();
        for (PathPattern r : routes) {
            if (!NOT_A_PAGE.matcher(r.getPatternString()).matches() && !visitedRoutes.contains(r.getPatternString())) {
                unvisited.add(r.getPatternString());
            }
        }
        assertThat(problems).isEmpty();
        assertThat(unvisited).as("pages no journey reached").isEmpty();
    }

    /** Candidate actions for the Ural crossover's roadmap (as in RoadmapPageTest). */
    static final String ROADMAP_ACTIONS = """
            id,kind,target,extra_unit_cost,capital_cost,yearly_cost,new_origin,requires,excludes,earliest_year,note
            stamping,operation,body-stamping,,450000000,20000000,,,,,press line
            engine,operation,engine-production,,1500000000,60000000,,,,,engine plant
            gearbox,operation,gearbox-production,,1100000000,40000000,,,,,gearbox plant
            ecu,operation,electronics-production,,90000000,5000000,,engine,,,engine control units
            rnd,operation,rnd-expenditure,,,150000000,,,,,R&D centre
            """;

    /**
     * Signs in as {@code user}, fills a form of the page in Russian (inputs by id; a select gets the value even when
     * the list does not offer it; a file input gets {@link #ROADMAP_ACTIONS}), submits it and checks the result page
     * (waiting for the element {@code resultId}) as the crawl checks every page; in the {@code engineText} parts,
     * what the engine says must not hold three Latin words in a row (sentences the engine gives in English).
     */
    private void submitted(String user, String page, String form, Map<String, String> fields, String submit, String resultId,
                           List<String> engineText) throws Exception {
        signIn(user);
        browser.get(url(page + "?lang=ru"));
        String where = user + " ru " + page + " (submitted)";
        for (var f : fields.entrySet()) {
            WebElement e = browser.findElement(By.id(f.getKey()));
            if ("select".equals(e.getTagName())) {
                browser.executeScript("var s = arguments[0], v = arguments[1];"
                        + " if (!Array.from(s.options).some(function (o) { return o.value === v; })) { s.add(new Option(v, v)); }"
                        + " s.value = v;", e, f.getValue());
            } else {
                e.clear();
                e.sendKeys(f.getValue());
            }
        }
        for (WebElement file : browser.findElements(By.cssSelector(form + " input[type=file]"))) {
            java.nio.file.Path csv = java.nio.file.Files.createTempFile("actions", ".csv");
            java.nio.file.Files.writeString(csv, ROADMAP_ACTIONS);
            file.sendKeys(csv.toAbsolutePath().toString());
        }
        browser.findElement(By.cssSelector(submit)).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(60))
                .until(b -> !b.findElements(By.id(resultId)).isEmpty() || !b.findElements(By.id("errors")).isEmpty());
        if (!browser.findElements(By.id("errors")).isEmpty() || browser.findElements(By.cssSelector("html[lang='ru']")).isEmpty()) {
            problems.add(where + ": no Russian result (" + browser.findElement(By.tagName("main")).getText() + ")");
        } else {
            plainRussian(where);
            for (String part : engineText) {
                @SuppressWarnings("unchecked")
                List<String> texts = (List<String>) browser.executeScript(
                        "var skip = '.memo, [data-free-text], [data-format], code';"
                                + "return Array.from(document.querySelectorAll(arguments[0])).map(function (e) {"
                                + " var out = []; var w = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);"
                                + " while (w.nextNode()) { var p = w.currentNode.parentElement; if (p && !p.closest(skip)) out.push(w.currentNode.textContent); }"
                                + " return out.join(' '); });", part);
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("[A-Za-z]+(?:[\\s,;:()'-]+[A-Za-z]+){2,}")
                        .matcher(String.join(" | ", texts));
                while (m.find()) {
                    problems.add(where + ": English in " + part + ": " + m.group());
                }
            }
            String shot = ("ru-journey-" + user + "-" + page.replaceAll("[^A-Za-z0-9]+", "-") + "-" + resultId).replaceAll("-+", "-");
            screenshot(shot + "-desktop.png");
        }
        signOut();
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

    /** The page does not scroll sideways at the window's width; the elements that stick out are named. */
    private void noSidewaysScrolling(String where) {
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
    }

    private void check(String page, String lang, Size size, String who) throws Exception {
        browser.get(url(page + (page.contains("?") ? "&" : "?") + "lang=" + lang));
        String where = who + " " + size.name() + " " + lang + " " + page;
        assertThat(browser.findElements(By.cssSelector("html[lang='" + lang + "']"))).as(where + " lang").isNotEmpty();
        noSidewaysScrolling(where);
        if (size != DESKTOP) {
            wordsAreWhole(where);
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

    /**
     * A narrow table must not split a heading or a short word letter by letter ("П о с т а в щ и к"): every word of
     * a table's headings, and every word of up to 14 letters in its cells, fits the width of its cell.
     */
    private void wordsAreWhole(String where) {
        @SuppressWarnings("unchecked")
        List<String> split = (List<String>) browser.executeScript("""
                var out = [], probe = document.createElement('span');
                probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap;left:0;top:0';
                document.body.appendChild(probe);
                document.querySelectorAll('table th, table td').forEach(function (cell) {
                  if (cell.getClientRects().length === 0) { return; }
                  var cs = getComputedStyle(cell);
                  var room = cell.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
                  var texts = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT), t;
                  while ((t = texts.nextNode())) {
                    var es = getComputedStyle(t.parentElement);
                    // text that cannot wrap cannot be split either (a wide one is the overflow check's business)
                    if (t.parentElement.getClientRects().length === 0 || es.whiteSpace === 'nowrap') { continue; }
                    probe.style.font = es.font; probe.style.letterSpacing = es.letterSpacing;
                    t.textContent.split(/\\s+/).forEach(function (w) {
                      if (!w || (cell.tagName === 'TD' && !/^[\\p{L}]{1,14}$/u.test(w))) { return; }
                      probe.textContent = w;
                      if (probe.getBoundingClientRect().width > room + 2) { out.push(w); }
                    });
                  }
                });
                probe.remove();
                return out.slice(0, 6);""");
        if (!split.isEmpty()) {
            problems.add(where + ": words split inside a table cell " + split);
        }
    }

    /** Codes a person should never read on a Russian page: enum names and a few English words of the interface. */
    static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile(
            "\\b[A-Z]{2,}(?:_[A-Z0-9]+)+\\b|\\b(?:percent|points|Submitted|Approved|Rejected|Sign out|Donate|Received|null|undefined|NaN)\\b");

    /**
     * Upper-case words that are enum constants and yet may be read on a Russian page because Russian text uses them
     * too: currencies (ISO 4217), file formats, the assembly modes of the decree (SKD, CKD, CBU, as written in Russian
     * industry), identifiers of Russian companies (INN, OGRN, KPP) and of classifiers (OKPD2, TN VED), and ST00012,
     * the format identifier GOST R 56042 prints on Russian payment QR codes.
     */
    static final java.util.Set<String> ENUM_WORDS_ALLOWED = java.util.Set.of("RUB", "EUR", "USD", "CNY", "CSV", "XLSX",
            "PDF", "JSON", "XML", "SKD", "CKD", "CBU", "INN", "OGRN", "KPP", "VED", "BOM", "SMTP", "API", "IBAN", "BIC", "QR", "ST00012");

    /** Every constant of every enum of the application and the engine (upper case, three letters or more). */
    static final java.util.regex.Pattern ENUM_WORD = enumWords();

    /** The English interface text (from messages.properties) that Russian pages must never show. */
    static final Map<String, List<List<String>>> ENGLISH_BY_FIRST_WORDS = new java.util.HashMap<>();
    static final Map<List<String>, String> ENGLISH_KEY = new java.util.HashMap<>();
    /** Short English interface texts (one or two words, such as a column heading) by text, with their keys. */
    static final Map<String, String> ENGLISH_SHORT = new java.util.HashMap<>();

    static {
        try {
            java.util.Properties en = bundle("messages.properties");
            java.util.Properties ru = bundle("messages_ru.properties");
            for (String key : en.stringPropertyNames()) {
                String e = en.getProperty(key).replace("''", "'");
                String r = ru.getProperty(key, "").replace("''", "'");
                if (e.equals(r)) {
                    continue; // the same in both languages (a name, a code)
                }
                String whole = e.strip();
                if (whole.matches("[A-Z][a-z]+(?: [a-z]+)?") && !r.contains(whole)) {
                    ENGLISH_SHORT.putIfAbsent(whole, key);
                }
                for (String fragment : e.split("\\{[^}]*}|<[^>]*>|[.;:!?()«»\"…—–/]")) {
                    List<String> words = java.util.Arrays.stream(fragment.strip().toLowerCase(java.util.Locale.ROOT).split("[\\s,]+"))
                            .filter(w -> !w.isEmpty()).toList();
                    boolean latin = !words.isEmpty() && words.stream().allMatch(w -> w.matches("[a-z][a-z'-]*"));
                    if (latin && words.size() >= 3 && !r.toLowerCase(java.util.Locale.ROOT).contains(String.join(" ", words))) {
                        ENGLISH_BY_FIRST_WORDS.computeIfAbsent(words.get(0) + " " + words.get(1), k -> new ArrayList<>()).add(words);
                        ENGLISH_KEY.putIfAbsent(words, key);
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static java.util.Properties bundle(String name) throws java.io.IOException {
        java.util.Properties p = new java.util.Properties();
        try (var in = LayoutBrowserIT.class.getClassLoader().getResourceAsStream(name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    private static java.util.regex.Pattern enumWords() {
        var scan = new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition d) {
                return true;
            }
        };
        scan.addIncludeFilter(new org.springframework.core.type.filter.AssignableTypeFilter(Enum.class));
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (var d : scan.findCandidateComponents("org.localis")) {
            try {
                Object[] constants = Class.forName(d.getBeanClassName()).getEnumConstants();
                for (Object c : constants == null ? new Object[0] : constants) {
                    String n = ((Enum<?>) c).name();
                    if (n.matches("[A-Z][A-Z0-9]{2,}") && !ENUM_WORDS_ALLOWED.contains(n)) {
                        names.add(n);
                    }
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        assertThat(names).as("enum constants found on the class path").contains("OPEN", "DRAFT");
        return java.util.regex.Pattern.compile("\\b(?:" + String.join("|", names) + ")\\b");
    }

    /**
     * The visible text of the page, without what people typed or uploaded (code samples, tire designations, free
     * text such as memos and notes, form values, and file formats' column names marked {@code data-format}), must
     * not be a short English interface text ({@link #ENGLISH_SHORT}), and must not contain {@link #CODE}, an enum constant's name
     * ({@link #ENUM_WORD}) or three or more words in a row of the English interface text ({@link #ENGLISH_KEY}).
     */
    /*
     * Known and not yet done: the engine's prose explanations other than the coefficients' (a criterion's
     * explanation, why a mandatory criterion failed, the classification's reason, the next tier's advice) are
     * English sentences (the support allocation's and the roadmap's reasons are worded from codes now); they are marked
     * data-engine-text in the templates and skipped here until the engine gives them as codes with figures, as it
     * does for coefficients (Assessment.CoefficientWhy).
     */
    private void plainRussian(String where) {
        @SuppressWarnings("unchecked")
        List<String> nodes = (List<String>) browser.executeScript(
                "var skip = 'code, pre, textarea, select, input, .notes, .payload, .memo, [data-free-text], [data-format], [data-engine-text], .swagger-ui';"
                        + "var out = []; var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
                        + "while (walker.nextNode()) { var n = walker.currentNode; var e = n.parentElement;"
                        + " if (!e || e.closest(skip) || e.closest('[hidden]') || !e.getClientRects().length) continue;"
                        + " out.push(n.textContent); } return out;");
        String text = String.join(" ", nodes);
        java.util.Set<String> found = new java.util.TreeSet<>();
        for (String node : nodes) {
            String key = ENGLISH_SHORT.get(node.strip());
            if (key != null) {
                found.add(node.strip() + " (" + key + ")");
            }
        }
        for (java.util.regex.Pattern p : List.of(CODE, ENUM_WORD)) {
            java.util.regex.Matcher m = p.matcher(text);
            while (m.find()) {
                found.add(m.group());
            }
        }
        List<String> words = java.util.Arrays.stream(text.toLowerCase(java.util.Locale.ROOT).split("[\\s,.;:!?()«»\"…—–/]+"))
                .filter(w -> !w.isEmpty()).toList();
        for (int i = 0; i + 1 < words.size(); i++) {
            for (List<String> english : ENGLISH_BY_FIRST_WORDS.getOrDefault(words.get(i) + " " + words.get(i + 1), List.of())) {
                if (i + english.size() <= words.size() && words.subList(i, i + english.size()).equals(english)) {
                    found.add(String.join(" ", english) + " (" + ENGLISH_KEY.get(english) + ")");
                }
            }
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
