package org.localis.app.identity;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends a user's sign-in sessions on every instance: the sessions live in the database (Spring Session JDBC),
 * indexed by the principal's name, so deleting them there signs the user out everywhere at once. Called when
 * an administrator disables the user, when the user's password changes, and by "sign out everywhere".
 */
@Component
public class UserSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    public UserSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Deletes every session of the user; returns how many there were. */
    public int endAll(String username) {
        var found = sessions.findByPrincipalName(username);
        found.keySet().forEach(sessions::deleteById);
        return found.size();
    }
}
