package org.localis.app.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Many requests of one session at the same time, each adding the same session attribute (the CSRF token a
 * freshly signed-in session does not have yet, the flash map of a redirect): Spring Session JDBC's plain
 * INSERT made all but one of them fail with a duplicate key (500). With the upsert none does.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ParallelSessionRequestsTest {

    private static final int ROUNDS = 6;
    private static final int PARALLEL = 16;

    @Autowired MockMvc mvc;

    @Test
    void parallelRequestsThatWriteTheSameSessionAttributeNeverFail() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Cookie session = signIn();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < PARALLEL; i++) {
                    boolean page = i % 2 == 0;
                    answers.add(pool.submit(() -> {
                        start.await();
                        // the account page renders forms: a session that has just signed in gets its CSRF token
                        // on this first page, and every one of the parallel requests stores one
                        return mvc.perform(get(page ? "/account" : "/account?lang=ru").cookie(session)).andReturn()
                                .getResponse().getStatus();
                    }));
                }
                start.countDown();
                for (Future<Integer> a : answers) {
                    statuses.add(a.get(60, TimeUnit.SECONDS));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).hasSize(ROUNDS * PARALLEL).allSatisfy(s -> assertThat(s).as("status").isEqualTo(200));
    }

    private Cookie signIn() throws Exception {
        MvcResult r = mvc.perform(post("/login").param("username", "admin").param("password", "demo-admin-pass").with(csrf()))
                .andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/admin/users");
        return r.getResponse().getCookie("LOCALIS_SESSION");
    }
}
