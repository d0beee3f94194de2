package org.localis.app.bank;

import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute, on one instance only (ShedLock), marks statement imports that stopped giving signs of
 * life as failed: a server that was killed mid-import rolled its data back, and the organizer should see
 * "interrupted, import again" rather than a progress bar that never moves.
 */
@Component
public class InterruptedImports {

    private static final Logger log = LoggerFactory.getLogger(InterruptedImports.class);
    static final Duration SILENCE = Duration.ofMinutes(3);

    private final BankEntryRepository entries;

    public InterruptedImports(BankEntryRepository entries) {
        this.entries = entries;
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT20S")
    @SchedulerLock(name = "interrupted-imports", lockAtMostFor = "PT5M", lockAtLeastFor = "PT30S")
    public void sweep() {
        int n = entries.failInterrupted(Instant.now().minus(SILENCE));
        if (n > 0) {
            log.warn("{} statement import(s) were interrupted and are marked failed", n);
        }
    }
}
