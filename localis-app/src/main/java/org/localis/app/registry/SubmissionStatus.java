package org.localis.app.registry;

import java.util.Set;

/** draft -> submitted -> under review -> approved | changes requested | rejected. */
public enum SubmissionStatus {
    SUBMITTED, UNDER_REVIEW, APPROVED, CHANGES_REQUESTED, REJECTED;

    /** Which decisions an assessor may take from this status. */
    public Set<SubmissionStatus> next() {
        return switch (this) {
            case SUBMITTED -> Set.of(UNDER_REVIEW, APPROVED, CHANGES_REQUESTED, REJECTED);
            case UNDER_REVIEW -> Set.of(APPROVED, CHANGES_REQUESTED, REJECTED);
            case APPROVED, CHANGES_REQUESTED, REJECTED -> Set.of();
        };
    }

    public boolean open() {
        return this == SUBMITTED || this == UNDER_REVIEW;
    }
}
