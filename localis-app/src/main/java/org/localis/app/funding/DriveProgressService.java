package org.localis.app.funding;

import org.localis.app.drive.DriveRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.localis.app.bank.BankEntryRepository;
import org.localis.app.drive.Drive;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The public numbers of a drive: money reconciled against the goal, tires funded per size, donors,
 * days left, recent donations, and the pledges still outstanding. Taken from {@link DriveFiguresService} and
 * kept in a Caffeine cache that is marked outdated whenever the drive's figures change on this instance
 * ({@link FundingListener}), and refreshed after a few seconds anyway so other instances' changes show up too.
 */
@Service
public class DriveProgressService {

    /** One line of the target table with its progress. */
    public record LineProgress(int lineNo, String designation, String season, int quantity, int funded, int percent,
                               long unitPriceMinor, long fundedMinor) {
    }

    /** A donation as the public sees it: date, amount, first name only if the donor agreed. */
    public record RecentDonation(LocalDate date, long amountMinor, String firstName) {
    }

    /**
     * Everything the public page and its live updates show, taken from {@link DriveFigures}: {@code raisedMinor} is
     * received less refunded, {@code pledgedOutstandingMinor} the pledged-not-yet-received amount (per pledge, never
     * below zero) over {@code pledgesOutstanding} pledges, {@code awaitingReviewMinor} money in suspense.
     */
    public record Snapshot(long driveId, String currency, int currencyDigits, long goalMinor, long raisedMinor, int percent,
                           long pledgedOutstandingMinor, long pledgesOutstanding, int donors, long daysLeft, int tiresTarget,
                           int tiresFunded, List<LineProgress> lines, List<RecentDonation> recent, long surplusMinor,
                           long awaitingReviewMinor, Instant computedAt, long version) {
    }

    private final DriveRepository drives;
    private final BankEntryRepository entries;
    private final DriveFiguresService figures;
    private final Clock clock;
    private final AtomicLong versions = new AtomicLong();
    private final StaleMarker stale;
    private final LoadingCache<Long, Snapshot> cache;

    public DriveProgressService(DriveRepository drives, BankEntryRepository entries, DriveFiguresService figures,
                                @Value("${localis.drives.progress-cache-seconds:5}") int ttlSeconds) {
        this.drives = drives;
        this.entries = entries;
        this.figures = figures;
        this.clock = Clock.systemUTC();
        Duration refresh = Duration.ofSeconds(Math.max(1, ttlSeconds));
        this.stale = new StaleMarker(refresh);
        // refreshAfterWrite on the caller's thread: the first reader of an outdated snapshot recomputes it
        // while concurrent readers get the previous one (Caffeine runs one refresh per key at a time)
        this.cache = Caffeine.newBuilder()
                .maximumSize(1_000)
                .ticker(stale.ticker())
                .refreshAfterWrite(refresh)
                .executor(Runnable::run)
                .build(id -> drives.find(id).map(this::compute).orElse(null));
    }

    /**
     * The drive's progress, at most a few seconds old. One caller at a time recomputes an outdated
     * snapshot; callers arriving meanwhile get the previous one instead of running the same queries.
     */
    public Snapshot snapshot(Drive drive) {
        Snapshot s = cache.get(drive.id()); // an outdated snapshot is refreshed on this thread, and the old one returned
        Snapshot latest = cache.getIfPresent(drive.id()); // so read again: the refreshed one if this thread refreshed it
        return latest != null ? latest : s != null ? s : compute(drive);
    }

    /** Marks every snapshot outdated: the next read of each recomputes it (the others meanwhile get the old one). */
    public void evict(long driveId) {
        stale.outdateAll();
    }

    Snapshot compute(Drive drive) {
        DriveFigures f = figures.of(drive);
        DriveFiguresService.Funding funding = figures.funding(drive);
        long raised = f.money().raisedMinor();
        List<RecentDonation> recent = entries.recentDonations(drive.id(), 10).stream()
                .map(o -> new RecentDonation(o.bookingDate(), o.amountMinor(), firstName(o.donorNameIfShown()))).toList();
        LocalDate today = LocalDate.now(clock);
        long daysLeft = Math.max(0, ChronoUnit.DAYS.between(today, drive.deadline()));
        long goal = funding.goalMinor();
        int percent = goal == 0 ? 0 : (int) Math.min(100, Math.max(0, raised) * 100 / goal);
        return new Snapshot(drive.id(), drive.currency(), org.localis.app.shared.Money.minorDigits(drive.currency()), goal, raised, percent, f.money().pledgedOutstandingMinor(),
                f.money().pledgesOutstanding(), entries.donorCount(drive.id()), daysLeft, funding.tiresTarget(),
                funding.tiresFunded(), funding.lines(), recent, funding.surplusMinor(), f.money().awaitingReviewMinor(),
                clock.instant(), versions.incrementAndGet());
    }

    /** The first word of a name, at most 30 characters: nothing more of a donor is ever public. */
    static String firstName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String first = name.strip().split("\\s+")[0];
        return first.length() > 30 ? first.substring(0, 30) : first;
    }
}
