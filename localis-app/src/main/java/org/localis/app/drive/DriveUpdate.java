package org.localis.app.drive;

import java.time.Instant;

public record DriveUpdate(long id, Instant postedAt, String author, String body) {
}
