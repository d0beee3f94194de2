package org.localis.app.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Issue 23: past the per-address pledge budget a pledge needs a proof of work; it is not refused. */
@SpringBootTest(properties = {"localis.rate-limit.public-writes-per-minute=2", "localis.rate-limit.pledges-per-minute=2",
        "localis.rate-limit.pow-pledges-per-minute=3", "localis.rate-limit.pow-difficulty=8"})
@AutoConfigureMockMvc
class PledgeProofOfWorkTest {

    @Autowired MockMvc mvc;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /**
     * Two instances behind a balancer: with the same key and the shared table, a challenge issued by one is
     * accepted by the other, once; with another key it is refused.
     */
    @Test
    void aChallengeOfOneInstanceIsAcceptedOnceByAnother() {
        Clock now = Clock.systemUTC();
        ProofOfWork a = new ProofOfWork(8, now, "shared secret", new PublicWriteRateLimit.DatabaseReplays(jdbc));
        ProofOfWork b = new ProofOfWork(8, now, "shared secret", new PublicWriteRateLimit.DatabaseReplays(jdbc));
        ProofOfWork stranger = new ProofOfWork(8, now, "another secret", new PublicWriteRateLimit.DatabaseReplays(jdbc));
        String answer = ProofOfWork.solve(a.challenge());
        assertThat(stranger.accept(answer)).as("another key").isFalse();
        assertThat(b.accept(answer)).as("verified by the other instance").isTrue();
        assertThat(a.accept(answer)).as("answered once, on any instance").isFalse();
        assertThat(b.accept(answer)).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pow_challenge_used WHERE challenge = :c")
                .param("c", answer.substring(0, answer.lastIndexOf(':'))).query(Integer.class).single()).isEqualTo(1);
    }

    private MvcResult pledge(String address, String pow) throws Exception {
        var req = post("/api/drives/no-such-drive/pledges").contentType(MediaType.APPLICATION_JSON)
                .content("{\"amount\":\"1000\"}").with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                });
        if (pow != null) {
            req = req.header(PublicWriteRateLimit.POW_HEADER, pow);
        }
        return mvc.perform(req).andReturn();
    }

    @Test
    void pastTheBudgetAChallengeIsIssuedAndASolvedOneLetsThePledgeThroughOnce() throws Exception {
        String addr = "203.0.113.77";
        assertThat(pledge(addr, null).getResponse().getStatus()).isNotEqualTo(429);
        assertThat(pledge(addr, null).getResponse().getStatus()).isNotEqualTo(429);
        MvcResult challenged = pledge(addr, null);
        assertThat(challenged.getResponse().getStatus()).isEqualTo(429);
        String challenge = challenged.getResponse().getHeader(PublicWriteRateLimit.POW_HEADER + "-Challenge");
        assertThat(challenged.getResponse().getContentAsString()).contains("\"challenge\":\"" + challenge + "\"");

        String answer = ProofOfWork.solve(challenge);
        assertThat(pledge(addr, answer).getResponse().getStatus()).as("solved: passes the filter").isNotEqualTo(429);
        assertThat(pledge(addr, answer).getResponse().getStatus()).as("a challenge is answered once").isEqualTo(429);
        assertThat(pledge(addr, challenge + ":0").getResponse().getStatus()).isEqualTo(429);
        // with proofs the address is still capped (3 a minute here)
        for (int i = 0; i < 2; i++) {
            String c = pledge(addr, null).getResponse().getHeader(PublicWriteRateLimit.POW_HEADER + "-Challenge");
            assertThat(pledge(addr, ProofOfWork.solve(c)).getResponse().getStatus()).isNotEqualTo(429);
        }
        String c = pledge(addr, null).getResponse().getHeader(PublicWriteRateLimit.POW_HEADER + "-Challenge");
        MvcResult capped = pledge(addr, ProofOfWork.solve(c));
        assertThat(capped.getResponse().getStatus()).isEqualTo(429);
        assertThat(capped.getResponse().getHeader("Retry-After")).isNotNull();
    }

    @Test
    void theBrowserGetsAPageThatResubmitsTheFormWithTheAnswer() throws Exception {
        String addr = "203.0.113.78";
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/drives/no-such-drive/pledges").param("amount", "1000").with(r -> {
                r.setRemoteAddr(addr);
                return r;
            }));
        }
        MvcResult page = mvc.perform(post("/drives/no-such-drive/pledges").param("amount", "1000<script>")
                .with(r -> {
                    r.setRemoteAddr(addr);
                    return r;
                })).andExpect(status().isTooManyRequests()).andReturn();
        String html = page.getResponse().getContentAsString();
        assertThat(html).contains("id=\"pow-form\"").contains("/js/pow.js").contains("name=\"_pow\"")
                .contains("value=\"1000&lt;script&gt;\"").doesNotContain("1000<script>");
        assertThat(html).as("the template's English text").contains("A short check");
        // the visitor's language (the cookie the language switch sets): the same page in Russian
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/drives/no-such-drive/pledges").param("amount", "1000").with(r -> {
                r.setRemoteAddr("203.0.113.79");
                return r;
            }));
        }
        String ru = mvc.perform(post("/drives/no-such-drive/pledges").param("amount", "1000")
                .cookie(new jakarta.servlet.http.Cookie("localis-lang", "ru")).with(r -> {
                    r.setRemoteAddr("203.0.113.79");
                    return r;
                })).andExpect(status().isTooManyRequests()).andReturn().getResponse().getContentAsString();
        assertThat(ru).contains("Короткая проверка").contains("id=\"pow-form\"").doesNotContain("A short check");
    }

    @Test
    void aForgedExpiredOrWeakAnswerIsRefused() {
        Clock t0 = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);
        ProofOfWork pow = new ProofOfWork(8, t0);
        String challenge = pow.challenge();
        String answer = ProofOfWork.solve(challenge);
        ProofOfWork other = new ProofOfWork(8, t0);
        assertThat(other.accept(answer)).as("another instance's key").isFalse();
        String forged = challenge.replace(".8.", ".1.");
        assertThat(pow.accept(ProofOfWork.solve(forged))).as("difficulty lowered by the client").isFalse();
        ProofOfWork later = new ProofOfWork(8, Clock.offset(t0, ProofOfWork.VALID.plusSeconds(1)));
        String c2 = later.challenge();
        assertThat(later.accept(ProofOfWork.solve(c2))).isTrue();
        assertThat(ProofOfWork.leadingZeroBits(new byte[] {0, 0x0f, 1})).isEqualTo(12);
    }
}
