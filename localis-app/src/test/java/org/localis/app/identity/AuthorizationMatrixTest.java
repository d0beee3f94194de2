package org.localis.app.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route the running application maps, for every kind of caller, against a declared table. A new
 * endpoint without a line here fails the build; a rule that lets the wrong role in fails it too.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuthorizationMatrixTest {

    enum Who { ANONYMOUS, MANUFACTURER, ASSESSOR, DRIVE_ORGANIZER, FLEET_OPERATOR, ADMIN }

    static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));
    static final Set<Who> SCORERS = EnumSet.of(Who.MANUFACTURER, Who.ASSESSOR);
    static final Set<Who> ADMINS = EnumSet.of(Who.ADMIN);
    static final Set<Who> ORGANIZERS = EnumSet.of(Who.DRIVE_ORGANIZER);
    static final Set<Who> FLEETS = EnumSet.of(Who.FLEET_OPERATOR);

    /** Route ("METHOD pattern") -> who may call it. */
    static final Map<String, Set<Who>> ALLOWED = new TreeMap<>(Map.ofEntries(
            Map.entry("GET /", EVERYONE),
            Map.entry("GET /schemes", EVERYONE),
            Map.entry("GET /schemes/{id}", EVERYONE),
            Map.entry("GET /api/schemes", EVERYONE),
            Map.entry("GET /api/schemes/{id}", EVERYONE),
            Map.entry("GET /login", EVERYONE),
            Map.entry("GET /setup", EVERYONE),
            Map.entry("POST /setup", EVERYONE),
            Map.entry("GET /invite/{token}", EVERYONE),
            Map.entry("POST /invite/{token}", EVERYONE),
            Map.entry("GET /password/forgot", EVERYONE),
            Map.entry("POST /password/forgot", EVERYONE),
            Map.entry("GET /password/reset/{token}", EVERYONE),
            Map.entry("POST /password/reset/{token}", EVERYONE),
            Map.entry("GET /mail/unsubscribe/{token}", EVERYONE),
            Map.entry("POST /mail/unsubscribe/{token}", EVERYONE),
            Map.entry("GET /admin/outbox", ADMINS),
            Map.entry("GET /admin/registry-import", ADMINS),
            Map.entry("POST /fleet/model-records", FLEETS),
            Map.entry("POST /admin/registry-import", ADMINS),
            Map.entry("GET /company", EnumSet.of(Who.MANUFACTURER, Who.ADMIN)),
            Map.entry("POST /company", EnumSet.of(Who.MANUFACTURER, Who.ADMIN)),
            Map.entry("GET /company/{id}", ADMINS),
            Map.entry("POST /company/{id}", ADMINS),
            Map.entry("POST /products/{id}/codes", EnumSet.of(Who.MANUFACTURER)),
            Map.entry("GET /registry/export.csv", EVERYONE),
            Map.entry("GET /registry/export.xlsx", EVERYONE),
            Map.entry("GET /registry/export.json", EVERYONE),
            Map.entry("GET /api/registry/records", EVERYONE),
            Map.entry("GET /api/assessments/submissions/{id}/sensitivity", SCORERS),
            Map.entry("GET /api/assessments/submissions/{id}/checklist", SCORERS),
            Map.entry("GET /admin/outbox/{id}/image.png", ADMINS),
            Map.entry("ANY /error", EVERYONE),
            Map.entry("GET /v3/api-docs", EVERYONE),
            Map.entry("GET /v3/api-docs.yaml", EVERYONE),
            Map.entry("GET /v3/api-docs/swagger-config", EVERYONE),
            Map.entry("GET /swagger-ui.html", EVERYONE),
            Map.entry("GET /score", SCORERS),
            Map.entry("POST /score", SCORERS),
            Map.entry("GET /assessments", SCORERS),
            Map.entry("GET /api/assessments", SCORERS),
            Map.entry("GET /api/assessments/{id}", SCORERS),
            Map.entry("POST /api/assessments/score", SCORERS),
            Map.entry("GET /account", SIGNED_IN),
            Map.entry("POST /account/tokens", SIGNED_IN),
            Map.entry("POST /account/sign-out-everywhere", SIGNED_IN),
            Map.entry("POST /account/tokens/{id}/revoke", SIGNED_IN),
            Map.entry("GET /audit", EnumSet.of(Who.ADMIN, Who.ASSESSOR)),
            Map.entry("GET /dashboard", EnumSet.of(Who.ADMIN, Who.ASSESSOR)),
            Map.entry("GET /support", EnumSet.of(Who.ASSESSOR)),
            Map.entry("POST /support", EnumSet.of(Who.ASSESSOR)),
            Map.entry("GET /support/{id}", EnumSet.of(Who.ASSESSOR)),
            Map.entry("GET /support/{id}/allocation.csv", EnumSet.of(Who.ASSESSOR)),
            Map.entry("GET /support/{id}/allocation.xlsx", EnumSet.of(Who.ASSESSOR)),
            Map.entry("GET /registry", EVERYONE),
            Map.entry("GET /registry/{number}", EVERYONE),
            Map.entry("GET /registry/{number}/certificate.pdf", EVERYONE),
            Map.entry("GET /registry/{number}/qr.png", EVERYONE),
            Map.entry("GET /file-templates/{name}", EVERYONE),
            Map.entry("GET /api/registry", EVERYONE),
            Map.entry("GET /api/registry/{number}", EVERYONE),
            Map.entry("GET /products", SCORERS),
            Map.entry("POST /products", EnumSet.of(Who.MANUFACTURER)),
            Map.entry("GET /products/{id}", SCORERS),
            Map.entry("POST /products/{id}/versions", EnumSet.of(Who.MANUFACTURER)),
            Map.entry("POST /versions/{id}/evidence", EnumSet.of(Who.MANUFACTURER)),
            Map.entry("POST /versions/{id}/submissions", EnumSet.of(Who.MANUFACTURER)),
            Map.entry("GET /versions/{id}/what-if", SCORERS),
            Map.entry("GET /versions/{id}/roadmap", SCORERS),
            Map.entry("POST /versions/{id}/roadmap", SCORERS),
            Map.entry("GET /evidence/{id}", SCORERS),
            Map.entry("GET /submissions/{id}", SCORERS),
            Map.entry("GET /review", EnumSet.of(Who.ASSESSOR)),
            Map.entry("POST /submissions/{id}/decision", EnumSet.of(Who.ASSESSOR)),
            Map.entry("POST /certificates/{number}/revoke", EnumSet.of(Who.ASSESSOR)),
            Map.entry("GET /admin/users", ADMINS),
            Map.entry("POST /admin/users", ADMINS),
            Map.entry("POST /admin/organizations", ADMINS),
            Map.entry("POST /admin/users/{id}/enable", ADMINS),
            Map.entry("POST /admin/users/{id}/disable", ADMINS),
            Map.entry("POST /admin/users/{id}/unlock", ADMINS),
            Map.entry("GET /drives", EVERYONE),
            Map.entry("GET /drives/{slug}", EVERYONE),
            Map.entry("GET /drives/{slug}/progress", EVERYONE),
            Map.entry("POST /drives/{slug}/pledges", EVERYONE),
            Map.entry("GET /pledges/{reference}", EVERYONE),
            Map.entry("GET /pledges/{reference}/qr.png", EVERYONE),
            Map.entry("GET /pledges/{reference}/qr.svg", EVERYONE),
            Map.entry("GET /api/drives/{slug}", EVERYONE),
            Map.entry("POST /api/drives/{slug}/pledges", EVERYONE),
            Map.entry("GET /api/pledges/{reference}", EVERYONE),
            Map.entry("POST /api/drives/{slug}/statements", ORGANIZERS),
            Map.entry("GET /manage/drives", ORGANIZERS),
            Map.entry("POST /manage/drives", ORGANIZERS),
            Map.entry("GET /manage/drives/{id}", ORGANIZERS),
            Map.entry("POST /manage/drives/{id}/status", ORGANIZERS),
            Map.entry("POST /manage/drives/{id}/bank", ORGANIZERS),
            Map.entry("POST /manage/drives/{id}/updates", ORGANIZERS),
            Map.entry("POST /manage/drives/{id}/texts", ORGANIZERS),
            Map.entry("POST /manage/drives/{id}/updates/{update}/text", ORGANIZERS),
            Map.entry("POST /manage/drives/{id}/targets", ORGANIZERS),
            Map.entry("POST /manage/drives/{id}/targets/from-need", ORGANIZERS),
            Map.entry("POST /manage/drives/{id}/statements", ORGANIZERS),
            Map.entry("GET /manage/drives/{id}/ledger", ORGANIZERS),
            Map.entry("GET /manage/drives/{id}/review/suggested", ORGANIZERS),
            Map.entry("POST /manage/drives/{id}/plan", ORGANIZERS),
            Map.entry("POST /manage/drives/{id}/offers/import", ORGANIZERS),
            Map.entry("POST /manage/drives/{id}/orders/bulk", ORGANIZERS),
            Map.entry("POST /manage/drives/{id}/review/suggested", ORGANIZERS),
            Map.entry("GET /manage/imports/{id}", ORGANIZERS),
            Map.entry("GET /manage/imports/{id}/status", ORGANIZERS),
            Map.entry("GET /manage/entries/{id}", ORGANIZERS),
            Map.entry("POST /manage/entries/{id}/assign", ORGANIZERS),
            Map.entry("POST /manage/entries/{id}/general", ORGANIZERS),
            Map.entry("POST /manage/entries/{id}/classify", ORGANIZERS),
            Map.entry("POST /manage/entries/{id}/reopen", ORGANIZERS),
            Map.entry("GET /fleet", FLEETS),
            Map.entry("POST /fleet/import", FLEETS),
            Map.entry("POST /fleet/shipments/{id}/confirm", FLEETS),
            Map.entry("GET /drives/{slug}/report", EVERYONE),
            Map.entry("GET /drives/{slug}/report.csv", EVERYONE),
            Map.entry("GET /drives/{slug}/report.pdf", EVERYONE),
            Map.entry("GET /manage/drives/{id}/procurement", ORGANIZERS),
            Map.entry("POST /manage/drives/{id}/offers", ORGANIZERS),
            Map.entry("POST /manage/drives/{id}/orders", ORGANIZERS),
            Map.entry("POST /manage/drives/{id}/orders/{order}/invoice", ORGANIZERS),
            Map.entry("POST /manage/drives/{id}/orders/{order}/delivery", ORGANIZERS),
            Map.entry("POST /manage/drives/{id}/deliveries", ORGANIZERS),
            Map.entry("POST /manage/drives/{id}/discrepancies/{discrepancy}", ORGANIZERS),
            Map.entry("POST /manage/drives/{id}/allocate", ORGANIZERS),
            Map.entry("POST /manage/drives/{id}/ship", ORGANIZERS)));


    /** Demo users standing for each role. */
    static final Map<Who, String> DEMO_USER = Map.of(Who.MANUFACTURER, "volga", Who.ASSESSOR, "assessor",
            Who.DRIVE_ORGANIZER, "organizer", Who.FLEET_OPERATOR, "fleet", Who.ADMIN, "admin");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    LocalisUserDetailsService users;

    static Set<String> routes(RequestMappingHandlerMapping mapping) {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    routes.add("ANY " + pattern);
                }
                for (RequestMethod m : methods) {
                    routes.add(m.name() + " " + pattern);
                }
            }
        }
        return routes;
    }

    @Test
    void everyMappedRouteHasARule() {
        Set<String> unlisted = new TreeSet<>(routes(mapping));
        unlisted.removeAll(ALLOWED.keySet());
        assertThat(unlisted).as("routes without a line in AuthorizationMatrixTest.ALLOWED").isEmpty();
        Set<String> stale = new TreeSet<>(ALLOWED.keySet());
        stale.removeAll(routes(mapping));
        assertThat(stale).as("lines in ALLOWED for routes that no longer exist").isEmpty();
    }

    @Test
    void everyRouteLetsInExactlyTheDeclaredCallers() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String route : routes(mapping)) {
            Set<Who> allowed = ALLOWED.getOrDefault(route, Set.of());
            for (Who who : Who.values()) {
                MockHttpServletResponse r = call(route, who);
                boolean let = !denied(r);
                if (let != allowed.contains(who)) {
                    wrong.add(route + " as " + who + ": " + r.getStatus() + (r.getRedirectedUrl() == null ? "" : " -> " + r.getRedirectedUrl())
                            + (let ? " (let in, should be denied)" : " (denied, should be let in)"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void actuatorHealthIsPublicAndTheRestIsForAdministrators() throws Exception {
        assertThat(denied(call("GET /actuator/health", Who.ANONYMOUS))).isFalse();
        assertThat(denied(call("GET /actuator/info", Who.ANONYMOUS))).isTrue();
        assertThat(denied(call("GET /actuator/info", Who.MANUFACTURER))).isTrue();
        assertThat(denied(call("GET /actuator/info", Who.ADMIN))).isFalse();
    }

    private MockHttpServletResponse call(String route, Who who) throws Exception {
        String[] parts = route.split(" ", 2);
        HttpMethod method = parts[0].equals("ANY") ? HttpMethod.GET : HttpMethod.valueOf(parts[0]);
        String path = parts[1].replace("{id}", "999999").replace("{token}", "no-such-invitation")
                .replace("{number}", "LCL-0000-000000").replace("{slug}", "no-such-drive")
                .replace("{reference}", "RF00000000000000")
                .replace("{order}", "999999").replace("{update}", "999999").replace("{discrepancy}", "999999").replace("{name}", "no-such-template.csv");
        MockHttpServletRequestBuilder req = request(method, path);
        if (method != HttpMethod.GET) {
            req = req.with(csrf());
        }
        if (who != Who.ANONYMOUS) {
            req = req.with(user(users.loadUserByUsername(DEMO_USER.get(who))));
        }
        return mvc.perform(req).andReturn().getResponse();
    }

    /** Denied: 401, 403, or a redirect to the sign-in page. */
    static boolean denied(MockHttpServletResponse r) {
        if (r.getStatus() == 401 || r.getStatus() == 403) {
            return true;
        }
        String to = r.getRedirectedUrl();
        return r.getStatus() / 100 == 3 && to != null && to.contains("/login");
    }
}
