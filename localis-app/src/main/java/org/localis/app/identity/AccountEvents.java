package org.localis.app.identity;

/**
 * Events the identity module publishes inside the transaction of their cause, so that a listener (the mail
 * module's outbox) writes its rows in the same transaction. They carry the one-time link because only its
 * hash is stored.
 */
public final class AccountEvents {

    private AccountEvents() {
    }

    /** A user with an e-mail address was invited; {@code link} sets the password (valid 7 days). */
    public record UserInvited(long userId, String username, String email, String link, String language) {
    }

    /**
     * The credential throttle started to slow down sign-ins to an account (a few wrong passwords from one
     * address, or many from many): the holder is told once per period, in their language.
     */
    public record SignInsSlowedDown(long userId, String username, String email, String language, String address,
                                    int failures, java.time.Instant at) {
    }

    /** A password reset was asked for an account with an e-mail address; {@code link} is valid for an hour, once. */
    public record PasswordResetRequested(long userId, String username, String email, String link, String language) {
    }
}
