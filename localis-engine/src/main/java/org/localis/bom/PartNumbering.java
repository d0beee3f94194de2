package org.localis.bom;

import org.localis.input.Alongside;

/**
 * The part ids of a BOM's lines: the product is id 0 (part number ""), the parts are numbered from 1 in the order in
 * which their numbers first appear in the lines; and the id of each line's parent ({@link #MISSING} when the parent
 * is not a part of the BOM).
 *
 * <p>A large BOM is numbered on several threads at once ({@link #of(List, int)}): each thread owns the part numbers
 * of one share of the hash values, finds the first line of each of its part numbers and the first line of each
 * line's parent, and the ids are then given in the order of those first lines - the same ids as numbering the lines
 * one by one, which smaller BOMs do.
 */
final class PartNumbering {

    /** The parent id of a line whose parent is not a part of the BOM. */
    static final int MISSING = -1;

    /** BOMs of fewer lines are numbered on one thread: a thread of its own would cost more than it saves. */
    static final int PARALLEL_FROM = 100_000;

    /** At most this many threads. */
    private static final int MAX_THREADS = 4;

    /** Part id of each line. */
    final int[] linePart;
    /** Part id of each line's parent, {@link Bom#PRODUCT} for a top-level line, or {@link #MISSING}. */
    final int[] lineParent;
    /** Part numbers by id ("" for the product). */
    final String[] names;
    /**
     * Whether each line is a make line: read while the line is at hand (numbering reads every line's part number), so
     * that the tree's checks after it read no line object.
     */
    final boolean[] make;

    private PartNumbering(int[] linePart, int[] lineParent, String[] names, boolean[] make) {
        this.linePart = linePart;
        this.lineParent = lineParent;
        this.names = names;
        this.make = make;
    }

    /**
     * The ids of {@code lines}, on the machine's cores when there are many lines. (An array, not a list: the one-shot
     * CLI runs the client compiler alone, which calls {@code List.get} through the interface every time.)
     */
    static PartNumbering of(BomLine[] lines) {
        int threads = lines.length < PARALLEL_FROM ? 1
                : Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors());
        return of(lines, threads);
    }

    /** The ids of {@code lines}, numbered on {@code threads} threads (one: line by line). */
    static PartNumbering of(BomLine[] lines, int threads) {
        return threads < 2 ? inOrder(lines) : inShares(lines, threads);
    }

    /** Line by line: a part number gets the next id when it is first seen. */
    private static PartNumbering inOrder(BomLine[] lines) {
        int n = lines.length;
        String[] names = new String[n + 1];
        names[0] = "";
        PartIds ids = new PartIds(n, id -> names[id]);
        ids.getOrPut("", Bom.PRODUCT);
        int count = 1;
        int[] linePart = new int[n];
        boolean[] make = new boolean[n];
        for (int i = 0; i < n; i++) {
            make[i] = lines[i].isMake();
            String part = lines[i].part();
            int id = ids.getOrPut(part, count);
            if (id == count) {
                names[count++] = part;
            }
            linePart[i] = id;
        }
        int[] lineParent = new int[n];
        String lastParent = null; // the lines of one parent mostly follow each other: look its id up once
        int lastParentId = MISSING;
        for (int i = 0; i < n; i++) {
            String parent = lines[i].parent();
            if (parent != lastParent) {
                lastParent = parent;
                lastParentId = ids.get(parent);
            }
            lineParent[i] = lastParentId;
        }
        return new PartNumbering(linePart, lineParent, java.util.Arrays.copyOf(names, count), make);
    }

    /** Marks, while the threads work, a line whose part or parent number is "" (the product). */
    private static final int PRODUCT_NUMBER = -2;

    /**
     * On {@code threads} threads: thread {@code t} takes the part numbers whose hash falls in share {@code t}. It finds,
     * for each line with such a part number, the first line with the same part number (into {@code linePart}), then
     * for each line whose parent number is in its share, the first line with that part number (into
     * {@code lineParent}, or {@link #MISSING}). The ids follow, in one pass in line order: a line that is the first of
     * its part number gets the next id. Each thread writes only the lines of its own share.
     */
    private static PartNumbering inShares(BomLine[] lines, int threads) {
        int n = lines.length;
        int[] linePart = new int[n];
        int[] lineParent = new int[n];
        boolean[] make = new boolean[n];
        java.util.List<java.util.concurrent.FutureTask<Void>> others = new java.util.ArrayList<>();
        for (int t = 1; t < threads; t++) {
            int share = t;
            java.util.concurrent.FutureTask<Void> task = new java.util.concurrent.FutureTask<>(
                    () -> firstLines(lines, share, threads, linePart, lineParent, make), null);
            Alongside.start("localis-part-ids-" + t, task);
            others.add(task);
        }
        firstLines(lines, 0, threads, linePart, lineParent, make);
        boolean failed = false;
        for (java.util.concurrent.FutureTask<Void> task : others) {
            try {
                Alongside.result(task);
            } catch (RuntimeException | Error e) {
                failed = true; // (out of memory for a thread, say)
            }
        }
        if (failed) {
            return inOrder(lines); // number them here
        }
        // ids in the order of the first lines; a later line of a part number takes the id its first line got
        String[] names = new String[n + 1];
        names[0] = "";
        int count = 1;
        for (int i = 0; i < n; i++) {
            int first = linePart[i];
            if (first == i) {
                names[count] = lines[i].part();
                linePart[i] = count++;
            } else {
                linePart[i] = first == PRODUCT_NUMBER ? Bom.PRODUCT : linePart[first];
            }
        }
        for (int i = 0; i < n; i++) {
            int first = lineParent[i];
            lineParent[i] = first == PRODUCT_NUMBER ? Bom.PRODUCT : first < 0 ? MISSING : linePart[first];
        }
        return new PartNumbering(linePart, lineParent, java.util.Arrays.copyOf(names, count), make);
    }

    /** The share of the hash values {@code h} is in, of {@code shares} (not the bits a table's slot is chosen by). */
    private static int share(int h, int shares) {
        return Integer.remainderUnsigned(Integer.rotateLeft(h * 0x85EBCA6B, 13), shares);
    }

    /** Thread {@code t}'s work in {@link #inShares}. */
    private static void firstLines(BomLine[] lines, int t, int shares, int[] linePart, int[] lineParent,
                                   boolean[] make) {
        int n = lines.length;
        PartIds first = new PartIds(n / shares + 16, line -> lines[line].part());
        for (int i = 0; i < n; i++) {
            String part = lines[i].part();
            int h = part.hashCode();
            if (share(h, shares) != t) {
                continue;
            }
            make[i] = lines[i].isMake();
            linePart[i] = part.isEmpty() ? PRODUCT_NUMBER : first.getOrPut(part, i);
        }
        String lastParent = null;
        int lastFirst = MISSING;
        boolean mine = false;
        for (int i = 0; i < n; i++) {
            String parent = lines[i].parent();
            if (parent != lastParent) {
                lastParent = parent;
                mine = share(parent.hashCode(), shares) == t;
                lastFirst = !mine ? MISSING : parent.isEmpty() ? PRODUCT_NUMBER : first.get(parent);
            }
            if (mine) {
                lineParent[i] = lastFirst;
            }
        }
    }

    /**
     * Part number to a number (an id, or a first line): open addressing over one array, no boxed key or value and no
     * entry object per part (a million-part BOM otherwise spends more on its HashMap than on its lines). A slot holds
     * the hash and the value in one {@code long}; the part number itself is not stored but found from the value
     * ({@code keyOf}: the part number of that id, or of that first line), and looked at only when the hashes match.
     * One random access per probe: numbering a large BOM is bound by the misses of this table.
     */
    static final class PartIds {
        private final java.util.function.IntFunction<String> keyOf;
        private long[] slots; // hash << 32 | (value + 1); 0 = empty
        private int size;

        PartIds(int expected, java.util.function.IntFunction<String> keyOf) {
            int cap = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
            slots = new long[cap];
            this.keyOf = keyOf;
        }

        /** Whether the value in slot {@code s} has the part number {@code part}. */
        private boolean holds(long s, String part) {
            String k = keyOf.apply((int) s - 1);
            return k == part || k.equals(part);
        }

        /** The value of {@code part}, or -1. */
        int get(String part) {
            int mask = slots.length - 1;
            int h = part.hashCode();
            for (int i = mix(h) & mask; ; i = (i + 1) & mask) {
                long s = slots[i];
                if (s == 0) {
                    return -1;
                }
                if ((int) (s >>> 32) == h && holds(s, part)) {
                    return (int) s - 1;
                }
            }
        }

        /** The value of {@code part}; when it has none, {@code value}, which it then has. */
        int getOrPut(String part, int value) {
            if ((size + 1) * 2 > slots.length) {
                grow();
            }
            int mask = slots.length - 1;
            int h = part.hashCode();
            int i = mix(h) & mask;
            long s;
            while ((s = slots[i]) != 0) {
                if ((int) (s >>> 32) == h && holds(s, part)) {
                    return (int) s - 1;
                }
                i = (i + 1) & mask;
            }
            slots[i] = (long) h << 32 | (value + 1L) & 0xFFFFFFFFL;
            size++;
            return value;
        }

        private void grow() {
            long[] old = slots;
            slots = new long[old.length * 2];
            int mask = slots.length - 1;
            for (long s : old) {
                if (s != 0) {
                    int i = mix((int) (s >>> 32)) & mask;
                    while (slots[i] != 0) {
                        i = (i + 1) & mask;
                    }
                    slots[i] = s;
                }
            }
        }

        private static int mix(int h) {
            h *= 0x9E3779B9;
            return h ^ (h >>> 16);
        }
    }
}
