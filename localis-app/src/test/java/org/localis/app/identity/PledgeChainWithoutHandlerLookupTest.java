package org.localis.app.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

/**
 * The requests of the pledges chain pass Spring Security's filter chain without Spring MVC's handler lookup in
 * front of it; every other request still gets it (the other chains' matchers use it).
 */
@SpringBootTest
class PledgeChainWithoutHandlerLookupTest {

    /** Where HandlerMappingIntrospector's cache filter keeps its lookup for the rest of the request. */
    static final String CACHED = HandlerMappingIntrospector.class.getName() + ".CachedResult";

    @Autowired
    @Qualifier("springSecurityFilterChain")
    Filter security;

    /** Whether the request reached the end of the security chain with Spring MVC's handler looked up, and its status. */
    String lookedUp(String method, String uri) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, uri);
        request.setContentType("application/json");
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicReference<String> seen = new AtomicReference<>("not reached");
        request.setServletPath(uri);
        security.doFilter(request, response, (req, res) -> seen.set(String.valueOf(req.getAttribute(CACHED) != null)));
        return seen.get();
    }

    @Test
    void restPledgesSkipTheHandlerLookupAndEverythingElseKeepsIt() throws Exception {
        assertThat(lookedUp("POST", "/api/drives/wheels-for-ambulances/pledges")).isEqualTo("false");
        // the other chains (their matchers ask Spring MVC)
        assertThat(lookedUp("GET", "/api/drives/wheels-for-ambulances")).isEqualTo("true");
        assertThat(lookedUp("GET", "/drives/wheels-for-ambulances")).isEqualTo("true");
        // not the pledges chain: the page's pledge form, GET, another resource, a longer path
        assertThat(lookedUp("POST", "/drives/wheels-for-ambulances/pledges")).isEqualTo("true");
        assertThat(lookedUp("GET", "/api/drives/wheels-for-ambulances/pledges")).isNotEqualTo("false");
        assertThat(lookedUp("POST", "/api/drives/wheels-for-ambulances/statements")).isNotEqualTo("false");
        assertThat(lookedUp("POST", "/api/drives/a/b/pledges")).isNotEqualTo("false");
    }

    @Test
    void theCacheFilterIsWrappedNotRemoved() throws Exception {
        var skipping = new PledgeChainWithoutHandlerLookup.Skipping((req, res, chain) -> req.setAttribute("cache", true));
        MockHttpServletRequest pledge = new MockHttpServletRequest("POST", "/api/drives/x/pledges");
        MockHttpServletRequest page = new MockHttpServletRequest("GET", "/api/drives/x");
        AtomicReference<Boolean> passed = new AtomicReference<>(false);
        skipping.doFilter(pledge, new MockHttpServletResponse(), (req, res) -> passed.set(true));
        assertThat(passed.get()).isTrue();
        assertThat(pledge.getAttribute("cache")).isNull();
        skipping.doFilter(page, new MockHttpServletResponse(), (req, res) -> { });
        assertThat(page.getAttribute("cache")).isEqualTo(true);
    }
}
