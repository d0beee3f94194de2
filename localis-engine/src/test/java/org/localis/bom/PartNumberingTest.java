package org.localis.bom;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Numbering on several threads gives the ids of numbering line by line, and both give the ids the definition says. */
class PartNumberingTest {

    /**
     * Random lines over a small alphabet of part numbers, so that numbers repeat, parents are missing or come after
     * their children, and strings of equal hash meet ("Aa" and "BB" have the same {@code hashCode}); "" as a part
     * number now and then (the product's).
     */
    private static List<BomLine> lines(long seed, int n) {
        Random r = new Random(seed);
        String[] alphabet = {"Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "P1", "P2", "", "Q"};
        int distinct = 1 + r.nextInt(Math.max(1, n));
        List<BomLine> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String part = name(r, alphabet, distinct);
            String parent = r.nextInt(4) == 0 ? "" : name(r, alphabet, distinct + 3);
            // a parent string equal to but not the same as a part's, now and then
            parent = r.nextBoolean() ? new String(parent.toCharArray()) : parent;
            out.add(new BomLine(i + 2, part, parent, "", BigDecimal.ONE, "EA", BigDecimal.ONE, "", "RU", "",
                    r.nextBoolean() ? MakeBuy.MAKE : MakeBuy.BUY, ""));
        }
        return out;
    }

    private static String name(Random r, String[] alphabet, int distinct) {
        int k = r.nextInt(distinct + alphabet.length);
        return k < alphabet.length ? alphabet[k] : "X" + k;
    }

    /** The ids as defined: "" is 0, others from 1 in the order of first appearance; a parent's id, or -1. */
    private static String expected(List<BomLine> lines) {
        Map<String, Integer> ids = new HashMap<>();
        List<String> names = new ArrayList<>(List.of(""));
        ids.put("", 0);
        int[] part = new int[lines.size()];
        int[] parent = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            String p = lines.get(i).part();
            if (!ids.containsKey(p)) {
                ids.put(p, names.size());
                names.add(p);
            }
            part[i] = ids.get(p);
        }
        for (int i = 0; i < lines.size(); i++) {
            parent[i] = ids.getOrDefault(lines.get(i).parent(), -1);
        }
        boolean[] make = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            make[i] = lines.get(i).isMake();
        }
        return Arrays.toString(part) + " " + Arrays.toString(parent) + " " + names + " " + Arrays.toString(make);
    }

    private static String of(PartNumbering n) {
        return Arrays.toString(n.linePart) + " " + Arrays.toString(n.lineParent) + " " + List.of(n.names) + " "
                + Arrays.toString(n.make);
    }

    @Property(tries = 300)
    void everyNumberingGivesTheIdsOfTheDefinition(@ForAll @IntRange(min = 1, max = 400) int n,
                                                  @ForAll @IntRange(min = 1, max = 5) int threads, @ForAll long seed) {
        List<BomLine> lines = lines(seed, n);
        assertThat(of(PartNumbering.of(lines.toArray(new BomLine[0]), threads))).isEqualTo(expected(lines));
    }

    @Property(tries = 5)
    void aLargeBomOnSeveralThreads(@ForAll @IntRange(min = 100_000, max = 150_000) int n, @ForAll long seed) {
        List<BomLine> lines = new ArrayList<>(n);
        Random r = new Random(seed);
        for (int i = 0; i < n; i++) { // a tree, and a tenth of the part numbers used again
            String part = "P" + (r.nextInt(10) == 0 && i > 0 ? r.nextInt(i) : i);
            String parent = i == 0 || r.nextInt(30) == 0 ? "" : "P" + r.nextInt(i);
            lines.add(new BomLine(i + 2, part, parent, "", BigDecimal.ONE, "EA", BigDecimal.ONE, "", "RU", "",
                    i % 3 == 0 ? MakeBuy.MAKE : MakeBuy.BUY, ""));
        }
        String one = of(PartNumbering.of(lines.toArray(new BomLine[0]), 1));
        assertThat(of(PartNumbering.of(lines.toArray(new BomLine[0])))).isEqualTo(one);
        assertThat(of(PartNumbering.of(lines.toArray(new BomLine[0]), 3))).isEqualTo(one).isEqualTo(expected(lines));
    }
}
