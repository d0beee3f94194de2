package org.localis.app.funding;

import org.localis.app.shared.DriveFiguresChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the public figures current: after any change to a drive's money or tires has committed (or at
 * once, when it was made outside a transaction), the progress snapshots and the cached public pages are
 * marked outdated. The features publish events; none of them calls this module.
 */
@Component
class FundingListener {

    private final DriveProgressService progress;
    private final PublicPageCache pages;

    FundingListener(DriveProgressService progress, PublicPageCache pages) {
        this.progress = progress;
        this.pages = pages;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(DriveFiguresChanged event) {
        progress.evict(event.driveId());
        pages.evictAll();
    }
}
