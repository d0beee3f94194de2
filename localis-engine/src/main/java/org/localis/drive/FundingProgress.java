package org.localis.drive;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns reconciled money into "tires funded" per target line, exactly and reproducibly.
 *
 * <p>Money a donor earmarked for a size (a pledge of N tires of that size) goes to that line first,
 * up to the line's value; the rest of the earmarked money and all general money is then shared among
 * the lines in proportion to the value each still lacks, rounded down to whole minor units (so that
 * more money never funds any line less; the few minor units rounding leaves are reported), and no
 * line gets more than it lacks. A line's tires funded is its money divided by the unit price, rounded down,
 * never above its quantity. Money beyond the whole goal is reported as surplus.
 */
public final class FundingProgress {

    /** Progress of one line. */
    public record Line(TargetLine target, long fundedMinor, int tiresFunded) {
        public int percent() {
            return (int) Math.min(100, fundedMinor * 100 / target.valueMinor());
        }
    }

    /** Progress of the whole drive. */
    public record Result(List<Line> lines, long goalMinor, long raisedMinor, long surplusMinor, long roundingMinor) {
        public int tiresTarget() {
            return lines.stream().mapToInt(l -> l.target().quantity()).sum();
        }

        public int tiresFunded() {
            return lines.stream().mapToInt(Line::tiresFunded).sum();
        }

        public int percent() {
            return goalMinor == 0 ? 0 : (int) Math.min(100, raisedMinor * 100 / goalMinor);
        }
    }

    private FundingProgress() {
    }

    /**
     * @param targets    the target table (keys unique)
     * @param earmarked  money received per target key from pledges for tires of that line (may be empty)
     * @param general    money received without an earmark (amount pledges, general donations), net of refunds
     */
    public static Result compute(List<TargetLine> targets, Map<String, Long> earmarked, long general) {
        int n = targets.size();
        long[] funded = new long[n];
        long pool = general;
        long goal = 0;
        long raised = general;
        for (int i = 0; i < n; i++) {
            TargetLine t = targets.get(i);
            goal = Math.addExact(goal, t.valueMinor());
            long e = Math.max(0, earmarked.getOrDefault(t.key(), 0L));
            raised = Math.addExact(raised, e);
            funded[i] = Math.min(e, t.valueMinor());
            pool = Math.addExact(pool, e - funded[i]);
        }
        for (String key : earmarked.keySet()) {
            if (targets.stream().noneMatch(t -> t.key().equals(key))) {
                long e = Math.max(0, earmarked.get(key));
                raised = Math.addExact(raised, e);
                pool = Math.addExact(pool, e);
            }
        }
        pool = Math.max(0, pool);
        long lacking = 0;
        long[] gap = new long[n];
        for (int i = 0; i < n; i++) {
            gap[i] = targets.get(i).valueMinor() - funded[i];
            lacking = Math.addExact(lacking, gap[i]);
        }
        long surplus = 0;
        long rounding = 0;
        if (pool >= lacking) {
            for (int i = 0; i < n; i++) {
                funded[i] += gap[i];
            }
            surplus = pool - lacking;
        } else if (pool > 0) {
            rounding = share(pool, gap, lacking, funded);
        }
        List<Line> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            TargetLine t = targets.get(i);
            int tires = (int) Math.min(t.quantity(), funded[i] / t.unitPriceMinor());
            lines.add(new Line(t, funded[i], tires));
        }
        return new Result(List.copyOf(lines), goal, Math.max(0, raised), surplus, rounding);
    }

    /**
     * Shares {@code pool < lacking} in proportion to each gap, rounded down to whole minor units.
     * Rounding down (rather than handing out remainders) keeps every line monotone in the money: more
     * money never funds a line less. What rounding leaves over (fewer minor units than lines) is returned.
     */
    private static long share(long pool, long[] gap, long lacking, long[] funded) {
        BigInteger p = BigInteger.valueOf(pool);
        BigInteger total = BigInteger.valueOf(lacking);
        long given = 0;
        for (int i = 0; i < gap.length; i++) {
            long whole = p.multiply(BigInteger.valueOf(gap[i])).divide(total).longValueExact();
            funded[i] += whole;
            given += whole;
        }
        return pool - given;
    }
}
