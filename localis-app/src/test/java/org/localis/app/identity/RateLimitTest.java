package org.localis.app.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = "localis.rate-limit.public-writes-per-minute=3")
@AutoConfigureMockMvc
class RateLimitTest {

    @Autowired
    MockMvc mvc;

    @Test
    void oneAddressTryingManyAccountsIsSlowedDown() throws Exception {
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/login").param("username", "user" + i).param("password", "guess-" + i).with(csrf())
                    .with(r -> {
                        r.setRemoteAddr("198.51.100.9");
                        return r;
                    })).andExpect(status().is3xxRedirection());
        }
        mvc.perform(post("/login").param("username", "user9").param("password", "guess-9").with(csrf())
                .with(r -> {
                    r.setRemoteAddr("198.51.100.9");
                    return r;
                })).andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"));
        // another address is not affected
        mvc.perform(post("/login").param("username", "volga").param("password", "demo-volga-pass").with(csrf())
                .with(r -> {
                    r.setRemoteAddr("198.51.100.10");
                    return r;
                })).andExpect(status().is3xxRedirection());
    }
}
