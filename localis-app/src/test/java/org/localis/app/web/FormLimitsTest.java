package org.localis.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import org.junit.jupiter.api.Test;
import org.localis.app.bank.BankController;
import org.localis.app.demo.DemoDriveData;
import org.localis.app.drive.Drive;
import org.localis.app.drive.DriveRepository;
import org.localis.app.drive.DriveService;
import org.localis.app.drive.DriveTestSupport;
import org.localis.app.drive.ManageDriveController;
import org.localis.app.funding.DriveApiController;
import org.localis.app.funding.PublicDriveController;
import org.localis.app.identity.AccountPagesController;
import org.localis.app.identity.AccountRepository;
import org.localis.app.identity.AdminController;
import org.localis.app.identity.LocalisUserDetailsService;
import org.localis.app.identity.PasswordResetController;
import org.localis.app.procurement.ProcurementController;
import org.localis.app.procurement.ShipmentController;
import org.localis.app.registry.ProductPagesController;
import org.localis.app.registry.RegistryService;
import org.localis.app.roadmap.RoadmapPageController;
import org.localis.app.scoring.ScorePageController;
import org.localis.app.scoring.ScoringApiController;
import org.localis.app.support.SupportProgramService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Limits declared once: for every form and JSON request record the application validates ({@code @Valid}), this
 * test reads the declared limits from the Bean Validation metadata and posts, for each limited field, the value
 * at the limit (accepted: no 500 and no limit error) and one beyond (refused: 400 naming the field). It also
 * fails when a record has a text or number field without a limit, when a validated record has no endpoint in
 * the table below, or when a POST handler takes text or numbers as loose request parameters.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FormLimitsTest {

    @Autowired MockMvc mvc;
    @Autowired Validator validator;
    @Autowired LocalisUserDetailsService users;
    @Autowired AccountRepository accounts;
    @Autowired DriveService driveService;
    @Autowired DriveRepository drives;
    @Autowired ObjectMapper json;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlers;

    /** POST handlers that still take a few request parameters, each a choice among fixed codes or a list of the target table. */
    private static final Set<String> LOOSE_PARAMETERS_ALLOWED = Set.of(
            "ManageDriveController.status", "ManageDriveController.targets", "BankController.classify",
            "ProcurementController.allocate");

    /** How one endpoint is called: a request builder for the path, who calls it, and values that make the rest valid. */
    private record Endpoint(Function<FormLimitsTest, MockHttpServletRequestBuilder> request, String user,
                            Function<FormLimitsTest, Map<String, String>> base, boolean json) {
    }

    private Drive fresh;

    private Drive freshDrive() {
        if (fresh == null) {
            DriveTestSupport.signIn(DriveTestSupport.organizer(users));
            fresh = DriveTestSupport.openDrive(driveService, DriveTestSupport.organizer(users), drives);
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        return fresh;
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private Map<Class<?>, Endpoint> endpoints() {
        Map<Class<?>, Endpoint> m = new LinkedHashMap<>();
        m.put(AdminController.InviteForm.class, new Endpoint(t -> post("/admin/users"), "admin", t -> Map.of(
                "username", "u-" + unique(), "displayName", "Test", "email", "x@example.org", "role", "MANUFACTURER",
                "organizationId", String.valueOf(t.accounts.findOrganization("АО «Волга Моторс»").orElseThrow().id())), false));
        m.put(AdminController.OrganizationForm.class, new Endpoint(t -> post("/admin/organizations"), "admin",
                t -> Map.of("name", "Org " + unique(), "kind", "MANUFACTURER"), false));
        m.put(AccountPagesController.TokenForm.class, new Endpoint(t -> post("/account/tokens"), "admin",
                t -> Map.of("name", "t"), false));
        m.put(AccountPagesController.PasswordForm.class, new Endpoint(t -> post("/invite/no-such-invitation"), null,
                t -> Map.of(), false));
        m.put(AccountPagesController.SetupForm.class, new Endpoint(t -> post("/setup"), null,
                t -> Map.of("username", "x", "password", "a-long-enough-password"), false));
        m.put(PasswordResetController.ForgotForm.class, new Endpoint(t -> post("/password/forgot"), null,
                t -> Map.of("account", "nobody"), false));
        m.put(ManageDriveController.NewDriveForm.class, new Endpoint(t -> post("/manage/drives"), "organizer", t -> Map.ofEntries(
                Map.entry("slug", "limits-" + unique()), Map.entry("title", "Limits"), Map.entry("story", "Story"),
                Map.entry("currency", "RUB"), Map.entry("coveragePercent", "50"), Map.entry("categories", "ambulance"),
                Map.entry("payeeName", DriveTestSupport.BANK.payeeName()), Map.entry("account", DriveTestSupport.ACCOUNT),
                Map.entry("bankName", DriveTestSupport.BANK.bankName()), Map.entry("bic", DriveTestSupport.BANK.bic()),
                Map.entry("correspAccount", DriveTestSupport.BANK.correspAccount()), Map.entry("inn", DriveTestSupport.BANK.inn()),
                Map.entry("kpp", DriveTestSupport.BANK.kpp())), false));
        m.put(ManageDriveController.BankDetailsForm.class, new Endpoint(t -> post("/manage/drives/" + t.freshDrive().id() + "/bank"),
                "organizer", t -> Map.of("payeeName", DriveTestSupport.BANK.payeeName(), "account", DriveTestSupport.ACCOUNT,
                "bankName", DriveTestSupport.BANK.bankName(), "bic", DriveTestSupport.BANK.bic(),
                "correspAccount", DriveTestSupport.BANK.correspAccount(), "inn", DriveTestSupport.BANK.inn(),
                "kpp", DriveTestSupport.BANK.kpp()), false));
        m.put(ManageDriveController.UpdateForm.class, new Endpoint(t -> post("/manage/drives/" + t.freshDrive().id() + "/updates"),
                "organizer", t -> Map.of("body", "News"), false));
        m.put(PublicDriveController.PledgePageForm.class, new Endpoint(t -> post("/drives/" + t.freshDrive().slug() + "/pledges"),
                null, t -> Map.of("amount", "100", "name", "Donor", "email", "donor@example.org", "mode", "amount"), false));
        m.put(DriveApiController.PledgeRequest.class, new Endpoint(t -> post("/api/drives/" + t.freshDrive().slug() + "/pledges"),
                null, t -> Map.of("name", "Donor", "email", "donor@example.org"), true));
        m.put(ProcurementController.OfferForm.class, new Endpoint(t -> post("/manage/drives/" + t.freshDrive().id() + "/offers"),
                "organizer", t -> Map.of("supplier", "Supplier", "brandModel", "Model", "designation", "185/75 R16 C 104/102 Q",
                "season", "winter", "price", "5000", "available", "10", "leadTime", "5"), false));
        m.put(ProcurementController.InvoiceForm.class, new Endpoint(
                t -> post("/manage/drives/" + t.freshDrive().id() + "/orders/999999/invoice"), "organizer",
                t -> Map.of("invoiceNo", "1", "amount", "100", "date", "2026-01-01"), false));
        m.put(ProcurementController.ReceiptForm.class, new Endpoint(
                t -> post("/manage/drives/" + t.freshDrive().id() + "/orders/999999/delivery"), "organizer",
                t -> Map.of("quantity", "1"), false));
        m.put(ProcurementController.ResolutionForm.class, new Endpoint(
                t -> post("/manage/drives/" + t.freshDrive().id() + "/discrepancies/999999"), "organizer",
                t -> Map.of("action", "WRITE_OFF", "reason", "lost"), false));
        m.put(ShipmentController.ConfirmForm.class, new Endpoint(t -> post("/fleet/shipments/999999/confirm"), "fleet",
                t -> Map.of(), false));
        m.put(ProductPagesController.ProductForm.class, new Endpoint(t -> post("/products"), "kama",
                t -> Map.of("name", "Product " + unique(), "category", "component"), false));
        m.put(RegistryService.VersionForm.class, new Endpoint(t -> multipart("/products/999999/versions"), "kama",
                t -> Map.of("currency", "RUB", "price", "100"), false));
        m.put(ProductPagesController.EvidenceForm.class, new Endpoint(t -> multipart("/versions/999999/evidence"), "kama",
                t -> Map.of(), false));
        m.put(ProductPagesController.SubmissionForm.class, new Endpoint(t -> post("/versions/999999/submissions"), "kama",
                t -> Map.of(), false));
        m.put(ProductPagesController.DecisionForm.class, new Endpoint(t -> post("/submissions/999999/decision"), "assessor",
                t -> Map.of("decision", "APPROVED"), false));
        m.put(ProductPagesController.RevokeForm.class, new Endpoint(t -> post("/certificates/NO-SUCH/revoke"), "assessor",
                t -> Map.of(), false));
        m.put(SupportProgramService.ProgramForm.class, new Endpoint(t -> post("/support"), "assessor", t -> Map.of(
                "title", "Program " + unique(), "scheme", "ru-719-passenger-car@2025.1", "period", "2026", "budget", "1000000",
                "currency", "RUB", "minimumTier", "base", "formula", "score-above-threshold-x-volume", "perCompanyCap", "1000"), false));
        m.put(ScorePageController.ScoreForm.class, new Endpoint(t -> multipart("/score"), "kama", t -> Map.of(), false));
        m.put(ScoringApiController.ScoreRequest.class, new Endpoint(t -> multipart("/api/assessments/score"), "api:kama",
                t -> Map.of(), false));
        m.put(RoadmapPageController.RoadmapForm.class, new Endpoint(t -> multipart("/versions/999999/roadmap"), "kama",
                t -> Map.of(), false));
        m.put(org.localis.app.registry.RegistryRecords.DetailsForm.class, new Endpoint(t -> post("/company"), "ural",
                t -> Map.of("inn", "7707083893"), false));
        m.put(org.localis.app.registry.RegistryRecordsController.CodesForm.class, new Endpoint(
                t -> post("/products/999999/codes"), "ural", t -> Map.of(), false));
        m.put(org.localis.app.procurement.FleetModelRecordsController.CiteForm.class, new Endpoint(
                t -> post("/fleet/model-records"), "fleet", t -> Map.of(), false));
        m.put(org.localis.app.drive.DriveTextsController.TextsForm.class, new Endpoint(
                t -> post("/manage/drives/" + t.freshDrive().id() + "/texts"), "organizer", t -> Map.of(), false));
        m.put(org.localis.app.drive.DriveTextsController.UpdateTextForm.class, new Endpoint(
                t -> post("/manage/drives/" + t.freshDrive().id() + "/updates/999999/text"), "organizer",
                t -> Map.of("lang", "en"), false));
        m.put(ProcurementController.BulkForm.class, new Endpoint(
                t -> post("/manage/drives/" + t.freshDrive().id() + "/orders/bulk"), "organizer",
                t -> Map.of("action", "RECEIVE"), false));
        m.put(BankController.AssignForm.class, new Endpoint(t -> post("/manage/entries/999999/assign"), "organizer",
                t -> Map.of(), false));
        return m;
    }

    /** A limited field: its name, whether it is text (else a number), the value at the limit and one beyond. */
    private record Limit(String field, boolean list, String at, String beyond) {
    }

    @Test
    void everyValidatedRecordHasAnEndpointInTheTableAndNoPostHandlerTakesLooseTextOrNumbers() {
        Set<Class<?>> validated = new LinkedHashSet<>();
        List<String> loose = new ArrayList<>();
        for (var e : handlers.getHandlerMethods().entrySet()) {
            HandlerMethod h = e.getValue();
            if (!h.getBeanType().getPackageName().startsWith("org.localis.app")) {
                continue;
            }
            boolean post = e.getKey().getMethodsCondition().getMethods().stream().anyMatch(m -> m.name().equals("POST"));
            Method method = h.getMethod();
            for (Parameter p : method.getParameters()) {
                if (p.isAnnotationPresent(Valid.class) && p.getType().isRecord()) {
                    validated.add(p.getType());
                }
                if (post && p.isAnnotationPresent(RequestParam.class) && (p.getType() == String.class
                        || Number.class.isAssignableFrom(p.getType()) || p.getType() == int.class || p.getType() == long.class)
                        && !LOOSE_PARAMETERS_ALLOWED.contains(h.getBeanType().getSimpleName() + "." + method.getName())) {
                    loose.add(h.getBeanType().getSimpleName() + "." + method.getName() + "(" + p.getName() + ")");
                }
                if (post && p.isAnnotationPresent(RequestBody.class) && p.getType().isRecord()) {
                    assertThat(p.isAnnotationPresent(Valid.class)).as(method + ": a JSON body is validated").isTrue();
                }
            }
        }
        assertThat(loose).as("POST handlers taking text or numbers outside a validated record").isEmpty();
        assertThat(validated).as("validated records").hasSizeGreaterThan(20);
        assertThat(endpoints().keySet()).as("every validated record has an endpoint in the table").containsAll(validated);
        for (Class<?> form : validated) {
            limits(form); // fails on a text or number field without a limit
        }
    }

    @Test
    void atTheLimitAcceptedOneBeyondRefusedWithTheFieldNamed() throws Exception {
        int checked = 0;
        for (var e : endpoints().entrySet()) {
            for (Limit limit : limits(e.getKey())) {
                MockHttpServletResponse at = send(e.getValue(), limit, limit.at());
                assertThat(at.getStatus()).as(e.getKey().getSimpleName() + "." + limit.field() + " at its limit: no 500")
                        .isLessThan(500);
                assertThat(refusedFor(e.getValue(), at, limit.field()))
                        .as(e.getKey().getSimpleName() + "." + limit.field() + " at its limit is not refused for its length or size")
                        .isFalse();
                MockHttpServletResponse beyond = send(e.getValue(), limit, limit.beyond());
                assertThat(beyond.getStatus()).as(e.getKey().getSimpleName() + "." + limit.field() + " beyond its limit")
                        .isEqualTo(400);
                assertThat(refusedFor(e.getValue(), beyond, limit.field()))
                        .as(e.getKey().getSimpleName() + "." + limit.field() + " beyond its limit is refused naming the field: "
                                + beyond.getContentAsString(StandardCharsets.UTF_8)).isTrue();
                checked++;
            }
        }
        assertThat(checked).as("limited fields checked").isGreaterThan(80);
    }

    private boolean refusedFor(Endpoint endpoint, MockHttpServletResponse r, String field) throws Exception {
        String body = r.getContentAsString(StandardCharsets.UTF_8);
        if (r.getStatus() != 400) {
            return false;
        }
        if (body.contains("id=\"limit-errors\"")) {
            return body.contains("data-field=\"" + field + "\"") || body.contains("data-field=\"" + field + "[0]\"");
        }
        if (r.getContentType() != null && r.getContentType().contains("json")) {
            JsonNode errors = json.readTree(body).path("errors");
            for (JsonNode err : errors) {
                String f = err.path("field").asText();
                if ((f.equals(field) || f.equals(field + "[0]")) && err.path("message").asText().startsWith("at ")) {
                    return true;
                }
            }
        }
        return false;
    }

    private MockHttpServletResponse send(Endpoint endpoint, Limit limit, String value) throws Exception {
        MockHttpServletRequestBuilder req = endpoint.request().apply(this);
        Map<String, String> params = new LinkedHashMap<>(endpoint.base().apply(this));
        params.put(limit.field(), value);
        if (endpoint.json()) {
            Map<String, Object> body = new LinkedHashMap<>(params);
            if (!limit.list() && !(value.isEmpty()) && value.chars().allMatch(c -> c == '-' || c == '.' || Character.isDigit(c))
                    && !limit.field().equals("amount")) {
                body.put(limit.field(), new BigDecimal(value));
            }
            req.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        } else {
            params.forEach(req::param);
        }
        req.param("lang", "en");
        if (endpoint.user() != null && endpoint.user().startsWith("api:")) {
            String name = endpoint.user().substring(4);
            req.with(httpBasic(name, "demo-" + name + "-pass"));
        } else if (endpoint.user() != null) {
            RequestPostProcessor u = user(users.loadUserByUsername(endpoint.user()));
            req.with(u).with(csrf());
        } else {
            req.with(csrf());
        }
        return mvc.perform(req).andReturn().getResponse();
    }

    /** The limits declared on a record, read through the Bean Validation metadata; fails on a field without one. */
    private List<Limit> limits(Class<?> form) {
        List<Limit> out = new ArrayList<>();
        var bean = validator.getConstraintsForClass(form);
        for (RecordComponent c : form.getRecordComponents()) {
            Class<?> type = c.getType();
            String name = c.getName();
            PropertyDescriptor p = bean.getConstraintsForProperty(name);
            Set<ConstraintDescriptor<?>> constraints = p == null ? Set.of() : p.getConstraintDescriptors();
            if (type == String.class) {
                int max = constraints.stream().filter(d -> d.getAnnotation() instanceof Size).mapToInt(d -> ((Size) d.getAnnotation()).max())
                        .min().orElseThrow(() -> new AssertionError(form.getSimpleName() + "." + name + " has no @Size limit"));
                out.add(new Limit(name, false, text(max), text(max + 1)));
            } else if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
                if (name.endsWith("Id")) {
                    continue; // a reference to a row, chosen from a list and checked to exist by the service
                }
                BigDecimal max = constraints.stream().map(d -> d.getAttributes().get("value"))
                        .filter(v -> v != null && (d(v) != null)).map(FormLimitsTest::d).min(BigDecimal::compareTo)
                        .orElseThrow(() -> new AssertionError(form.getSimpleName() + "." + name + " has no @Max/@DecimalMax limit"));
                boolean whole = type != BigDecimal.class;
                out.add(new Limit(name, false, max.toPlainString(),
                        whole ? max.add(BigDecimal.ONE).toPlainString() : max.add(new BigDecimal("0.01")).toPlainString()));
            } else if (type == java.time.LocalDate.class) {
                org.localis.app.shared.YearRange years = c.getAnnotation(org.localis.app.shared.YearRange.class);
                assertThat(years).as(form.getSimpleName() + "." + name + " has a @YearRange limit").isNotNull();
                out.add(new Limit(name, false, years.max() + "-12-31", (years.max() + 1) + "-01-01"));
            } else if (List.class.isAssignableFrom(type)) {
                var annotated = (AnnotatedParameterizedType) c.getAnnotatedType();
                Size size = annotated.getAnnotatedActualTypeArguments()[0].getAnnotation(Size.class);
                assertThat(size).as(form.getSimpleName() + "." + name + ": every element of a list has a @Size limit").isNotNull();
                out.add(new Limit(name, true, text(size.max()), text(size.max() + 1)));
            }
        }
        return out;
    }

    private static BigDecimal d(Object v) {
        try {
            return new BigDecimal(String.valueOf(v));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Exactly n characters, Cyrillic (two bytes each in UTF-8), starting with something unique where it fits. */
    private static String text(int n) {
        String start = n >= 12 ? "x" + unique() + "-" : "";
        return start + "я".repeat(n - start.length());
    }
}
