package org.localis.support;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Shares a program's budget across candidates in proportion to their weights, with the per-company cap,
 * in whole currency units.
 *
 * <h2>The rules</h2>
 * <ol>
 * <li><b>Eligibility.</b> A candidate without a tier, with a tier the program does not list, or with a
 * tier below the minimum gets 0. Eligible candidates get the formula's weight (&gt;= 0).</li>
 * <li><b>Exact shares with the cap (water-filling).</b> With D = the budget rounded down to whole units
 * and the cap rounded down to whole units, every company c with weight W<sub>c</sub> &gt; 0 gets
 * T<sub>c</sub> = min(cap, &lambda; W<sub>c</sub>) where &lambda; is the level at which the T<sub>c</sub>
 * add up to D; companies whose proportional claim exceeds the cap are held at the cap and the excess
 * goes to the others in proportion to weight, repeated until no further company exceeds the cap. When
 * every company reaches the cap, the rest of D stays unallocated. A product's exact share is
 * x = T<sub>c</sub> &middot; w / W<sub>c</sub>. All of this is exact rational arithmetic (no rounding
 * at all).</li>
 * <li><b>Whole units, company first.</b> The company totals T<sub>c</sub> (they add up to a whole number
 * H: D, or the sum of the caps) are rounded by largest remainder: each gets its floor, and the H - sum
 * of floors units left go one each to the largest fractional parts (ties: larger company weight first,
 * then company name). A company thus gets floor(T<sub>c</sub>) or ceil(T<sub>c</sub>), never more
 * than the cap (the cap is whole and T<sub>c</sub> &lt;= cap).</li>
 * <li><b>Whole units, product next.</b> Inside a company with whole amount A<sub>c</sub>, each product
 * gets floor(x) and the A<sub>c</sub> - sum of floors units left go one each to its products with the
 * largest fractional parts of x (ties: larger weight first, then product id). The fractional parts are
 * those of the exact shares x themselves, not of shares recomputed from A<sub>c</sub>.</li>
 * </ol>
 *
 * <h2>What this guarantees</h2>
 * Every amount is a whole number &gt;= 0 and equals floor(x) or ceil(x) of its exact share (so it is
 * within 1 of it); a company's total is within 1 of its exact total and never above the cap; the total
 * is H &lt;= D &lt;= budget, and equals D whenever some eligible product has a positive weight and the caps
 * leave room. The result does not depend on the order of the candidates.
 *
 * <h2>Monotonicity: more localization never means less support</h2>
 * Raising one product's weight w<sub>i</sub> (a higher score or volume, or a higher tier with tier
 * weights), all else equal, never lowers its amount. The argument, step by step:
 * <ol>
 * <li>Exact shares: the product's own exact share x<sub>i</sub> does not decrease, every other
 * product's exact share does not increase, its company's total T<sub>c</sub> does not decrease and every
 * other company's total does not increase, and H does not change (the companies with a claim are the
 * same, or the product had 0 before). (If another company's total rose, the level &lambda; must have
 * risen; then no company would get less than before and that one would get more, so the totals could
 * not still add up to H.
 * With the others' totals no higher, the company's own total is no lower; inside it, the product's part
 * w<sub>i</sub> / W<sub>c</sub> of the company total rises and every other product's part falls.)</li>
 * <li>Largest remainder over a fixed total is monotone for the one value that rises while all others
 * fall: if its floor rises it gets at least its old floor + 1; otherwise its fractional part does not
 * fall (and the tie-breaks, weight then name, only favour it more) and
 * anything that outranked it before either still has its floor and now a fractional part no larger (so
 * it outranks it no more often than before), or lost some of its floor, which adds at least as many
 * units to hand out as it adds rivals. So A<sub>c</sub> does not decrease.</li>
 * <li>Inside the company the same argument applies, with one more unit to hand out whenever
 * A<sub>c</sub> rose. This is why the product step ranks the fractional parts of the exact shares x:
 * re-deriving the shares from the whole amount A<sub>c</sub> (plain largest remainder per company)
 * would suffer the Alabama paradox: a company gaining a unit can make one of its products lose one.</li>
 * </ol>
 * The property tests check this on random programs. Other products' amounts, including those of the
 * same company, may go down when one product's weight rises: that is what proportionality means.
 */
public final class Allocator {

    private static final int SHARE_SCALE = 10;
    private static final int AMOUNT_SCALE = 6;

    private Allocator() {
    }

    private static final class Line {
        final Candidate candidate;
        final boolean eligible;
        final String eligibility;
        final ReasonPart eligibilityPart;
        final BigDecimal weight;
        final Ratio w;
        Ratio exact = Ratio.ZERO;
        BigInteger amount = BigInteger.ZERO;
        boolean roundedUp;

        Line(Candidate candidate, boolean eligible, String eligibility, ReasonPart eligibilityPart, BigDecimal weight) {
            this.candidate = candidate;
            this.eligible = eligible;
            this.eligibility = eligibility;
            this.eligibilityPart = eligibilityPart;
            this.weight = weight;
            this.w = Ratio.of(weight);
        }
    }

    private static final class Company {
        final String name;
        final List<Line> lines = new ArrayList<>();
        BigDecimal weight = BigDecimal.ZERO;
        Ratio w = Ratio.ZERO;
        boolean capped;
        Ratio claimWhenCapped = Ratio.ZERO;
        Ratio exact = Ratio.ZERO;
        BigInteger amount = BigInteger.ZERO;

        Company(String name) {
            this.name = name;
        }
    }

    /** Allocates the program's budget across the candidates (product ids must be unique). */
    public static Allocation allocate(SupportProgram program, List<Candidate> candidates) {
        Set<String> ids = new HashSet<>();
        for (Candidate c : candidates) {
            if (!ids.add(c.productId())) {
                throw new IllegalArgumentException("product id " + c.productId() + " is listed twice");
            }
        }
        int minRank = program.rank(program.minimumTier());
        Formula formula = program.formula();

        Map<String, Company> companies = new TreeMap<>();
        List<Line> lines = new ArrayList<>();
        for (Candidate c : candidates) {
            int rank = program.rank(c.tier());
            Line line;
            if (c.tier() == null) {
                line = new Line(c, false, "not eligible: not certified (no tier)",
                        ReasonPart.of(ReasonPart.Code.NOT_CERTIFIED), BigDecimal.ZERO);
            } else if (rank < 0) {
                line = new Line(c, false, "not eligible: tier " + c.tier() + " is not one of the program's tiers "
                        + program.tierOrder(), ReasonPart.of(ReasonPart.Code.TIER_NOT_IN_PROGRAM, c.tier(),
                        program.tierOrder()), BigDecimal.ZERO);
            } else if (rank < minRank) {
                line = new Line(c, false, "not eligible: tier " + c.tier() + " is below the minimum tier "
                        + program.minimumTier(), ReasonPart.of(ReasonPart.Code.BELOW_MINIMUM, c.tier(),
                        program.minimumTier()), BigDecimal.ZERO);
            } else {
                BigDecimal weight = formula.weight(c);
                if (weight.signum() < 0) {
                    throw new IllegalStateException("formula gave a negative weight for " + c.productId());
                }
                line = new Line(c, true, "eligible: tier " + c.tier() + " (minimum " + program.minimumTier() + ")",
                        ReasonPart.of(ReasonPart.Code.ELIGIBLE, c.tier(), program.minimumTier()), weight);
            }
            lines.add(line);
            Company company = companies.computeIfAbsent(c.company(), Company::new);
            company.lines.add(line);
            company.weight = company.weight.add(line.weight);
            company.w = company.w.plus(line.w);
        }

        BigDecimal budget = program.budget();
        BigInteger distributable = budget.toBigInteger(); // floor: the budget is >= 0
        BigInteger cap = program.perCompanyCap() == null ? null : program.perCompanyCap().toBigInteger();

        // 1. exact company totals by water-filling
        List<Company> claiming = companies.values().stream().filter(c -> !c.w.isZero()).toList();
        Fill fill = waterFill(claiming, distributable, cap);
        for (Company c : claiming) {
            c.exact = c.capped ? Ratio.of(cap) : fill.level().times(c.w);
            for (Line l : c.lines) {
                l.exact = c.exact.times(l.w).over(c.w);
            }
        }
        Ratio sum = Ratio.ZERO;
        for (Company c : claiming) {
            sum = sum.plus(c.exact);
        }
        if (!sum.isInteger()) {
            throw new IllegalStateException("exact company totals do not add up to a whole number: " + sum);
        }
        BigInteger h = sum.floor();

        // 2. whole units per company: largest remainder over the exact totals
        roundCompanies(claiming, h);
        // 3. whole units per product inside each company: largest remainder over the exact shares
        for (Company c : claiming) {
            roundLines(c);
        }

        BigInteger allocatedInt = BigInteger.ZERO;
        for (Line l : lines) {
            allocatedInt = allocatedInt.add(l.amount);
        }
        BigDecimal allocated = new BigDecimal(allocatedInt);
        if (allocated.compareTo(budget) > 0) {
            throw new IllegalStateException("allocated " + allocated + " exceeds the budget " + budget);
        }

        List<String> notes = new ArrayList<>();
        List<ReasonPart> noteParts = new ArrayList<>();
        notes(program, claiming, distributable, cap, h, lines, notes, noteParts);
        List<AllocationLine> out = new ArrayList<>();
        for (Line l : lines) {
            Company c = companies.get(l.candidate.company());
            out.add(new AllocationLine(l.candidate, l.eligible, l.weight, share(l.exact, budget),
                    l.exact.toDecimal(AMOUNT_SCALE), new BigDecimal(l.amount), c.capped,
                    reason(program, l, c, fill, distributable, cap), reasonParts(program, l, c, fill, distributable, cap)));
        }
        out.sort(Comparator.comparing(AllocationLine::amount).reversed()
                .thenComparing(AllocationLine::eligible, Comparator.reverseOrder())
                .thenComparing(AllocationLine::weight, Comparator.reverseOrder())
                .thenComparing(AllocationLine::productId));
        List<CompanyTotal> totals = new ArrayList<>();
        for (Company c : companies.values()) {
            totals.add(new CompanyTotal(c.name, c.weight, c.exact.toDecimal(AMOUNT_SCALE), new BigDecimal(c.amount),
                    c.capped));
        }
        return new Allocation(program, out, totals, new BigDecimal(distributable), allocated,
                budget.subtract(allocated), notes, noteParts);
    }

    /** The outcome of water-filling: uncapped companies get level x weight; pool = what they share. */
    private record Fill(Ratio level, BigInteger pool, BigDecimal openWeight) {
    }

    /**
     * Marks the companies held at the cap and returns the level &lambda; for the others (their exact total is
     * &lambda; x weight). Capping a company whose claim reaches the cap raises the level for the rest, so
     * this repeats until no other company reaches it; at most one round per company. When every company
     * ends up capped the level no longer matters (the last round's is returned).
     */
    private static Fill waterFill(List<Company> claiming, BigInteger distributable, BigInteger cap) {
        Fill fill = new Fill(Ratio.ZERO, distributable, BigDecimal.ZERO);
        while (true) {
            BigInteger pool = distributable;
            Ratio open = Ratio.ZERO;
            BigDecimal openWeight = BigDecimal.ZERO;
            for (Company c : claiming) {
                if (c.capped) {
                    pool = pool.subtract(cap);
                } else {
                    open = open.plus(c.w);
                    openWeight = openWeight.add(c.weight);
                }
            }
            if (open.isZero()) {
                return fill; // every company is at the cap (or none claims anything)
            }
            fill = new Fill(Ratio.of(pool).over(open), pool, openWeight);
            if (cap == null) {
                return fill;
            }
            boolean changed = false;
            Ratio capR = Ratio.of(cap);
            for (Company c : claiming) {
                if (!c.capped && fill.level().times(c.w).compareTo(capR) >= 0) {
                    c.capped = true;
                    c.claimWhenCapped = fill.level().times(c.w);
                    changed = true;
                }
            }
            if (!changed) {
                return fill;
            }
        }
    }

    private static void roundCompanies(List<Company> claiming, BigInteger total) {
        BigInteger floors = BigInteger.ZERO;
        for (Company c : claiming) {
            c.amount = c.exact.floor();
            floors = floors.add(c.amount);
        }
        int left = total.subtract(floors).intValueExact();
        List<Company> ranked = new ArrayList<>(claiming);
        ranked.sort(Comparator.<Company, Ratio>comparing(c -> c.exact.fraction()).reversed()
                .thenComparing(c -> c.w, Comparator.reverseOrder())
                .thenComparing(c -> c.name));
        for (int i = 0; i < left; i++) {
            Company c = ranked.get(i);
            if (c.exact.fraction().isZero()) {
                throw new IllegalStateException("rounding would give " + c.name + " more than its exact share");
            }
            c.amount = c.amount.add(BigInteger.ONE);
        }
    }

    private static void roundLines(Company c) {
        BigInteger floors = BigInteger.ZERO;
        for (Line l : c.lines) {
            l.amount = l.exact.floor();
            floors = floors.add(l.amount);
        }
        int left = c.amount.subtract(floors).intValueExact();
        List<Line> ranked = new ArrayList<>(c.lines);
        ranked.sort(Comparator.<Line, Ratio>comparing(l -> l.exact.fraction()).reversed()
                .thenComparing(l -> l.w, Comparator.reverseOrder())
                .thenComparing(l -> l.candidate.productId()));
        for (int i = 0; i < left; i++) {
            Line l = ranked.get(i);
            if (l.exact.fraction().isZero()) {
                throw new IllegalStateException("rounding would give " + l.candidate.productId()
                        + " more than its exact share");
            }
            l.amount = l.amount.add(BigInteger.ONE);
            l.roundedUp = true;
        }
    }

    private static BigDecimal share(Ratio exact, BigDecimal budget) {
        if (budget.signum() == 0) {
            return BigDecimal.ZERO.setScale(SHARE_SCALE);
        }
        return exact.over(Ratio.of(budget)).toDecimal(SHARE_SCALE);
    }

    private static String plain(Ratio r) {
        return Numbers.plain(r.toDecimal(AMOUNT_SCALE));
    }

    private static String reason(SupportProgram p, Line l, Company c, Fill fill, BigInteger distributable,
                                 BigInteger cap) {
        if (!l.eligible) {
            return l.eligibility + ": 0";
        }
        StringBuilder sb = new StringBuilder(l.eligibility).append("; weight ")
                .append(p.formula().explain(l.candidate));
        if (l.w.isZero()) {
            return sb.append("; a weight of 0 gets no share: 0").toString();
        }
        if (c.capped) {
            sb.append("; company ").append(c.name).append(" is held at the cap of ").append(cap)
                    .append(" (its claim in proportion to weight, ").append(plain(c.claimWhenCapped))
                    .append(", reached the cap; the excess went to the other companies);")
                    .append(" its products share the cap by weight: ").append(Numbers.plain(l.weight))
                    .append(" / ").append(Numbers.plain(c.weight)).append(" x ").append(cap);
        } else {
            sb.append("; share by weight: ").append(Numbers.plain(l.weight)).append(" / ")
                    .append(Numbers.plain(fill.openWeight())).append(" x ").append(fill.pool());
            if (fill.pool().compareTo(distributable) != 0) {
                sb.append(" (what is left after the capped companies)");
            }
        }
        sb.append(" = ").append(plain(l.exact)).append(" exactly");
        if (l.exact.isInteger()) {
            sb.append("; a whole amount: ").append(l.amount);
        } else if (l.roundedUp) {
            sb.append("; rounded down to ").append(l.exact.floor()).append(", plus 1 by largest remainder: ")
                    .append(l.amount);
        } else {
            sb.append("; rounded down: ").append(l.amount);
        }
        return sb.append(' ').append(p.currency()).toString();
    }

    private static void notes(SupportProgram p, List<Company> claiming, BigInteger distributable,
                              BigInteger cap, BigInteger h, List<Line> lines, List<String> notes,
                              List<ReasonPart> parts) {
        BigDecimal fraction = p.budget().subtract(new BigDecimal(distributable));
        if (fraction.signum() > 0) {
            notes.add("the budget's fraction " + Numbers.plain(fraction) + " " + p.currency()
                    + " stays unallocated: amounts are whole units");
            parts.add(ReasonPart.of(ReasonPart.Code.NOTE_BUDGET_FRACTION, fraction, p.currency()));
        }
        if (cap != null && p.perCompanyCap().compareTo(new BigDecimal(cap)) != 0) {
            notes.add("the per-company cap " + Numbers.plain(p.perCompanyCap()) + " allows at most " + cap
                    + " in whole units");
            parts.add(ReasonPart.of(ReasonPart.Code.NOTE_CAP_FRACTION, p.perCompanyCap(), new BigDecimal(cap)));
        }
        if (claiming.isEmpty()) {
            boolean anyEligible = lines.stream().anyMatch(l -> l.eligible);
            notes.add((anyEligible ? "no eligible product has a positive weight"
                    : "no product is eligible") + ": the whole budget stays unallocated");
            parts.add(ReasonPart.of(anyEligible ? ReasonPart.Code.NOTE_NO_WEIGHT : ReasonPart.Code.NOTE_NONE_ELIGIBLE));
        } else if (claiming.stream().allMatch(c -> c.capped) && h.compareTo(distributable) < 0) {
            notes.add("every company with a claim is held at the cap of " + cap + ": "
                    + distributable.subtract(h) + " " + p.currency() + " stays unallocated");
            parts.add(ReasonPart.of(ReasonPart.Code.NOTE_ALL_CAPPED, new BigDecimal(cap),
                    new BigDecimal(distributable.subtract(h)), p.currency()));
        }
        long cappedCount = claiming.stream().filter(c -> c.capped).count();
        if (cappedCount > 0) {
            notes.add(cappedCount + " compan" + (cappedCount == 1 ? "y is" : "ies are") + " held at the cap of "
                    + cap + "; the excess went to the others in proportion to weight");
            parts.add(ReasonPart.of(ReasonPart.Code.NOTE_CAPPED, BigDecimal.valueOf(cappedCount), new BigDecimal(cap)));
        }
    }

    /** {@link #reason} clause by clause, as codes with figures. */
    private static List<ReasonPart> reasonParts(SupportProgram p, Line l, Company c, Fill fill, BigInteger distributable,
                                                BigInteger cap) {
        List<ReasonPart> parts = new ArrayList<>();
        parts.add(l.eligibilityPart);
        if (!l.eligible) {
            return parts;
        }
        parts.add(p.formula().explainPart(l.candidate));
        if (l.w.isZero()) {
            parts.add(ReasonPart.of(ReasonPart.Code.ZERO_WEIGHT));
            return parts;
        }
        if (c.capped) {
            parts.add(ReasonPart.of(ReasonPart.Code.CAPPED_SHARE, c.name, new BigDecimal(cap),
                    c.claimWhenCapped.toDecimal(AMOUNT_SCALE), l.weight, c.weight));
        } else {
            parts.add(ReasonPart.of(fill.pool().compareTo(distributable) != 0 ? ReasonPart.Code.SHARE_AFTER_CAPS
                    : ReasonPart.Code.SHARE, l.weight, fill.openWeight(), new BigDecimal(fill.pool())));
        }
        parts.add(ReasonPart.of(ReasonPart.Code.EXACT, l.exact.toDecimal(AMOUNT_SCALE)));
        if (l.exact.isInteger()) {
            parts.add(ReasonPart.of(ReasonPart.Code.WHOLE, new BigDecimal(l.amount), p.currency()));
        } else if (l.roundedUp) {
            parts.add(ReasonPart.of(ReasonPart.Code.ROUNDED_UP, new BigDecimal(l.exact.floor()), new BigDecimal(l.amount),
                    p.currency()));
        } else {
            parts.add(ReasonPart.of(ReasonPart.Code.ROUNDED_DOWN, new BigDecimal(l.amount), p.currency()));
        }
        return parts;
    }
}
