package org.localis.bom;

import java.io.IOException;
import java.io.Writer;
import java.util.Random;

/**
 * Writes a synthetic multi-level BOM in the {@code bom.csv} format, the same for the same seed:
 * nested make assemblies (up to six levels) with purchased parts from a mix of countries. Used by the
 * benchmarks, by tests and by demo data. Not a model of any real product.
 */
public final class BomGenerator {

    private static final String[] ORIGINS = {"RU", "RU", "RU", "RU", "RU", "CN", "CN", "CN", "DE", "DE", "US", "MX",
            "JP", "KR", "TR", "BY", "KZ", ""};
    private static final int MAX_DEPTH = 6;

    private BomGenerator() {
    }

    /** Writes {@code lines} BOM lines (plus the header) for {@code seed}. */
    public static void write(Writer out, int lines, long seed) throws IOException {
        if (lines < 1) {
            throw new IllegalArgumentException("at least one line");
        }
        Random r = new Random(seed);
        out.write("part,parent,description,quantity,uom,unit_cost,currency,origin,supplier,make_buy,certificate\n");
        String[] stack = new String[MAX_DEPTH + 1];
        int depth = 0; // number of open make parts on the current path
        StringBuilder sb = new StringBuilder(128);
        for (int i = 0; i < lines; i++) {
            // go up a level or two now and then; back to the top (a new vehicle system) rarely, so a
            // large BOM has a few dozen top-level systems as a vehicle does
            if (depth > 1 && r.nextInt(4) == 0) {
                depth = 1 + r.nextInt(depth - 1);
            } else if (depth == 1 && r.nextInt(Math.max(4, lines / 40)) == 0) {
                depth = 0;
            }
            String parent = depth == 0 ? "" : stack[depth - 1];
            boolean make = depth < MAX_DEPTH && (depth == 0 || r.nextInt(100) < 12) && i < lines - 1;
            String part = String.format("P%07d", i + 1);
            sb.setLength(0);
            sb.append(part).append(',').append(parent).append(',');
            sb.append(make ? "Assembly " : "Part ").append(i + 1).append(',');
            sb.append(1 + (r.nextInt(10) < 7 ? 0 : r.nextInt(4))).append(",EA,");
            int cents = make ? r.nextInt(50_000) : 100 + r.nextInt(r.nextInt(10) == 0 ? 2_000_000 : 200_000);
            sb.append(cents / 100).append('.').append(cents % 100 < 10 ? "0" : "").append(cents % 100).append(",,");
            sb.append(make ? "" : ORIGINS[r.nextInt(ORIGINS.length)]).append(',');
            sb.append(make ? "" : "SUP-" + r.nextInt(500)).append(',');
            sb.append(make ? "make" : "buy").append(",\n");
            out.write(sb.toString());
            if (make) {
                stack[depth++] = part;
            }
        }
    }
}
