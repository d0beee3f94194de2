package org.localis.app.identity;

import static org.springframework.security.config.Customizer.withDefaults;

import org.localis.app.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Who may call what. Three chains: anonymous pledges over REST (the hot public write, kept minimal), the REST API (stateless: HTTP Basic or a personal API token, no
 * cookies, so no CSRF) and the pages (form login, session cookie, CSRF on every form). Anything not
 * listed here is denied; AuthorizationMatrixTest checks every mapped route against a declared table.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfig {

    static final String[] PUBLIC_PAGES = {"/", "/schemes", "/schemes/*", "/login", "/setup", "/invite/*", "/password/forgot", "/password/reset/*",
            "/mail/unsubscribe/*", "/error",
            "/css/**", "/js/**", "/webjars/**", "/examples/**", "/favicon.ico", "/actuator/health", "/actuator/health/**",
            "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
            "/registry", "/registry/*", "/registry/*/certificate.pdf", "/registry/*/qr.png",
            "/drives", "/drives/*", "/drives/*/progress", "/pledges/*", "/pledges/*/qr.png", "/pledges/*/qr.svg",
            "/drives/*/report", "/drives/*/report.csv", "/drives/*/report.pdf", "/file-templates/*"};

    /**
     * The pages' Content-Security-Policy: scripts only from this site (no inline script: every script is a
     * file under /js or a WebJar), no plugins, no framing, forms only to this site. Inline style attributes
     * stay allowed (progress bars set their width). HSTS is Spring Security's default and is sent on HTTPS.
     */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    /** Swagger UI's page is built by inline scripts of its own. */
    static final String SWAGGER_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";
    private static final org.springframework.security.web.util.matcher.RequestMatcher SWAGGER_UI =
            new org.springframework.security.web.util.matcher.OrRequestMatcher(
                    org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher("/swagger-ui/**"),
                    org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher("/swagger-ui.html"));

    /**
     * The requests of the {@code pledges} chain: REST pledges. Matched on the path alone, without Spring MVC's
     * handler mappings, and let past Spring MVC's handler lookup in front of the chains ({@link PledgeChainWithoutHandlerLookup}).
     */
    static final org.springframework.security.web.util.matcher.RequestMatcher PLEDGE_API =
            org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults()
                    .matcher(HttpMethod.POST, "/api/drives/*/pledges");

    /** Public writes of the supply drives: anyone may pledge (rate-limited per address, see PublicWriteRateLimit). */
    static final String PUBLIC_PLEDGE = "/drives/*/pledges";

    private static final String MANUFACTURER = Role.MANUFACTURER.name();
    private static final String ASSESSOR = Role.ASSESSOR.name();
    private static final String ADMIN = Role.ADMIN.name();
    private static final String ORGANIZER = Role.DRIVE_ORGANIZER.name();
    private static final String FLEET = Role.FLEET_OPERATOR.name();

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * No Micrometer observation around each of Spring Security's filters, authentications and authorizations:
     * nothing here reads them (the HTTP request metrics stay), and with them every request on the hot public
     * paths (the pledge endpoint) went through a dozen observation wrappers. A switched-off observation name
     * still kept the wrappers; this setting removes them.
     */
    @Bean
    org.springframework.security.config.observation.SecurityObservationSettings securityObservations() {
        return org.springframework.security.config.observation.SecurityObservationSettings.noObservations();
    }

    /** The pledges chain's requests skip Spring MVC's handler lookup that Spring Security runs before every chain. */
    @Bean
    static PledgeChainWithoutHandlerLookup pledgeChainWithoutHandlerLookup() {
        return new PledgeChainWithoutHandlerLookup();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(org.springframework.context.ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    /**
     * Anonymous pledges over REST, the hottest public write: a chain of their own with only what such a
     * request needs (response headers, authorization = permit, error handling). No credentials are read, no
     * session, request cache, logout or servlet-API wrappers; the path pattern is matched without asking Spring
     * MVC's handler mappings. A pledge is anonymous by design (the donor is a member of the public), so
     * credentials sent along are not looked at. Rate-limited per address before any chain (PublicWriteRateLimit).
     */
    @Bean
    @Order(0)
    SecurityFilterChain pledges(HttpSecurity http, ProblemAuthenticationEntryPoint entryPoint) throws Exception {
        http.securityMatcher(PLEDGE_API)
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(r -> r.disable())
                .logout(l -> l.disable())
                .servletApi(s -> s.disable())
                .headers(SecurityConfig::apiHeaders)
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(entryPoint));
        return http.build();
    }

    /** The REST API's response headers: nothing to render, so a CSP that allows nothing; no referrer. */
    private static void apiHeaders(org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> h) {
        h.addHeaderWriter(new StaticHeadersWriter("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AccountRepository accounts, LocalisUserDetailsService users,
                            ProblemAuthenticationEntryPoint entryPoint, CredentialThrottle throttle) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, "/api/schemes", "/api/schemes/*", "/api/registry", "/api/registry/*",
                                "/api/drives/*", "/api/pledges/*").permitAll()
                        // POST /api/drives/*/pledges: the "pledges" chain above
                        .requestMatchers(HttpMethod.POST, "/api/drives/*/statements").hasRole(ORGANIZER)
                        .requestMatchers("/api/assessments", "/api/assessments/**").hasAnyRole(MANUFACTURER, ASSESSOR)
                        .anyRequest().denyAll())
                .httpBasic(b -> b.authenticationEntryPoint(entryPoint))
                .addFilterBefore(new TokenAuthenticationFilter(accounts, users, throttle), BasicAuthenticationFilter.class)
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityConfig::apiHeaders)
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(entryPoint));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .requestMatchers(HttpMethod.POST, PUBLIC_PLEDGE).permitAll()
                        .requestMatchers("/manage/**").hasRole(ORGANIZER)
                        .requestMatchers("/fleet", "/fleet/**").hasRole(FLEET)
                        .requestMatchers("/score", "/assessments", "/assessments/**").hasAnyRole(MANUFACTURER, ASSESSOR)
                        .requestMatchers("/audit", "/dashboard").hasAnyRole(ADMIN, ASSESSOR)
                        .requestMatchers("/company").hasAnyRole(MANUFACTURER, ADMIN)
                        .requestMatchers("/company/*").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/products", "/products/*/versions", "/products/*/codes", "/versions/*/evidence",
                                "/versions/*/submissions").hasRole(MANUFACTURER)
                        .requestMatchers("/products", "/products/*", "/versions/*/what-if", "/versions/*/roadmap", "/evidence/*",
                                "/submissions/*")
                                .hasAnyRole(MANUFACTURER, ASSESSOR)
                        .requestMatchers("/review", "/submissions/*/decision", "/certificates/*/revoke", "/support",
                                "/support/**").hasRole(ASSESSOR)
                        .requestMatchers("/admin/**", "/actuator/**").hasRole(ADMIN)
                        .requestMatchers("/account", "/account/**", "/logout").authenticated()
                        .anyRequest().denyAll())
                .formLogin(f -> f.loginPage("/login").successHandler(new RoleLandingHandler()).failureUrl("/login?error").permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/?bye"))
                // An anonymous pledge carries no authority a forged request could borrow, and a CSRF token
                // would need a session for every visitor of a page that is meant to be cached.
                .csrf(c -> c.ignoringRequestMatchers(PUBLIC_PLEDGE))
                .headers(h -> h
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(SWAGGER_UI),
                                new StaticHeadersWriter("Content-Security-Policy", PAGE_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(SWAGGER_UI,
                                new StaticHeadersWriter("Content-Security-Policy", SWAGGER_POLICY)))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                        .frameOptions(f -> f.deny()));
        return http.build();
    }
}
