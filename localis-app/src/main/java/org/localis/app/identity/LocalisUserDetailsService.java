package org.localis.app.identity;

import java.time.Instant;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
public class LocalisUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    public LocalisUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public LocalisUser loadUserByUsername(String username) {
        UserAccount u = accounts.findUser(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return of(u);
    }

    static LocalisUser of(UserAccount u) {
        return new LocalisUser(u.id(), u.username(), u.passwordHash(), u.displayName(), u.role(), u.organizationId(),
                u.enabled(), u.lockedAt(Instant.now()));
    }
}
