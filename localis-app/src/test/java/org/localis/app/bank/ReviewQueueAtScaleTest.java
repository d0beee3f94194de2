package org.localis.app.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.localis.app.audit.AuditLog;
import org.localis.app.drive.Drive;
import org.localis.app.drive.DriveRepository;
import org.localis.app.drive.DriveService;
import org.localis.app.drive.DriveTestSupport;
import org.localis.app.drive.Pledge;
import org.localis.app.drive.PledgeService;
import org.localis.app.drive.PledgeService.PledgeForm;
import org.localis.app.identity.LocalisUserDetailsService;
import org.localis.app.shared.Actor;
import org.localis.testing.StatementSamples;
import org.localis.testing.StatementSamples.Movement;
import org.localis.testing.StatementSamples.Statement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Issue 23: the review queue counts every waiting entry, pages them, and suggests pledges for credits. */
@SpringBootTest
@org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc
class ReviewQueueAtScaleTest {

    @Autowired org.springframework.test.web.servlet.MockMvc mvc;

    @Autowired DriveService driveService;
    @Autowired DriveRepository drives;
    @Autowired PledgeService pledges;
    @Autowired StatementImportService imports;
    @Autowired BankEntryRepository entries;
    @Autowired ReviewService review;
    @Autowired BankDriveSection section;
    @Autowired LocalisUserDetailsService users;
    @Autowired JdbcClient jdbc;

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    private ExtendedModelMap page(Drive d, String reviewPage) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/manage/drives/" + d.id());
        if (reviewPage != null) {
            request.setParameter("reviewPage", reviewPage);
        }
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            ExtendedModelMap model = new ExtendedModelMap();
            section.addTo(d, model);
            return model;
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    @Test
    void sixHundredSixtyEightWaitingAreCountedAndPaged() {
        Actor organizer = DriveTestSupport.organizer(users);
        Drive d = DriveTestSupport.openDrive(driveService, organizer, drives);
        List<Movement> credits = new ArrayList<>();
        for (int i = 0; i < 668; i++) {
            credits.add(Movement.credit(DAY, 10_000 + i, "Q-" + i, "Donor " + i, "40817810000000000001", "на шины"));
        }
        Statement st = new Statement(d.bank().account(), "АНО Колёса", "RUB", "Q-" + d.id(), DAY, DAY, 0L, credits);
        assertThat(imports.importNow(d, "q.xml", StatementSamples.camt053Bytes(8, st), organizer.username(),
                organizer.organizationId()).status()).isEqualTo("DONE");

        ExtendedModelMap first = page(d, null);
        assertThat(first.get("reviewCount")).isEqualTo(668);
        assertThat((List<?>) first.get("review")).hasSize(BankDriveSection.PAGE);
        assertThat(first.get("reviewPages")).isEqualTo(7);
        ExtendedModelMap last = page(d, "7");
        assertThat((List<?>) last.get("review")).hasSize(68);
        assertThat(last.get("reviewPage")).isEqualTo(7);
        assertThat(page(d, "99").get("reviewPage")).as("a page past the end shows the last").isEqualTo(7);
        assertThat(page(d, "x").get("reviewPage")).isEqualTo(1);
        // every entry is on exactly one page
        Set<Long> seen = new java.util.HashSet<>();
        for (int p = 1; p <= 7; p++) {
            for (Object e : (List<?>) page(d, String.valueOf(p)).get("review")) {
                assertThat(seen.add(((BankEntry) e).id())).isTrue();
            }
        }
        assertThat(seen).hasSize(668);
    }

    @Test
    void creditsOneSlipAwayOrWithTheDonorsNameAndAmountAreSuggestedAndAcceptedAllAtOnce() throws Exception {
        Actor organizer = DriveTestSupport.organizer(users);
        Drive d = DriveTestSupport.openDrive(driveService, organizer, drives);
        Pledge swapped = pledge(d, "1500", "Anna Petrova");
        Pledge badCheck = pledge(d, "2500", "Boris Ivanov");
        Pledge byName = pledge(d, "3700", "Vera Smirnova");
        Pledge twin1 = pledge(d, "4000", "Oleg Orlov");
        String s = swapped.reference();
        int i = 4;
        while (s.charAt(i) == s.charAt(i + 1)) {
            i++;
        }
        String swappedRef = s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2);
        String b = badCheck.reference();
        String badCheckRef = "RF" + (b.charAt(2) == '9' ? '0' : (char) (b.charAt(2) + 1)) + b.substring(3);
        Statement st = new Statement(d.bank().account(), "АНО Колёса", "RUB", "S-" + d.id(), DAY, DAY, 0L, List.of(
                Movement.credit(DAY, 150_000, "S-1", "Петрова Анна", "40817810000000000001", "Пожертвование " + swappedRef),
                Movement.credit(DAY, 250_000, "S-2", "Иванов Борис", "40817810000000000002", "Оплата " + badCheckRef),
                Movement.credit(DAY, 370_000, "S-3", "SMIRNOVA VERA", "40817810000000000003", "на шины"),
                Movement.credit(DAY, 400_000, "S-4", "Someone Else", "40817810000000000004", "на шины"),
                Movement.credit(DAY, 999_900, "S-5", "Vera Smirnova", "40817810000000000005", "на шины")));
        assertThat(imports.importNow(d, "s.xml", StatementSamples.camt053Bytes(8, st), organizer.username(),
                organizer.organizationId()).status()).isEqualTo("DONE");

        // the preview page renders (it did not, for want of the right navigation fragment) and lists the suggestion
        String preview = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/manage/drives/" + d.id() + "/review/suggested")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user(users.loadUserByUsername(organizer.username()))))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(preview).contains(swapped.reference());

        Map<Long, ReviewSuggestions.Suggestion> sg = review.suggestions(d.id());
        Map<String, String> byPledge = new LinkedHashMap<>();
        sg.values().forEach(x -> byPledge.put(x.reference(), x.reason().name()));
        assertThat(byPledge).containsOnly(Map.entry(swapped.reference(), "NEAR_REFERENCE"),
                Map.entry(badCheck.reference(), "NEAR_REFERENCE"), Map.entry(byName.reference(), "AMOUNT_AND_PAYER"));
        assertThat(byPledge).doesNotContainKey(twin1.reference());

        Map<Long, String> accept = new LinkedHashMap<>();
        sg.forEach((entry, x) -> accept.put(entry, x.reference()));
        accept.put(-1L, "RF00000000000000"); // not in the preview: skipped
        int auditBefore = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'bank-entry.suggestion-accepted'")
                .query(Integer.class).single();
        ReviewService.BulkResult r = review.acceptSuggested(d.id(), accept, organizer.username());
        assertThat(r.accepted()).isEqualTo(3);
        assertThat(r.skipped()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'bank-entry.suggestion-accepted'")
                .query(Integer.class).single()).isEqualTo(auditBefore + 3);
        assertThat(entries.ofPledge(swapped.id())).hasSize(1);
        assertThat(entries.ofPledge(byName.id())).singleElement()
                .satisfies(e -> assertThat(e.amount().minor()).isEqualTo(370_000));
        assertThat(entries.countByStatuses(d.id(), Set.of(MatchStatus.REVIEW))).isEqualTo(2);
        // accepting the same preview again changes nothing
        assertThat(review.acceptSuggested(d.id(), accept, organizer.username()).accepted()).isZero();
    }

    private Pledge pledge(Drive d, String amount, String name) {
        PledgeService.Result r = pledges.pledge(d, new PledgeForm(amount, null, null, name, "donor@example.org", true));
        assertThat(r.problems()).isEmpty();
        return r.pledge();
    }
}
