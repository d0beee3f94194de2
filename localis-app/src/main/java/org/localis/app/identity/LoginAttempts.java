package org.localis.app.identity;

import java.time.Instant;
import org.localis.app.audit.AuditSummary;

import org.localis.app.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed and successful sign-ins (form or HTTP Basic): each failure is counted for the {@link CredentialThrottle}
 * (exponential back-off per account and address, per address, per account) and audited with the number of
 * failures in a row; the password is never recorded. There is no hard lock-out an attacker could trigger
 * against someone else's account; an administrator can still clear the count ("unlock").
 */
@Component
public class LoginAttempts {

    private final AccountRepository accounts;
    private final AuditLog audit;
    private final CredentialThrottle throttle;

    private final org.springframework.context.ApplicationEventPublisher events;
    private final java.time.Duration noticePeriod;

    public LoginAttempts(AccountRepository accounts, AuditLog audit, CredentialThrottle throttle,
                         org.springframework.context.ApplicationEventPublisher events,
                         @org.springframework.beans.factory.annotation.Value("${localis.throttle.notice-period:PT24H}")
                         java.time.Duration noticePeriod) {
        this.accounts = accounts;
        this.audit = audit;
        this.throttle = throttle;
        this.events = events;
        this.noticePeriod = noticePeriod;
    }

    /** The language of the request (the language switch's cookie, else the browser's), "ru" or "en". */
    private static String requestLanguage() {
        if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes sra) {
            jakarta.servlet.http.HttpServletRequest r = sra.getRequest();
            String lang = r.getParameter("lang");
            if (lang == null && r.getCookies() != null) {
                for (jakarta.servlet.http.Cookie c : r.getCookies()) {
                    if ("localis-lang".equals(c.getName())) {
                        lang = c.getValue();
                    }
                }
            }
            if (lang == null) {
                lang = r.getLocale().getLanguage();
            }
            return lang != null && lang.toLowerCase(java.util.Locale.ROOT).startsWith("en") ? "en" : "ru";
        }
        return null;
    }

    private static String address(org.springframework.security.core.Authentication a) {
        return a.getDetails() instanceof org.springframework.security.web.authentication.WebAuthenticationDetails d
                && d.getRemoteAddress() != null ? d.getRemoteAddress() : "unknown";
    }

    @EventListener
    @Transactional
    public void failed(AuthenticationFailureBadCredentialsEvent e) {
        String username = String.valueOf(e.getAuthentication().getPrincipal());
        String address = address(e.getAuthentication());
        Instant now = Instant.now();
        boolean slowedDown = throttle.failed(username, address, now);
        accounts.findUser(username).ifPresentOrElse(u -> {
            int failures = u.failedLogins() + 1;
            accounts.recordFailedLogin(u.id(), failures, null);
            if (slowedDown && accounts.claimLockoutNotice(u.id(), now, noticePeriod)) {
                // the mail module writes the notice to the outbox in this transaction
                events.publishEvent(new AccountEvents.SignInsSlowedDown(u.id(), u.username(), u.email().strip(),
                        accounts.language(u.id()), address, failures, now));
                audit.recordAs(u.username(), u.organizationId(), "lockout-notice", "user", u.id(),
                        AuditSummary.of("audit.summary.lockoutNotice", failures), null, null);
            }
            audit.recordAs(u.username(), u.organizationId(), "login-failed", "user", u.id(),
                    AuditSummary.of("audit.summary.loginFailed", address, failures), null, null);
        }, () -> audit.recordAs("anonymous", null, "login-failed", "user", null,
                AuditSummary.of("audit.summary.loginUnknown", address), null, null));
    }

    @EventListener
    @Transactional
    public void locked(AuthenticationFailureLockedEvent e) {
        String username = String.valueOf(e.getAuthentication().getPrincipal());
        audit.recordAs(username, null, "login-refused", "user", null, AuditSummary.of("audit.summary.loginRefused"), null, null);
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent e) {
        if (e.getAuthentication().getPrincipal() instanceof LocalisUser u) {
            throttle.succeeded(u.getUsername(), address(e.getAuthentication()));
            accounts.resetFailedLogins(u.id());
            String lang = requestLanguage();
            if (lang != null) {
                accounts.recordLanguage(u.id(), lang);
            }
        }
    }
}
