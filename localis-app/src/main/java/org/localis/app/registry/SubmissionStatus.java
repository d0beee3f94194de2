package org.localis.app.registry;

import java.util.List;

/** draft -> submitted -> under review -> approved | changes requested | rejected. */
public enum SubmissionStatus {
    SUBMITTED, UNDER_REVIEW, APPROVED, CHANGES_REQUESTED, REJECTED;

    /**
     * Which decisions an assessor may take from this status, in the order they are offered: approve first,
     * reject last (it is the one that asks for a confirmation).
     */
    public List<SubmissionStatus> next() {
        return switch (this) {
            case SUBMITTED -> List.of(APPROVED, CHANGES_REQUESTED, UNDER_REVIEW, REJECTED);
            case UNDER_REVIEW -> List.of(APPROVED, CHANGES_REQUESTED, REJECTED);
            case APPROVED, CHANGES_REQUESTED, REJECTED -> List.of();
        };
    }

    public boolean open() {
        return this == SUBMITTED || this == UNDER_REVIEW;
    }
}
