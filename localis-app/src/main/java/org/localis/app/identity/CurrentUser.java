package org.localis.app.identity;

import org.localis.app.shared.Actor;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in Localis user of the current request, if any. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<LocalisUser> get() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a != null && a.getPrincipal() instanceof LocalisUser u ? Optional.of(u) : Optional.empty();
    }

    /** The signed-in user as an {@link Actor}, for the services. */
    public static Actor actor() {
        return require().actor();
    }

    public static LocalisUser require() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("sign in first"));
    }
}
