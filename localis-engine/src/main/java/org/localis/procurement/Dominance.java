package org.localis.procurement;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drops offers that no optimal plan buys from, before the exact search (issue 23: a crowded list of near-identical
 * offers).
 *
 * <p><b>The rule.</b> Offers that may fill exactly the same requirements form a class {@code S}. Within it, offer
 * {@code a} <em>dominates</em> offer {@code b} when {@code real(a) <= real(b)} and {@code objective(a) <
 * objective(b)} (the planner's per-unit objective: evaluated price, then real price, then the rank of the offer
 * id, so two identical offers are strictly ordered by id). If some plan buys a unit of {@code b} for a line of
 * {@code S} while a dominating offer {@code a} has a unit left, moving that unit to {@code a} keeps the tires of
 * every line, does not spend more and lowers the objective: so in every optimal plan (and in every plan of the
 * most tires within the money, where the move keeps it within the money) {@code b} is bought from only when all
 * the offers dominating it are sold out. When those offers together have at least the demand of all the lines of
 * {@code S}, they cannot all be sold out while {@code b} sells too (the lines would receive more than their
 * demand), so {@code b} is never bought and is dropped. The coverage, the least evaluated cost, the least real
 * cost and the tie-break by offer id of the plan are unchanged; only the search is smaller. Identical offers are
 * the extreme case: the one with the smaller id dominates.
 *
 * <p>Every offer's quantity is also capped at the demand of its lines: it can never sell more.
 */
final class Dominance {

    private Dominance() {
    }

    /**
     * Which offers to keep.
     *
     * @param fits      whether offer i may fill requirement j
     * @param demand    each requirement's quantity
     * @param real      each offer's real unit price
     * @param objective each offer's unit objective (distinct for distinct offers)
     * @param available each offer's quantity
     */
    static boolean[] keep(boolean[][] fits, long[] demand, BigInteger[] real, BigInteger[] objective,
                          long[] available) {
        int n = fits.length;
        boolean[] keep = new boolean[n];
        Map<String, List<Integer>> classes = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            classes.computeIfAbsent(signature(fits[i]), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> members : classes.values()) {
            int first = members.get(0);
            long classDemand = 0;
            for (int j = 0; j < demand.length; j++) {
                if (fits[first][j]) {
                    classDemand = Math.addExact(classDemand, demand[j]);
                }
            }
            if (classDemand == 0) {
                continue; // fits nothing that is wanted: never bought
            }
            Integer[] byObjective = members.toArray(Integer[]::new);
            Arrays.sort(byObjective, (x, y) -> objective[x].compareTo(objective[y]));
            for (int p = 0; p < byObjective.length; p++) {
                int b = byObjective[p];
                if (available[b] == 0) {
                    continue;
                }
                long dominating = 0;
                for (int q = 0; q < p && dominating < classDemand; q++) {
                    int a = byObjective[q];
                    if (real[a].compareTo(real[b]) <= 0) {
                        dominating += available[a];
                    }
                }
                keep[b] = dominating < classDemand;
            }
        }
        return keep;
    }

    /** The quantity an offer can ever sell: at most the demand of the requirements it fits. */
    static long usable(boolean[] fitsOf, long[] demand, long available) {
        long d = 0;
        for (int j = 0; j < demand.length; j++) {
            if (fitsOf[j]) {
                d = Math.addExact(d, demand[j]);
            }
        }
        return Math.min(d, available);
    }

    private static String signature(boolean[] row) {
        char[] c = new char[row.length];
        for (int j = 0; j < row.length; j++) {
            c[j] = row[j] ? '1' : '0';
        }
        return new String(c);
    }
}
