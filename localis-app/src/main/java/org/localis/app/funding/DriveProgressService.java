package org.localis.app.funding;

import org.localis.app.drive.DriveRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.localis.app.bank.BankEntryRepository;
import org.localis.app.drive.Drive;
import org.localis.app.drive.Target;
import org.localis.app.ledger.LedgerRepository;
import org.localis.drive.FundingProgress;
import org.localis.drive.TargetLine;
import org.localis.ledger.LedgerAccount;
import org.localis.ledger.TrialBalance;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The public numbers of a drive: money reconciled against the goal, tires funded per size, donors,
 * days left, recent donations, and pledges shown apart. Computed from the ledger and bank entries and
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

    /** Everything the public page and its live updates show. */
    public record Snapshot(long driveId, String currency, long goalMinor, long raisedMinor, int percent, long pledgedMinor,
                           long pledgeCount, int donors, long daysLeft, int tiresTarget, int tiresFunded,
                           List<LineProgress> lines, List<RecentDonation> recent, long surplusMinor, Instant computedAt,
                           long version) {
    }

    private final DriveRepository drives;
    private final BankEntryRepository entries;
    private final LedgerRepository ledger;
    private final Clock clock;
    private final AtomicLong versions = new AtomicLong();
    private final StaleMarker stale;
    private final LoadingCache<Long, Snapshot> cache;

    public DriveProgressService(DriveRepository drives, BankEntryRepository entries, LedgerRepository ledger,
                                @Value("${localis.drives.progress-cache-seconds:5}") int ttlSeconds) {
        this.drives = drives;
        this.entries = entries;
        this.ledger = ledger;
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
        List<Target> targets = drives.targets(drive.id());
        TrialBalance tb = ledger.trialBalance(drive.id());
        long raised = LedgerAccount.FUND.natural(tb.balance(LedgerAccount.FUND)) - tb.balance(LedgerAccount.REFUNDS);
        Map<Integer, String> keyOfLine = new HashMap<>();
        for (Target t : targets) {
            keyOfLine.put(t.lineNo(), t.key());
        }
        Map<String, Long> earmarked = new HashMap<>();
        long earmarkedTotal = 0;
        for (BankEntryRepository.PledgeReceipts p : entries.receivedPerPledge(drive.id())) {
            String key = keyOfLine.get(p.targetLine());
            if (key == null) {
                continue;
            }
            long e = Math.max(0, Math.min(p.receivedMinor(), p.pledgedMinor()));
            earmarked.merge(key, e, Long::sum);
            earmarkedTotal += e;
        }
        long general = Math.max(0, raised - earmarkedTotal);
        List<TargetLine> lines = targets.stream().map(t -> new TargetLine(t.key(), t.quantity(), t.unitPriceMinor())).toList();
        List<LineProgress> out = new ArrayList<>();
        long goal = 0;
        int tiresTarget = 0;
        int tiresFunded = 0;
        long surplus = 0;
        if (!lines.isEmpty()) {
            FundingProgress.Result r = FundingProgress.compute(lines, earmarked, general);
            for (int i = 0; i < targets.size(); i++) {
                Target t = targets.get(i);
                FundingProgress.Line l = r.lines().get(i);
                out.add(new LineProgress(t.lineNo(), t.designation(), t.season(), t.quantity(), l.tiresFunded(), l.percent(),
                        t.unitPriceMinor(), l.fundedMinor()));
            }
            goal = r.goalMinor();
            tiresTarget = r.tiresTarget();
            tiresFunded = r.tiresFunded();
            surplus = r.surplusMinor();
        }
        DriveRepository.PledgeTotals pledged = drives.pledgeTotals(drive.id());
        List<RecentDonation> recent = entries.recentDonations(drive.id(), 10).stream()
                .map(o -> new RecentDonation(o.bookingDate(), o.amountMinor(), firstName(o.donorNameIfShown()))).toList();
        LocalDate today = LocalDate.now(clock);
        long daysLeft = Math.max(0, ChronoUnit.DAYS.between(today, drive.deadline()));
        int percent = goal == 0 ? 0 : (int) Math.min(100, Math.max(0, raised) * 100 / goal);
        return new Snapshot(drive.id(), drive.currency(), goal, raised, percent, pledged.amountMinor(), pledged.count(),
                entries.donorCount(drive.id()), daysLeft, tiresTarget, tiresFunded, List.copyOf(out), recent, surplus,
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
