package org.localis.app.shared;

/**
 * An event after which a drive's public figures (money, tires, readiness) may differ. Features publish
 * their own events implementing this; the {@code funding} module listens after commit and refreshes
 * what it shows, so no feature calls the public read model back.
 */
public interface DriveFiguresChanged {

    long driveId();
}
