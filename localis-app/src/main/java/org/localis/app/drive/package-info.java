/** Drives, target tables, pledges and payment QR, the organizer's drive page. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "fleet", "identity", "shared"})
package org.localis.app.drive;
