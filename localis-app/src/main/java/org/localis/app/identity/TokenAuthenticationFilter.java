package org.localis.app.identity;

import java.io.IOException;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer lcl_...}: a personal API token (for the REST API and CLI uploads). An
 * unknown or revoked token answers 401 at once; the token itself is never logged.
 */
public class TokenAuthenticationFilter extends OncePerRequestFilter {

    private final AccountRepository accounts;
    private final LocalisUserDetailsService users;
    private final CredentialThrottle throttle;

    public TokenAuthenticationFilter(AccountRepository accounts, LocalisUserDetailsService users, CredentialThrottle throttle) {
        this.accounts = accounts;
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            chain.doFilter(request, response);
            return;
        }
        String token = header.substring(7).trim();
        String hash = ApiTokens.hash(token);
        var username = token.startsWith(ApiTokens.PREFIX) ? accounts.usernameForToken(hash) : java.util.Optional.<String>empty();
        LocalisUser user = username.map(users::loadUserByUsername).filter(u -> u.isEnabled() && u.isAccountNonLocked())
                .orElse(null);
        if (user == null) {
            if (throttle != null) {
                throttle.failed(CredentialThrottleFilter.TOKEN_ACCOUNT, request.getRemoteAddr(), Instant.now());
            }
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                    + "\"detail\":\"the API token is unknown or revoked\"}");
            return;
        }
        accounts.touchToken(hash, Instant.now());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        chain.doFilter(request, response);
    }
}
