package org.localis.app.identity;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.ConstructorArgumentValues.ValueHolder;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.security.web.context.AbstractSecurityWebApplicationInitializer;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Lets the requests of the {@code pledges} security chain ({@link SecurityConfig#PLEDGE_API}) past Spring MVC's
 * handler lookup that Spring Security runs in front of its filter chains, and every other request through it as
 * before.
 *
 * <p>With Spring MVC present, Spring Security wraps its filter chain proxy ({@code springSecurityFilterChain}) in a
 * composite whose first filter is {@code HandlerMappingIntrospector}'s cache filter: for every request it looks up
 * the Spring MVC handler among all the routes (for a path with a variable, such as
 * {@code /api/drives/{slug}/pledges}, by trying every pattern), so that {@code MvcRequestMatcher}s and CORS can ask
 * again cheaply. The {@code pledges} chain needs none of it: it is matched by a {@code PathPatternRequestMatcher}
 * (first, by its order), has no CORS, and its accepted pledges are answered by the direct endpoint before Spring
 * MVC (which does its own lookup for the others). For a pledge that lookup was the largest single cost (a quarter
 * to over half of the request thread's CPU samples). Without the cache Spring MVC's introspector still answers
 * correctly; it only looks up again.
 *
 * <p>Done on the bean definitions, after Spring Security has built the composite: the cache filter is wrapped, not
 * removed. If Spring Security's definitions ever look different, nothing is changed and a warning says so
 * ({@code PledgeChainWithoutHandlerLookupTest} fails then).
 */
final class PledgeChainWithoutHandlerLookup implements BeanFactoryPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(PledgeChainWithoutHandlerLookup.class);
    private static final String COMPOSITE = "WebMvcSecurityConfiguration$CompositeFilterChainProxy";
    private static final String CACHE_FILTER = "WebMvcSecurityConfiguration$HandlerMappingIntrospectorCacheFilterFactoryBean";

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beans) {
        String name = AbstractSecurityWebApplicationInitializer.DEFAULT_FILTER_NAME;
        if (!beans.containsBeanDefinition(name)) {
            return;
        }
        BeanDefinition chain = beans.getBeanDefinition(name);
        if (chain.getBeanClassName() == null || !chain.getBeanClassName().endsWith(COMPOSITE)) {
            return; // no Spring MVC handler lookup in front of the chains
        }
        ValueHolder arg = chain.getConstructorArgumentValues().getIndexedArgumentValue(0, null);
        if (arg != null && arg.getValue() instanceof List<?> filters && !filters.isEmpty()
                && filters.get(0) instanceof BeanDefinition cache && cache.getBeanClassName() != null
                && cache.getBeanClassName().endsWith(CACHE_FILTER)) {
            @SuppressWarnings("unchecked")
            List<Object> editable = (List<Object>) filters;
            editable.set(0, BeanDefinitionBuilder.rootBeanDefinition(Skipping.class)
                    .addConstructorArgValue(cache)
                    .setRole(BeanDefinition.ROLE_INFRASTRUCTURE)
                    .getBeanDefinition());
            return;
        }
        log.warn("Spring Security's filter chain is not built as expected: pledges go through Spring MVC's handler lookup");
    }

    /** The handler-lookup cache filter, skipped for the requests of the pledges chain. */
    static final class Skipping implements Filter {

        private final Filter cache;
        private final RequestMatcher skipped = SecurityConfig.PLEDGE_API;

        Skipping(Filter cache) {
            this.cache = cache;
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            if (request instanceof HttpServletRequest http && maybePledge(http) && skipped.matches(http)) {
                chain.doFilter(request, response);
            } else {
                cache.doFilter(request, response, chain);
            }
        }

        /** A cheap first look, so that other requests' paths are not parsed here once more. */
        private static boolean maybePledge(HttpServletRequest request) {
            return "POST".equals(request.getMethod()) && request.getRequestURI().endsWith("/pledges");
        }
    }
}
