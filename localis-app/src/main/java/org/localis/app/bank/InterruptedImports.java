package org.localis.app.bank;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute, on one instance only (ShedLock), marks statement imports that stopped giving signs of
 * life as failed: a server that was killed mid-import rolled its data back, and the organizer should see
 * "interrupted, import again" rather than a progress bar that never moves.
 *
 * <p>The period ({@code localis.jobs.interrupted-imports.every}, default PT1M), the first delay
 * ({@code ...initial-delay}, PT20S) and how long the lock is held at least ({@code ...lock-at-least},
 * PT30S) are properties so that bench/two-instances.sh can make two instances compete for the lock often.
 * Each run that actually happens logs one INFO line naming the instance; a run skipped because the other
 * instance holds the lock never enters this method and logs nothing.
 */
@Component
public class InterruptedImports {

    private static final Logger log = LoggerFactory.getLogger(InterruptedImports.class);
    static final Duration SILENCE = Duration.ofMinutes(3);

    private final BankEntryRepository entries;
    private final String instance;

    public InterruptedImports(BankEntryRepository entries, @Value("${localis.instance-id:}") String instanceId) {
        this.entries = entries;
        // without a configured id: the JVM's "pid@host", distinct for instances on one machine
        this.instance = instanceId == null || instanceId.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : instanceId.strip();
    }

    @Scheduled(fixedDelayString = "${localis.jobs.interrupted-imports.every:PT1M}",
            initialDelayString = "${localis.jobs.interrupted-imports.initial-delay:PT20S}")
    @SchedulerLock(name = "interrupted-imports", lockAtMostFor = "PT5M",
            lockAtLeastFor = "${localis.jobs.interrupted-imports.lock-at-least:PT30S}")
    public void sweep() {
        log.info("interrupted-imports sweep ran on {}", instance);
        int n = entries.failInterrupted(Instant.now().minus(SILENCE));
        if (n > 0) {
            log.warn("{} statement import(s) were interrupted and are marked failed", n);
        }
    }
}
