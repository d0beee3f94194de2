package org.localis.support;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random support programs and candidates for property tests, reproducible from a seed. Biased towards
 * small numbers, few companies and repeated values so that ties, caps that bind exactly, zero weights and
 * remainders of exactly 1/2 come up often.
 */
final class RandomPrograms {

    static final List<String> TIERS = List.of("bronze", "silver", "gold");

    record Scenario(SupportProgram program, List<Candidate> candidates) {
    }

    private RandomPrograms() {
    }

    static Scenario scenario(long seed) {
        Random r = new Random(seed);
        BigDecimal budget = switch (r.nextInt(5)) {
            case 0 -> BigDecimal.valueOf(r.nextInt(20));
            case 1 -> BigDecimal.valueOf(r.nextInt(200));
            case 2 -> BigDecimal.valueOf(r.nextInt(10_000_000));
            case 3 -> BigDecimal.valueOf(r.nextInt(100_000), 2); // a fraction of a unit
            default -> BigDecimal.valueOf(r.nextInt(1000));
        };
        BigDecimal cap = switch (r.nextInt(4)) {
            case 0 -> null;
            case 1 -> BigDecimal.valueOf(r.nextInt(Math.max(1, budget.intValue() + 2)));
            case 2 -> BigDecimal.valueOf(r.nextInt(Math.max(1, budget.intValue() / 2 + 2)));
            default -> BigDecimal.valueOf(r.nextInt(Math.max(1, 100 * (budget.intValue() + 2))), 2);
        };
        String minimum = TIERS.get(r.nextInt(TIERS.size()));
        Formula formula = switch (r.nextInt(3)) {
            case 0 -> new Formula.ScoreAboveThresholdTimesVolume();
            case 1 -> new Formula.ScoreTimesVolume();
            default -> {
                Map<String, BigDecimal> w = new LinkedHashMap<>();
                int base = r.nextInt(3);
                for (String t : TIERS) {
                    base += r.nextInt(3);
                    w.put(t, BigDecimal.valueOf(base * 5L, 1));
                }
                yield new Formula.TierWeights(w);
            }
        };
        SupportProgram program = new SupportProgram("p", "Program", budget, "RUB", minimum, TIERS, formula, cap);

        int companies = 1 + r.nextInt(4);
        int n = r.nextInt(10);
        boolean smallVolumes = r.nextBoolean();
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String tier = switch (r.nextInt(6)) {
                case 0 -> null;
                case 1 -> r.nextInt(4) == 0 ? "platinum" : TIERS.get(0);
                default -> TIERS.get(r.nextInt(TIERS.size()));
            };
            BigDecimal threshold = BigDecimal.valueOf(40 + 5 * r.nextInt(3));
            BigDecimal score = r.nextInt(3) == 0
                    ? BigDecimal.valueOf(r.nextInt(10_000), 2)
                    : BigDecimal.valueOf(35 + r.nextInt(30));
            long volume = smallVolumes ? r.nextInt(6) : r.nextInt(200_000);
            candidates.add(new Candidate("P" + (char) ('A' + i) + i, "Product " + i, "Company " + r.nextInt(companies),
                    tier, score, threshold, volume, tier == null ? null : "CERT-" + i));
        }
        return new Scenario(program, candidates);
    }
}
