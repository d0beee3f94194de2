package org.localis.app.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.localis.app.shared.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Where a person lands after signing in: the page they were sent to sign in from (the saved request), or else the
 * page of their role's daily work: a manufacturer's products, the assessor's review queue, an organizer's drives,
 * a fleet operator's fleet, the administrator's users.
 */
final class RoleLandingHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    RoleLandingHandler() {
        setDefaultTargetUrl("/account");
    }

    /** The landing page of a role. */
    static String landing(Role role) {
        return switch (role) {
            case MANUFACTURER -> "/products";
            case ASSESSOR -> "/review";
            case DRIVE_ORGANIZER -> "/manage/drives";
            case FLEET_OPERATOR -> "/fleet";
            case ADMIN -> "/admin/users";
        };
    }

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof LocalisUser user) {
            return landing(user.role());
        }
        return super.determineTargetUrl(request, response, authentication);
    }
}
