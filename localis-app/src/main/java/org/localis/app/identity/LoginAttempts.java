package org.localis.app.identity;

import java.time.Duration;
import java.time.Instant;

import org.localis.app.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lock-out after repeated failed logins (form or HTTP Basic): {@value #MAX_FAILURES} wrong passwords in a
 * row lock the account for {@link #LOCK}. Failures and lock-outs are audited; the password is never
 * recorded.
 */
@Component
public class LoginAttempts {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK = Duration.ofMinutes(15);

    private final AccountRepository accounts;
    private final AuditLog audit;

    public LoginAttempts(AccountRepository accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @EventListener
    @Transactional
    public void failed(AuthenticationFailureBadCredentialsEvent e) {
        String username = String.valueOf(e.getAuthentication().getPrincipal());
        accounts.findUser(username).ifPresentOrElse(u -> {
            int failures = u.failedLogins() + 1;
            Instant lockedUntil = failures >= MAX_FAILURES ? Instant.now().plus(LOCK) : null;
            accounts.recordFailedLogin(u.id(), failures, lockedUntil);
            audit.recordAs(u.username(), u.organizationId(), lockedUntil == null ? "login-failed" : "account-locked",
                    "user", u.id(), lockedUntil == null ? "wrong password (" + failures + " in a row)"
                            : "locked until " + lockedUntil + " after " + failures + " wrong passwords", null, null);
        }, () -> audit.recordAs("anonymous", null, "login-failed", "user", null,
                "login attempt for an unknown user name", null, null));
    }

    @EventListener
    @Transactional
    public void locked(AuthenticationFailureLockedEvent e) {
        String username = String.valueOf(e.getAuthentication().getPrincipal());
        audit.recordAs(username, null, "login-refused", "user", null, "login attempt while the account is locked", null, null);
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent e) {
        if (e.getAuthentication().getPrincipal() instanceof LocalisUser u) {
            accounts.resetFailedLogins(u.id());
        }
    }
}
