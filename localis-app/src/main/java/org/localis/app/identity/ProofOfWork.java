package org.localis.app.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * A proof-of-work challenge for donors behind one busy address (issue 23): instead of refusing a pledge past the
 * per-address budget, the server issues a challenge {@code issued.random.difficulty.mac} (HMAC-SHA-256 signed,
 * valid for {@link #VALID}), and the client finds a {@code solution} such that
 * {@code SHA-256(challenge + ":" + solution)} starts with {@code difficulty} zero bits (on average
 * 2^difficulty hashes). Each challenge is accepted once. No third-party service, no cookie, nothing about the
 * donor is kept.
 *
 * <p><b>Several instances.</b> A challenge is checked without any state of the instance that issued it: with the
 * same key ({@code localis.rate-limit.pow-key}) on every instance, any instance verifies the signature and the
 * expiry; "accepted once" is kept by {@link Replays}, in production the database table
 * {@code pow_challenge_used} shared by the instances.
 */
final class ProofOfWork {

    /** How long a challenge may be answered. */
    static final Duration VALID = Duration.ofMinutes(5);

    /** Where answered challenges are remembered until they expire. */
    interface Replays {
        /** Records the challenge; false when it was recorded before (a replay). */
        boolean firstUse(String challenge, java.time.Instant expires);
    }

    /** Replays remembered by this instance only (tests; one instance). */
    static Replays inMemory() {
        Cache<String, Boolean> used = Caffeine.newBuilder().expireAfterWrite(VALID.plusMinutes(1))
                .maximumSize(2_000_000).build();
        return (challenge, expires) -> used.asMap().putIfAbsent(challenge, Boolean.TRUE) == null;
    }

    private final byte[] key;
    private final SecureRandom random = new SecureRandom();
    private final int difficulty;
    private final Clock clock;
    private final Replays used;

    /** A key of this instance only and replays kept in memory. */
    ProofOfWork(int difficulty, Clock clock) {
        this(difficulty, clock, null, inMemory());
    }

    /**
     * @param secret the shared secret the key is derived from (SHA-256 of its UTF-8 bytes); null or blank: a
     *               random key of this instance
     */
    ProofOfWork(int difficulty, Clock clock, String secret, Replays used) {
        if (difficulty < 1 || difficulty > 30) {
            throw new IllegalArgumentException("proof-of-work difficulty must be 1..30 bits, not " + difficulty);
        }
        this.difficulty = difficulty;
        this.clock = clock;
        this.used = used;
        if (secret == null || secret.isBlank()) {
            key = new byte[32];
            random.nextBytes(key);
        } else {
            key = sha256(secret);
        }
    }

    int difficulty() {
        return difficulty;
    }

    /** A new challenge. */
    String challenge() {
        byte[] r = new byte[12];
        random.nextBytes(r);
        String body = clock.instant().getEpochSecond() + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(r)
                + "." + difficulty;
        return body + "." + mac(body);
    }

    /** Whether {@code answer} ({@code challenge:solution}) solves a challenge of this instance not answered before. */
    boolean accept(String answer) {
        if (answer == null || answer.length() > 200) {
            return false;
        }
        int colon = answer.lastIndexOf(':');
        if (colon < 0) {
            return false;
        }
        String challenge = answer.substring(0, colon);
        String[] parts = challenge.split("\\.");
        if (parts.length != 4) {
            return false;
        }
        String body = parts[0] + "." + parts[1] + "." + parts[2];
        if (!MessageDigest.isEqual(mac(body).getBytes(StandardCharsets.US_ASCII), parts[3].getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        long issued;
        int bits;
        try {
            issued = Long.parseLong(parts[0]);
            bits = Integer.parseInt(parts[2]);
        } catch (NumberFormatException e) {
            return false;
        }
        long now = clock.instant().getEpochSecond();
        if (now < issued || now - issued > VALID.toSeconds() || bits < difficulty) {
            return false;
        }
        if (leadingZeroBits(sha256(answer)) < bits) {
            return false;
        }
        return used.firstUse(challenge, java.time.Instant.ofEpochSecond(issued).plus(VALID));
    }

    /** Solves a challenge the way the browser's script does (for tests and load tools). */
    static String solve(String challenge) {
        int bits = Integer.parseInt(challenge.split("\\.")[2]);
        for (long n = 0; ; n++) {
            String answer = challenge + ":" + n;
            if (leadingZeroBits(sha256(answer)) >= bits) {
                return answer;
            }
        }
    }

    static int leadingZeroBits(byte[] h) {
        int bits = 0;
        for (byte b : h) {
            if (b == 0) {
                bits += 8;
            } else {
                return bits + Integer.numberOfLeadingZeros(b & 0xff) - 24;
            }
        }
        return bits;
    }

    static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String mac(String body) {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(m.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
