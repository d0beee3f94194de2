package org.localis.app.drive;

/** Draft (organizer only), open (public, accepts pledges), closed (public, no new pledges). */
public enum DriveStatus { DRAFT, OPEN, CLOSED }
