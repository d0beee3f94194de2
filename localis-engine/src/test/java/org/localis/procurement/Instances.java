package org.localis.procurement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.localis.fleet.Season;
import org.localis.fleet.TireSize;

/** Random planning instances for property tests. */
final class Instances {

    static final Set<String> QUALIFYING = Set.of("T2", "T3");
    private static final String[] KEYS = {"205/55 R16", "195/65 R15"};
    private static final String[] SPEEDS = {"T", "H", "V"};
    private static final String[] TIERS = {"T1", "T2", "T3"};
    private static final BigDecimal[] PREFERENCES = {BigDecimal.ZERO, new BigDecimal("0.15"), new BigDecimal("0.3")};

    /** An instance: requirements, offers, budget and rules. */
    record Instance(List<Requirement> requirements, List<Offer> offers, long budget, PlanRules rules) {
    }

    private Instances() {
    }

    /** A tiny instance, small enough to enumerate every plan. */
    static Instance tiny(long seed) {
        Random r = new Random(seed);
        return random(r, 1 + r.nextInt(3), 3 + r.nextInt(2), 3, 3, true);
    }

    /** A medium instance: up to 12 requirements, 30 offers. */
    static Instance medium(long seed) {
        Random r = new Random(seed);
        return random(r, 1 + r.nextInt(12), 1 + r.nextInt(30), 60, 40, false);
    }

    /**
     * A crowded instance (issue 23): a few offer kinds on one or two lines, each kind offered several times under
     * other ids (identical offers) or a price step apart (near-identical), with a budget that binds. {@code tiny}:
     * small enough to enumerate every plan.
     */
    static Instance crowded(long seed, boolean tiny) {
        Random r = new Random(seed);
        int lines = 1 + r.nextInt(2);
        List<Requirement> rs = new ArrayList<>();
        long demand = 0;
        for (int j = 0; j < lines; j++) {
            int q = tiny ? 1 + r.nextInt(3) : 5 + r.nextInt(25);
            rs.add(new Requirement("R" + j, TireSize.parse(KEYS[j] + " 91H"), Season.WINTER, q));
            demand += q;
        }
        List<Offer> os = new ArrayList<>();
        int kinds = tiny ? 2 : 2 + r.nextInt(4);
        int offers = tiny ? 4 + r.nextInt(2) - lines : 6 + r.nextInt(8);
        long[] kindPrice = new long[kinds];
        boolean[] kindDomestic = new boolean[kinds];
        int[] kindLine = new int[kinds];
        for (int k = 0; k < kinds; k++) {
            kindPrice[k] = 1000 + 100L * r.nextInt(4);
            kindDomestic[k] = r.nextBoolean();
            kindLine[k] = r.nextInt(lines);
        }
        for (int i = 0; i < offers; i++) {
            int k = r.nextInt(kinds);
            long price = kindPrice[k] + (r.nextInt(3) == 0 ? 100L * r.nextInt(2) : 0);
            DomesticStatus d = kindDomestic[k] ? new DomesticStatus("C" + k, "T3", BigDecimal.TEN, true) : null;
            os.add(new Offer("O" + (char) ('a' + r.nextInt(26)) + i, "S" + i, "Brand", "Model",
                    TireSize.parse(KEYS[kindLine[k]] + " 91H"), Season.WINTER, price,
                    tiny ? 1 + r.nextInt(3) : 1 + r.nextInt(20), 7, d));
        }
        long budget = r.nextInt((int) (demand * 1300) + 1);
        return new Instance(rs, os, budget, PlanRules.defaults(QUALIFYING));
    }

    static Instance random(Random r, int requirements, int offers, int maxQuantity, int maxAvailable,
                           boolean close) {
        List<Requirement> rs = new ArrayList<>();
        for (int j = 0; j < requirements; j++) {
            rs.add(new Requirement("R" + j, tire(r, close),
                    close ? (r.nextInt(5) == 0 ? Season.SUMMER : Season.WINTER) : season(r, false),
                    close ? 1 + r.nextInt(maxQuantity) : r.nextInt(maxQuantity + 1)));
        }
        List<Offer> os = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < offers; i++) {
            long price = close ? 1000 + 100L * r.nextInt(6)
                    : 1000 + 500L * r.nextInt(9) + (r.nextInt(4) == 0 ? r.nextInt(500) : 0);
            int available = close ? 1 + r.nextInt(maxAvailable) : r.nextInt(maxAvailable + 1);
            DomesticStatus d = switch (close ? r.nextInt(6) : r.nextInt(4)) {
                case 0 -> null;
                case 1 -> new DomesticStatus("C" + i, TIERS[r.nextInt(3)], BigDecimal.valueOf(r.nextInt(100)), false);
                case 4, 5 -> new DomesticStatus("C" + i, "T3", BigDecimal.valueOf(r.nextInt(100)), true);
                default -> new DomesticStatus("C" + i, TIERS[r.nextInt(3)], BigDecimal.valueOf(r.nextInt(100)), true);
            };
            if (close && d != null) {
                price += 200; // certified offers a little dearer: the preference, not the price, makes them win
            }
            os.add(new Offer("O" + (char) ('a' + r.nextInt(26)) + i, "S" + r.nextInt(3), "Brand", "Model", tire(r, close),
                    season(r, close), price, available, r.nextInt(30), d));
            total += price * available;
        }
        long demand = rs.stream().mapToLong(Requirement::quantity).sum();
        // close: a budget around what the demand costs, where the budget decides between domestic and import
        long budget = close ? r.nextInt((int) (demand * 1600) + 1)
                : r.nextInt(5) == 0 ? total + r.nextInt(1000) : (long) (r.nextDouble() * total);
        PlanRules rules = new PlanRules(PREFERENCES[close ? 1 + r.nextInt(2) : r.nextInt(3)], QUALIFYING, r.nextBoolean(), r.nextBoolean(),
                PlanRules.DEFAULT_NODE_LIMIT);
        return new Instance(rs, os, budget, rules);
    }

    /** A tire; {@code close}: one size, two load indices and speeds, so that most offers fit. */
    private static TireSize tire(Random r, boolean close) {
        if (close) {
            return TireSize.parse(KEYS[0] + " " + (91 + (r.nextInt(4) == 0 ? 1 : 0)) + SPEEDS[1 + r.nextInt(2)]);
        }
        String key = KEYS[r.nextInt(r.nextInt(4) == 0 ? 2 : 1)];
        return TireSize.parse(key + " " + (91 + r.nextInt(3)) + SPEEDS[r.nextInt(3)]);
    }

    /** A season; {@code close}: mostly winter, an all-season or a summer tire now and then. */
    private static Season season(Random r, boolean close) {
        if (close) {
            int k = r.nextInt(7);
            return k < 5 ? Season.WINTER : k == 3 ? Season.SUMMER : Season.ALL_SEASON;
        }
        return Season.values()[r.nextInt(3)];
    }
}
