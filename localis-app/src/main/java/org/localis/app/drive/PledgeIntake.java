package org.localis.app.drive;

import org.localis.app.shared.BusyException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.localis.app.audit.AuditLog;
import org.localis.app.audit.AuditSummary;

import org.localis.app.drive.DriveRepository.NewPledge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores pledges with group commit. Request threads hand validated pledges to one writer thread and
 * wait; the writer takes whatever has queued up (up to {@code localis.pledges.batch}) and inserts the
 * pledges and their audit events in one transaction, then answers each request. A donor is told a
 * reference only after the transaction holding it has committed, so an acknowledged pledge survives a
 * crash; under load one commit serves many donors instead of one each. Nothing waits for a batch to
 * fill: an idle writer commits a lone pledge at once.
 *
 * <p>If a batch fails (a reference clash, which the random 12-digit bodies make practically
 * impossible, or a database error), its pledges are retried one by one, each in its own transaction, so
 * one bad pledge never fails another donor's.
 */
@Component
public class PledgeIntake implements SmartLifecycle {

    /** A pledge to store, its audit summary and who made it (captured on the request's thread). */
    record Request(NewPledge pledge, AuditSummary summary, AuditLog.Who actor, CompletableFuture<Pledge> done, String language) {
    }

    private static final Logger log = LoggerFactory.getLogger(PledgeIntake.class);

    private final DriveRepository drives;
    private final AuditLog audit;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final BlockingQueue<Request> queue;
    private final int batchSize;
    private volatile boolean running;
    private Thread writer;

    public PledgeIntake(DriveRepository drives, AuditLog audit, org.springframework.context.ApplicationEventPublisher events, PlatformTransactionManager txm,
                        @Value("${localis.pledges.batch:200}") int batchSize,
                        @Value("${localis.pledges.queue:10000}") int queueSize) {
        this.drives = drives;
        this.audit = audit;
        this.events = events;
        this.tx = new TransactionTemplate(txm);
        this.batchSize = Math.max(1, batchSize);
        this.queue = new ArrayBlockingQueue<>(Math.max(1, queueSize));
    }

    /** Stores the pledge; returns once it is committed. */
    Pledge store(NewPledge pledge, AuditSummary summary, AuditLog.Who actor) {
        if (!running) {
            throw new BusyException("the pledge intake is not running");
        }
        CompletableFuture<Pledge> done = new CompletableFuture<>();
        if (!queue.offer(new Request(pledge, summary, actor, done,
                org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage()))) {
            throw new BusyException("too many pledges at once");
        }
        try {
            return done.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusyException("interrupted while the pledge was being stored");
        } catch (TimeoutException e) {
            // the pledge may still commit; the donor was not given its reference, so it is never paid
            throw new BusyException("the pledge was not stored in time");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private void run() {
        List<Request> batch = new ArrayList<>(batchSize);
        while (running || !queue.isEmpty()) {
            try {
                Request first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, batchSize - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException | Error e) {
                // the writer keeps going: the waiting donors get an error, later pledges a fresh try
                log.error("pledge intake writer: {}", e.toString());
                batch.forEach(r -> r.done().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
        Request r;
        while ((r = queue.poll()) != null) {
            r.done().completeExceptionally(new BusyException("the server is stopping"));
        }
    }

    private void write(List<Request> batch) {
        try {
            List<Pledge> stored = tx.execute(s -> insert(batch));
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).done().complete(stored.get(i));
            }
        } catch (RuntimeException batchFailure) {
            if (batch.size() == 1) {
                batch.get(0).done().completeExceptionally(batchFailure);
                return;
            }
            if (!(batchFailure instanceof DuplicateKeyException)) {
                log.warn("a batch of {} pledges failed ({}); storing them one by one", batch.size(), batchFailure.toString());
            }
            for (Request r : batch) {
                try {
                    r.done().complete(tx.execute(s -> insert(List.of(r)).get(0)));
                } catch (RuntimeException e) {
                    r.done().completeExceptionally(e);
                }
            }
        }
    }

    private List<Pledge> insert(List<Request> batch) {
        List<Pledge> stored = drives.insertPledges(batch.stream().map(Request::pledge).toList());
        List<AuditLog.Change> changes = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            Request r = batch.get(i);
            changes.add(new AuditLog.Change(r.actor(), "pledge.created", "pledge", stored.get(i).id(), r.summary()));
        }
        audit.recordAll(changes);
        stored.stream().collect(java.util.stream.Collectors.groupingBy(Pledge::driveId, java.util.stream.Collectors.counting()))
                .forEach((drive, n) -> events.publishEvent(new DriveEvents.PledgesStored(drive, n.intValue())));
        for (int i = 0; i < batch.size(); i++) {
            Pledge p = stored.get(i);
            if (p.donorEmail() != null) {
                events.publishEvent(new DriveEvents.DonorPledged(p.driveId(), p.id(), batch.get(i).language()));
            }
        }
        return stored;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        writer = new Thread(this::run, "pledge-intake");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (writer != null) {
            try {
                writer.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            writer = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // starts before the web server takes requests and stops after it (and its graceful shutdown) has
        // finished the requests in flight, which may be waiting here; the data source closes after that
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
