package org.localis.app.identity;

public enum OrganizationKind {
    MANUFACTURER, ASSESSMENT_BODY, DRIVE_ORGANIZER, FLEET, OPERATOR
}
