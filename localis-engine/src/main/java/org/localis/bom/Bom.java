package org.localis.bom;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.localis.input.ErrorCollector;
import org.localis.input.InvalidInputException;

/**
 * A validated multi-level bill of materials: every parent exists and is a {@code make} part, no
 * (parent, part) pair repeats, there is no cycle. A part number may appear under several parents;
 * the child lines of a part are the lines whose {@code parent} is that part number.
 *
 * <p>Parts are numbered internally (id 0 is the product itself) and child lists are stored as
 * compact arrays, so that valuation of a million-line BOM needs no per-line maps.
 */
public final class Bom {

    /** Part id of the product (the root of the tree). */
    public static final int PRODUCT = 0;

    private final String file;
    private final BomLine[] lineArray;
    private final List<BomLine> lines;
    private final String[] partNames;
    private final int[] linePart;
    private final int[] lineParent;
    private final int[] childStart;
    private final int[] childLines;
    private final int[] bottomUp;
    private final DecimalColumn quantities;
    private final DecimalColumn unitCosts;

    private Bom(String file, BomLine[] lineArray, String[] partNames, int[] linePart, int[] lineParent,
                int[] childStart, int[] childLines, int[] bottomUp, BomRowParser.Amounts amounts) {
        this.file = file;
        List<BomLine> lines = Collections.unmodifiableList(java.util.Arrays.asList(lineArray));
        boolean read = amounts != null && amounts.quantities().size() == lines.size()
                && amounts.unitCosts().size() == lines.size();
        this.quantities = (read ? amounts.quantities() : DecimalColumn.of(lines.stream().map(BomLine::quantity).toList()))
                .freeze();
        this.unitCosts = (read ? amounts.unitCosts() : DecimalColumn.of(lines.stream().map(BomLine::unitCost).toList()))
                .freeze();
        this.lineArray = lineArray;
        this.lines = lines;
        this.partNames = partNames;
        this.linePart = linePart;
        this.lineParent = lineParent;
        this.childStart = childStart;
        this.childLines = childLines;
        this.bottomUp = bottomUp;
    }

    /**
     * Checks the structure of read lines and builds the BOM.
     *
     * @throws InvalidInputException with every structural problem found
     */
    public static Bom of(String file, List<BomLine> lines) {
        return of(file, lines, new ErrorCollector(file), Set.of(), null);
    }

    /**
     * Checks the structure of the lines that were read and builds the BOM, adding the structural problems to
     * the field problems already in {@code errors}, so that a file's problems are all reported at once.
     *
     * @param unreadParts part numbers of lines that were not read (a field was wrong): a parent among them is
     *                    not reported as missing
     * @throws InvalidInputException with every problem in {@code errors}
     */
    static Bom of(String file, List<BomLine> lines, ErrorCollector errors, Set<String> unreadParts) {
        return of(file, lines, errors, unreadParts, null);
    }

    /**
     * As above; {@code amounts}, when not null, are the lines' quantities and unit costs as the reader read them
     * (else they are taken from the lines).
     */
    static Bom of(String file, List<BomLine> lines, ErrorCollector errors, Set<String> unreadParts,
                  BomRowParser.Amounts amounts) {
        if (lines.isEmpty()) {
            errors.add(0, "", "the BOM has no lines");
            errors.throwIfAny();
        }
        // an array of its own (the caller's list may change; the client compiler calls List.get through the interface)
        BomLine[] line = lines.toArray(new BomLine[0]);
        int n = line.length;
        PartNumbering ids = PartNumbering.of(line);
        List<String> names = java.util.Arrays.asList(ids.names);
        int[] linePart = ids.linePart;
        int[] lineParent = ids.lineParent;
        int parts = names.size();
        // which parts have make lines / buy lines, and the first line (index) of each
        byte[] kind = new byte[parts]; // bit 1 = make seen, bit 2 = buy seen
        int[] firstBuy = new int[parts];
        int[] firstMake = new int[parts];
        boolean[] make = ids.make;
        for (int i = 0; i < n; i++) {
            int p = linePart[i];
            if (make[i]) {
                if ((kind[p] & 1) == 0) {
                    firstMake[p] = i;
                }
                kind[p] |= 1;
            } else {
                if ((kind[p] & 2) == 0) {
                    firstBuy[p] = i;
                }
                kind[p] |= 2;
            }
        }
        for (int p = 1; p < parts; p++) {
            if (kind[p] == 3) {
                int madeOn = line[firstMake[p]].line();
                int boughtOn = line[firstBuy[p]].line();
                errors.add(Math.max(madeOn, boughtOn), "make_buy",
                        "part " + names.get(p) + " is make on line " + madeOn + " and buy on line "
                                + boughtOn + "; a part number is either made or bought");
            }
        }
        // (parent, part) must be unique; only parts used on several lines can repeat a pair
        int[] uses = new int[parts];
        for (int i = 0; i < n; i++) {
            uses[linePart[i]]++;
        }
        Map<Long, Integer> pairLine = new HashMap<>();
        int[] childCount = new int[parts];
        boolean[] buyParentReported = new boolean[parts];
        for (int i = 0; i < n; i++) {
            BomLine l = line[i];
            int parentId = lineParent[i];
            if (parentId < 0) {
                if (!unreadParts.contains(l.parent())) {
                    errors.add(l.line(), "parent", "parent " + l.parent() + " of part " + l.part()
                            + " is not a part of this BOM");
                }
                lineParent[i] = -1;
                continue;
            }
            lineParent[i] = parentId;
            if (parentId != PRODUCT && kind[parentId] == 2 && !buyParentReported[parentId]) {
                buyParentReported[parentId] = true;
                errors.add(line[firstBuy[parentId]].line(), "make_buy", "part " + l.parent()
                        + " has child lines (line " + l.line() + ") but is marked buy; mark it make");
            }
            if (uses[linePart[i]] > 1) {
                long key = ((long) parentId << 32) | linePart[i];
                Integer first = pairLine.putIfAbsent(key, l.line());
                if (first != null) {
                    String where = l.parent().isEmpty() ? "at the top level of the product" : "under parent " + l.parent();
                    errors.add(l.line(), "part", "part " + l.part() + " appears twice " + where
                            + " (first on line " + first + ")");
                    lineParent[i] = -1;
                    continue;
                }
            }
            childCount[parentId]++;
            if (errors.full()) {
                errors.throwIfAny();
            }
        }

        int[] childStart = new int[parts + 1];
        for (int p = 0; p < parts; p++) {
            childStart[p + 1] = childStart[p] + childCount[p];
        }
        int[] fill = new int[parts];
        int[] childLines = new int[n];
        for (int i = 0; i < n; i++) {
            int p = lineParent[i];
            if (p >= 0) {
                childLines[childStart[p] + fill[p]++] = i;
            }
        }
        if (childCount[PRODUCT] == 0) {
            errors.add(0, "parent", "no line is a direct child of the product (every line has a parent)");
        }
        int[] order = topologicalOrder(parts, childStart, childLines, linePart, line, names, errors);
        errors.throwIfAny();
        return new Bom(file, line, ids.names,
                linePart, lineParent, childStart, childLines, order, amounts);
    }

    /**
     * Parts in an order where every part comes after all parts below it (children first), found by
     * an iterative depth-first search that also reports cycles and parts unreachable from the product.
     */
    private static int[] topologicalOrder(int parts, int[] childStart, int[] childLines, int[] linePart,
                                          BomLine[] lines, List<String> names, ErrorCollector errors) {
        byte[] state = new byte[parts]; // 0 new, 1 on stack, 2 done
        int[] order = new int[parts];
        int count = 0;
        int[] stack = new int[parts];
        int[] next = new int[parts];
        int[] viaLine = new int[parts];
        for (int root = 0; root < parts; root++) {
            if (state[root] != 0) {
                continue;
            }
            int sp = 0;
            stack[sp++] = root;
            state[root] = 1;
            next[root] = childStart[root];
            while (sp > 0) {
                int p = stack[sp - 1];
                if (next[p] < childStart[p + 1]) {
                    int lineIdx = childLines[next[p]++];
                    int c = linePart[lineIdx];
                    if (state[c] == 0) {
                        state[c] = 1;
                        viaLine[c] = lineIdx;
                        next[c] = childStart[c];
                        stack[sp++] = c;
                    } else if (state[c] == 1) {
                        errors.add(lines[lineIdx].line(), "parent", "cycle in the BOM: "
                                + cyclePath(stack, sp, c, names));
                        if (errors.full()) {
                            return order;
                        }
                    }
                } else {
                    state[p] = 2;
                    order[count++] = p;
                    sp--;
                }
            }
        }
        return order;
    }

    private static String cyclePath(int[] stack, int sp, int start, List<String> names) {
        StringBuilder sb = new StringBuilder();
        int from = sp - 1;
        while (from > 0 && stack[from] != start) {
            from--;
        }
        for (int k = from; k < sp; k++) {
            sb.append(names.get(stack[k])).append(" -> ");
        }
        return sb.append(names.get(start)).toString();
    }

    public String file() {
        return file;
    }

    public List<BomLine> lines() {
        return lines;
    }

    public int size() {
        return lineArray.length;
    }

    public BomLine line(int index) {
        return lineArray[index];
    }

    /**
     * The lines' quantities, by line index, as unscaled longs and scales (frozen: a valuation reads a million
     * of them without a {@code BigDecimal} each). The same values as {@link BomLine#quantity()}.
     */
    public DecimalColumn quantities() {
        return quantities;
    }

    /** The lines' unit costs, as {@link #quantities()} (the same values as {@link BomLine#unitCost()}). */
    public DecimalColumn unitCosts() {
        return unitCosts;
    }

    /** Number of distinct part ids including the product (id 0). */
    public int partCount() {
        return partNames.length;
    }

    public String partName(int partId) {
        return partNames[partId];
    }

    /** Part id of the line at {@code index}. */
    public int partOf(int index) {
        return linePart[index];
    }

    /** Part id of the parent of the line at {@code index} ({@link #PRODUCT} for top-level lines). */
    public int parentOf(int index) {
        return lineParent[index];
    }

    /** Number of child lines of a part. */
    public int childCount(int partId) {
        return childStart[partId + 1] - childStart[partId];
    }

    /** The {@code k}-th child line index of a part. */
    public int child(int partId, int k) {
        return childLines[childStart[partId] + k];
    }

    /** Part ids, children before their parents; the product (id 0) comes last among its ancestors. */
    public int[] bottomUpOrder() {
        return bottomUp.clone();
    }

    /**
     * Total quantity of every part per one unit of the product, summed over all paths through the
     * tree (a part used under several parents counts on each).
     */
    public java.math.BigDecimal[] quantityPerProduct() {
        java.math.BigDecimal[] q = new java.math.BigDecimal[partNames.length];
        java.util.Arrays.fill(q, java.math.BigDecimal.ZERO);
        q[PRODUCT] = java.math.BigDecimal.ONE;
        for (int k = bottomUp.length - 1; k >= 0; k--) {
            int p = bottomUp[k];
            if (q[p].signum() == 0) {
                continue;
            }
            for (int c = childStart[p]; c < childStart[p + 1]; c++) {
                int li = childLines[c];
                q[linePart[li]] = q[linePart[li]].add(q[p].multiply(lineArray[li].quantity()));
            }
        }
        return q;
    }
}
