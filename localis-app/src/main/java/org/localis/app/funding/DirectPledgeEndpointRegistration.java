package org.localis.app.funding;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.localis.app.drive.DriveRepository;
import org.localis.app.drive.PledgeService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Puts the {@link DirectPledgeEndpoint} right behind Spring Security's filter chain (so the rate limit before
 * it and the "pledges" security chain apply as before), for requests under {@code /api/drives/} only.
 * {@code localis.pledges.direct-endpoint=false} leaves every pledge to Spring MVC (for comparison).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "localis.pledges.direct-endpoint", havingValue = "true", matchIfMissing = true)
class DirectPledgeEndpointRegistration {

    @Bean
    FilterRegistrationBean<DirectPledgeEndpoint> directPledgeEndpoint(DriveRepository drives, PledgeService pledges,
                                                                       PledgeResponses responses, LocaleResolver locales,
                                                                       ObjectMapper json) {
        var registration = new FilterRegistrationBean<>(new DirectPledgeEndpoint(drives, pledges, responses, locales, json));
        registration.addUrlPatterns("/api/drives/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        registration.setName("directPledgeEndpoint");
        return registration;
    }
}
