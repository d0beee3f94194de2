package org.localis.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.localis.bom.BomLine;
import org.localis.bom.MakeBuy;

/** Random but valid multi-level BOMs for property tests, reproducible from a seed. */
public final class RandomBoms {

    public static final String[] ORIGINS = {"RU", "US", "MX", "CN", "DE", "", "CA", "JP"};

    private RandomBoms() {
    }

    public static List<BomLine> lines(long seed, int maxLines) {
        Random r = new Random(seed);
        int n = 1 + r.nextInt(maxLines);
        List<BomLine> lines = new ArrayList<>(n);
        List<String> makes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String part = "P" + i;
            String parent = makes.isEmpty() || r.nextInt(4) == 0 ? "" : makes.get(r.nextInt(makes.size()));
            boolean make = r.nextInt(3) == 0;
            BigDecimal qty = r.nextInt(5) == 0 ? BigDecimal.valueOf(1 + r.nextInt(8), 1) : BigDecimal.valueOf(1 + r.nextInt(5));
            BigDecimal cost = BigDecimal.valueOf(r.nextInt(1_000_000), 2);
            String origin = ORIGINS[r.nextInt(ORIGINS.length)];
            if (make && r.nextBoolean()) {
                origin = "";
            }
            lines.add(new BomLine(i + 2, part, parent, "", qty, "EA", cost, "", origin, "",
                    make ? MakeBuy.MAKE : MakeBuy.BUY, ""));
            if (make) {
                makes.add(part);
            }
        }
        return lines;
    }
}
