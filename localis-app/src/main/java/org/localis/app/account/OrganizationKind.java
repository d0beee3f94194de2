package org.localis.app.account;

public enum OrganizationKind {
    MANUFACTURER, ASSESSMENT_BODY, DRIVE_ORGANIZER, FLEET, OPERATOR
}
