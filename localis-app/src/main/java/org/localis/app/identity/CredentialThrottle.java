package org.localis.app.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Exponential back-off for every credential check (sign-in form, HTTP Basic, API tokens), counted three ways:
 * per account and address (one address guessing one account), per address (one address spraying a few guesses
 * over many accounts) and per account (many addresses on one account). Past a free number of failures, each
 * further failure doubles the wait before the next attempt of that kind is even checked (1 s, 2 s, 4 s … at
 * most {@link #MAX_WAIT}). Unlike a lock-out, an attacker at one address can only slow down themselves: the
 * account's owner signing in from elsewhere is held up only by the per-account count, whose free allowance
 * is much larger and whose wait is capped. Kept in memory per instance (Caffeine), forgotten after
 * {@link #MEMORY} without failures.
 */
@Component
public class CredentialThrottle {

    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    static final Duration MEMORY = Duration.ofMinutes(30);

    private record Failures(int count, Instant last) {
    }

    private final Cache<String, Failures> failures = Caffeine.newBuilder().maximumSize(200_000)
            .expireAfterWrite(MEMORY).build();
    private final int freePerAccountAndAddress;
    private final int freePerAddress;
    private final int freePerAccount;

    public CredentialThrottle(@Value("${localis.throttle.free-per-account-and-address:3}") int freePerAccountAndAddress,
                              @Value("${localis.throttle.free-per-address:10}") int freePerAddress,
                              @Value("${localis.throttle.free-per-account:20}") int freePerAccount) {
        this.freePerAccountAndAddress = freePerAccountAndAddress;
        this.freePerAddress = freePerAddress;
        this.freePerAccount = freePerAccount;
    }

    /** How long the caller must wait before this credential check may run; zero when it may run now. */
    public Duration waitFor(String account, String address, Instant now) {
        Duration w = wait(pair(account, address), freePerAccountAndAddress, now);
        w = max(w, wait(addr(address), freePerAddress, now));
        return max(w, wait(acct(account), freePerAccount, now));
    }

    /**
     * Counts a failure; returns true when this failure starts the back-off for the account (from this address,
     * or from all addresses together), the moment its holder is told.
     */
    public boolean failed(String account, String address, Instant now) {
        int pairCount = count(pair(account, address), now);
        count(addr(address), now);
        int accountCount = count(acct(account), now);
        return pairCount == freePerAccountAndAddress || accountCount == freePerAccount;
    }

    private int count(String key, Instant now) {
        return failures.asMap().merge(key, new Failures(1, now), (a, b) -> new Failures(a.count() + 1, now)).count();
    }

    /** A correct credential clears the account's counts (not the address's: a sprayer may know one password). */
    public void succeeded(String account, String address) {
        failures.invalidate(pair(account, address));
        failures.invalidate(acct(account));
    }

    private Duration wait(String key, int free, Instant now) {
        Failures f = failures.getIfPresent(key);
        if (f == null || f.count() < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(30, f.count() - free);
        Duration backoff = Duration.ofSeconds(1L << doublings);
        if (backoff.compareTo(MAX_WAIT) > 0) {
            backoff = MAX_WAIT;
        }
        Duration left = Duration.between(now, f.last().plus(backoff));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String pair(String account, String address) {
        return "pair:" + norm(account) + "|" + address;
    }

    private static String addr(String address) {
        return "addr:" + address;
    }

    private static String acct(String account) {
        return "acct:" + norm(account);
    }

    private static String norm(String account) {
        return account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
    }
}
