package org.localis.bom;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.localis.input.InputFiles;
import org.localis.input.CsvByteReader;
import org.localis.input.CsvReadAhead;
import org.localis.input.CsvReader;
import org.localis.input.ErrorCollector;
import org.localis.input.InputError;
import org.localis.input.InvalidInputException;

/**
 * Reads {@code bom.csv} as {@code shared/spec/formats.md} defines it: either a {@code parent} column
 * or an indented {@code level} column, every problem reported as {@code file:line: column: message},
 * and the whole file rejected when anything is wrong. The rules of the lines themselves are
 * {@link BomRowParser}'s, shared with {@link BomXlsxReader}.
 */
public final class BomCsvReader {

    /** The columns a BOM file may have (CSV and Excel alike). */
    public static final Set<String> COLUMNS = BomRowParser.COLUMNS;

    private BomCsvReader() {
    }

    public static Bom read(Path path) {
        return read(path, InputFiles.name(path));
    }

    /**
     * Reads and validates a BOM; {@code file} is the name used in error messages. Field problems and tree
     * problems (missing parents, make/buy conflicts, cycles) are reported together.
     */
    public static Bom read(InputStream in, String file) {
        ErrorCollector errors = new ErrorCollector(file);
        Set<String> unread = new HashSet<>();
        Read r = collect(in, file, errors, unread);
        if (r.lines().isEmpty() || !r.complete()) {
            errors.throwIfAny(); // without every line, the tree cannot be checked
        }
        return Bom.of(file, r.lines(), errors, unread, r.amounts());
    }

    /**
     * Reads and validates a BOM file, as {@link #read(InputStream, String)} reads it, with the file's parts parsed
     * at once on the machine's cores when it is large; {@code file} is the name used in error messages.
     *
     * @throws InvalidInputException with every problem, naming the file when it cannot be read
     */
    public static Bom read(Path path, String file) {
        Bom bom = readInParts(path, file);
        if (bom != null) {
            return bom;
        }
        try (InputStream in = java.nio.file.Files.newInputStream(path)) {
            return read(in, file);
        } catch (IOException e) {
            throw new InvalidInputException(InputError.ofFile(file, "cannot be read: " + e.getMessage()));
        }
    }

    /** Files smaller than this are read in one piece: a thread of its own would cost more than it saves. */
    static final long PARTS_FROM_BYTES = 1 << 20;

    /** At most this many threads. */
    private static final int MAX_PARTS = 4;

    /**
     * Parts per thread: a thread takes the next part when done with one, so a thread that gets less of a busy
     * machine's CPU reads fewer parts rather than holding the others up.
     */
    private static final int PARTS_PER_THREAD = 4;

    /**
     * A large BOM file parsed in parts at once: the file is cut after line ends near its 1/n-th points, the first
     * part (with the header) is read on this thread, each other part on a thread of its own that counts the lines
     * before its part (so its lines carry the file's line numbers) and checks its lines with a parser of its own.
     * The lines, in order, then make the BOM, whose tree is checked as ever.
     *
     * <p>Only a file that reads without any problem is read this way: when a part finds a wrong field, broken
     * quoting (a cut inside a quoted field always leaves the part before it with a quote that is not closed) or
     * bytes that are not text, or when the file is not plainly a CSV BOM in the parent form in UTF-8 or
     * windows-1251, this returns null and the caller reads the file in one piece, which reports every problem
     * exactly as it always has. Null too when the file is small or cannot be opened, or the machine has one core.
     */
    static Bom readInParts(Path path, String file) {
        return readInParts(path, file, PARTS_FROM_BYTES, Math.min(MAX_PARTS, Runtime.getRuntime().availableProcessors()));
    }

    /** As {@link #readInParts(Path, String)}, in {@code parts} parts for a file of at least {@code minBytes}. */
    static Bom readInParts(Path path, String file, long minBytes, int threads) {
        if (threads < 2) {
            return null;
        }
        try (FileChannel ch = FileChannel.open(path)) {
            long size = ch.size();
            if (size < Math.max(1, minBytes) || size > Integer.MAX_VALUE) {
                return null;
            }
            int[] cut = cuts(ch, (int) size, threads * PARTS_PER_THREAD);
            if (cut.length < 3 || workbook(ch)) {
                return null;
            }
            return new Parts(ch, cut, file, threads).read();
        } catch (IOException | UnsupportedOperationException e) {
            return null; // read as a stream, which reports what is wrong
        }
    }

    /** Whether the file starts as a zip or OLE2 container (a workbook: {@link BomFiles} reads it as one). */
    private static boolean workbook(FileChannel ch) throws IOException {
        byte[] b = new byte[4];
        if (readAt(ch, 0, b, 0, 4) < 4) {
            return false;
        }
        return (b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4)
                || ((b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && b[2] == 0x11 && (b[3] & 0xFF) == 0xE0);
    }

    /** Reads up to {@code len} bytes at {@code position} (fewer only at the end of the file); the number read. */
    private static int readAt(FileChannel ch, long position, byte[] to, int off, int len) throws IOException {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(to, off, len);
        while (b.hasRemaining()) {
            int n = ch.read(b, position + b.position() - off);
            if (n < 0) {
                break;
            }
        }
        return b.position() - off;
    }

    /**
     * Where the parts start and end: 0, the byte after the first line end (the header's line: the first part is the
     * header alone), the byte after the first line end at or past each 1/n-th point, the size.
     */
    static int[] cuts(FileChannel ch, int size, int parts) throws IOException {
        int[] cut = new int[parts + 2];
        int n = 1;
        byte[] window = new byte[1 << 12];
        for (int k = 0; k < parts; k++) {
            int i = Math.max((int) ((long) size * k / parts), cut[n - 1]); // k = 0: the first line end
            int end = -1;
            while (end < 0 && i < size) {
                int got = readAt(ch, i, window, 0, Math.min(window.length, size - i));
                if (got <= 0) {
                    break;
                }
                for (int j = 0; j < got; j++) {
                    if (window[j] == '\n') {
                        end = i + j;
                        break;
                    }
                }
                i += got;
            }
            if (end < 0 || end + 1 >= size) {
                break;
            }
            if (end + 1 > cut[n - 1]) {
                cut[n++] = end + 1;
            }
        }
        cut[n++] = size;
        return java.util.Arrays.copyOf(cut, n);
    }

    /** Line ends in {@code [from, to)} as {@link CsvReader} counts them: LF, CRLF and a lone CR each end one line. */
    static int lineEnds(FileChannel ch, int from, int to) throws IOException {
        byte[] b = new byte[1 << 18];
        int count = 0;
        boolean cr = false;
        for (int p = from; p < to; ) {
            int got = readAt(ch, p, b, 0, Math.min(b.length, to - p));
            if (got <= 0) {
                throw new IOException("the file became shorter while it was read");
            }
            int i = 0;
            long crs = 0;
            for (; i + 8 <= got; i += 8) { // eight bytes at a time: the line feeds counted, any carriage return seen
                long w = (long) WORDS.get(b, i);
                count += Long.bitCount(zeroBytes(w ^ 0x0A0A0A0A0A0A0A0AL));
                crs |= zeroBytes(w ^ 0x0D0D0D0D0D0D0D0DL);
            }
            for (; i < got; i++) {
                byte c = b[i];
                if (c == '\n') {
                    count++;
                } else if (c == '\r') {
                    cr = true;
                }
            }
            cr |= crs != 0;
            p += got;
        }
        return cr ? lineEndsWithCr(ch, from, to) : count;
    }

    private static final java.lang.invoke.VarHandle WORDS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    /** The high bit of each byte of {@code x} that is zero, and no other bit (exact: no borrow between bytes). */
    static long zeroBytes(long x) {
        long low7 = 0x7F7F7F7F7F7F7F7FL;
        return ~(((x & low7) + low7) | x | low7);
    }

    /** {@link #lineEnds} of a part with carriage returns: a CR followed by LF ends one line. */
    private static int lineEndsWithCr(FileChannel ch, int from, int to) throws IOException {
        byte[] b = new byte[to - from];
        if (readAt(ch, from, b, 0, b.length) < b.length) {
            throw new IOException("the file became shorter while it was read");
        }
        int count = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n' || (b[i] == '\r' && (i + 1 >= b.length || b[i + 1] != '\n'))) {
                count++;
            }
        }
        return count;
    }

    /** One read of a file in parts (see {@link #readInParts}). */
    private static final class Parts {
        private final FileChannel ch;
        private final int[] cut;
        private final String file;
        private final int n;
        private final java.util.concurrent.atomic.AtomicBoolean failed = new java.util.concurrent.atomic.AtomicBoolean();
        /** Line ends in each part, once counted (-1 before). */
        private final int[] lineEnds;
        private final java.util.concurrent.CountDownLatch[] counted;
        private final List<List<BomLine>> lines = new ArrayList<>();
        private final BomRowParser.Amounts[] amounts;

        private String[] head;
        private int headLine;
        private org.localis.input.CsvDialect dialect;

        private final int threads;
        private final java.util.concurrent.atomic.AtomicInteger nextPart = new java.util.concurrent.atomic.AtomicInteger(1);

        Parts(FileChannel ch, int[] cut, String file, int threads) {
            this.ch = ch;
            this.threads = Math.min(threads, cut.length - 1);
            this.cut = cut;
            this.file = file;
            this.n = cut.length - 1;
            this.lineEnds = new int[n];
            this.counted = new java.util.concurrent.CountDownLatch[n];
            this.amounts = new BomRowParser.Amounts[n];
            for (int k = 0; k < n; k++) {
                counted[k] = new java.util.concurrent.CountDownLatch(1);
                lines.add(null);
            }
        }

        private InputStream part(int k) {
            return new RegionStream(ch, cut[k], cut[k + 1]);
        }

        /**
         * The BOM, or null when the file is to be read in one piece. The header is read by {@link CsvReader} from the
         * start of the file (which it sniffs as ever); the first part is the header's line alone, which must hold the
         * whole header record; the other parts are read by {@link CsvByteReader}.
         */
        Bom read() {
            Thread[] others = new Thread[threads];
            try (CsvReader csv = new CsvReader(new RegionStream(ch, 0, cut[n]))) {
                head = csv.next();
                if (head == null || !headerIsTheFirstLine(csv.recordLine())) {
                    return null;
                }
                headLine = csv.recordLine();
                dialect = csv.dialect();
                if (!CsvByteReader.readsBytesOf(dialect)) {
                    return null;
                }
                ErrorCollector errors = new ErrorCollector(file);
                BomRowParser parser = BomRowParser.forHeader(head, headLine, errors, errors, dialect);
                if (errors.hasErrors() || parser.indented()) {
                    return null;
                }
                lines.set(0, List.of());
                amounts[0] = parser.keepAmounts(0);
                for (int t = 1; t < threads; t++) {
                    others[t] = new Thread(this::readParts, "localis-csv-part-" + t);
                    others[t].setDaemon(true);
                    others[t].start();
                }
            } catch (IOException | CsvReader.SyntaxException | RuntimeException e) {
                failed.set(true);
            }
            readParts();
            join(others);
            if (failed.get()) {
                return null;
            }
            int total = 0;
            for (List<BomLine> part : lines) {
                total += part.size();
            }
            if (total == 0) {
                return null;
            }
            List<BomLine> all = new ArrayList<>(total);
            BomRowParser.Amounts merged = new BomRowParser.Amounts(DecimalColumn.growing(total), DecimalColumn.growing(total));
            for (int k = 0; k < n; k++) {
                all.addAll(lines.get(k));
                merged.quantities().addAll(amounts[k].quantities());
                merged.unitCosts().addAll(amounts[k].unitCosts());
            }
            return Bom.of(file, all, new ErrorCollector(file), Set.of(), merged);
        }

        /**
         * Whether the header record, read from line {@code line}, is exactly the first part (the file's first line):
         * on line 1, and that line has an even number of quotes (so its line end is not inside a quoted field) and
         * no carriage return but one right before its line feed (a lone CR would end a line of its own).
         */
        private boolean headerIsTheFirstLine(int line) throws IOException {
            if (line != 1) {
                return false;
            }
            byte[] first = new byte[cut[1]];
            if (readAt(ch, 0, first, 0, first.length) < first.length) {
                return false;
            }
            int quotes = 0;
            for (int i = 0; i < first.length; i++) {
                if (first[i] == '"') {
                    quotes++;
                } else if (first[i] == '\r' && i != first.length - 2) {
                    return false;
                }
            }
            return quotes % 2 == 0;
        }

        private void join(Thread[] threads) {
            boolean interrupted = false;
            for (Thread t : threads) {
                while (t != null && t.isAlive()) {
                    try {
                        t.join();
                    } catch (InterruptedException e) {
                        interrupted = true;
                        failed.set(true);
                    }
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        /** Reads the parts not yet taken, one at a time, until none is left or a part found a problem. */
        private void readParts() {
            int k;
            while (!failed.get() && (k = nextPart.getAndIncrement()) < n) {
                readOther(k);
            }
        }

        /**
         * Part {@code k} (not the first): counts the lines of the part before it (each part's taker counts the one
         * before, first thing, so the counts are soon all there), adds up those before it, then reads its lines.
         */
        private void readOther(int k) {
            try {
                lineEnds[k - 1] = lineEnds(ch, cut[k - 1], cut[k]);
                counted[k - 1].countDown();
                int line = 1;
                for (int j = 0; j < k; j++) {
                    while (!counted[j].await(10, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                        if (failed.get()) {
                            return;
                        }
                    }
                    line += lineEnds[j];
                }
                ErrorCollector errors = new ErrorCollector(file);
                BomRowParser parser = BomRowParser.forHeader(head, headLine, new ErrorCollector(file), errors, dialect);
                readPart(k, CsvByteReader.continuing(part(k), dialect, line), parser, errors);
            } catch (Throwable e) {
                failed.set(true);
            }
        }

        /** Reads the records of a part until its end, or until it or another part finds a problem. */
        private void readPart(int k, CsvByteReader csv, BomRowParser parser, ErrorCollector errors)
                throws IOException, CsvReader.SyntaxException {
            int expected = (cut[k + 1] - cut[k]) / 50 + 16; // a guess (a BOM line is rarely shorter): a longer list grows
            amounts[k] = parser.keepAmounts(expected);
            int width = parser.width();
            // the values trimmed as the parser would trim them, the quantity and unit cost read as numbers from the bytes
            csv.repeatedValues(parser.repeatedColumns());
            csv.trimmed();
            parser.rowsTrimmed();
            int qty = parser.quantityColumn();
            int cost = parser.unitCostColumn();
            boolean[] numbers = new boolean[width];
            for (int c : new int[] {qty, cost}) {
                if (c >= 0 && c < width) {
                    numbers[c] = true;
                }
            }
            csv.decimalColumns(numbers);
            List<BomLine> out = new ArrayList<>(expected);
            String[] row = new String[width]; // one array for every record: the parser keeps none of it
            int fields;
            int count = 0;
            while ((fields = csv.next(row)) >= 0) {
                if (fields != width) {
                    failed.set(true);
                    return;
                }
                BomLine l = parser.parse(row, csv.recordLine(), csv.packed(qty), csv.packed(cost));
                if (l == null || errors.hasErrors()) {
                    failed.set(true);
                    return;
                }
                l.part().hashCode(); // while its characters are at hand: numbering the parts reads it next
                out.add(l);
                if ((++count & 1023) == 0 && failed.get()) {
                    return;
                }
            }
            lines.set(k, out);
        }
    }

    /** The bytes of one part of a file, as a stream (positioned reads: the parts are read at once). */
    private static final class RegionStream extends InputStream {
        private final FileChannel ch;
        private long position;
        private final long end;

        RegionStream(FileChannel ch, long from, long to) {
            this.ch = ch;
            this.position = from;
            this.end = to;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] to, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (position >= end) {
                return -1;
            }
            int n = ch.read(java.nio.ByteBuffer.wrap(to, off, (int) Math.min(len, end - position)), position);
            if (n < 0) {
                throw new IOException("the file became shorter while it was read");
            }
            position += n;
            return n;
        }

        @Override
        public void close() {
            // the channel is closed by whoever opened it
        }
    }

    /** Reads lines, checking each field, but not the tree structure. */
    public static List<BomLine> readLines(InputStream in, String file) {
        ErrorCollector errors = new ErrorCollector(file);
        List<BomLine> lines = collect(in, file, errors, new HashSet<>()).lines();
        errors.throwIfAny();
        return lines;
    }

    /** The lines whose fields are right; every problem goes into {@code errors}, the parts of bad lines into {@code unread}. */
    private static Read collect(InputStream in, String file, ErrorCollector errors, Set<String> unread) {
        List<BomLine> lines = new ArrayList<>();
        BomRowParser.Amounts amounts = null;
        boolean complete = false;
        try (CsvReader csv = new CsvReader(in)) {
            String[] head = csv.next();
            if (head == null) {
                errors.add(0, "", BomRowParser.EMPTY_FILE);
                errors.throwIfAny();
            }
            BomRowParser parser = BomRowParser.forHeader(head, csv.recordLine(), errors, errors, csv.dialect());
            if (errors.hasErrors()) {
                return new Read(lines, false, null);
            }
            amounts = parser.keepAmounts(1024);
            int width = parser.width();
            csv.repeatedValues(parser.repeatedColumns());
            try (CsvReadAhead rows = new CsvReadAhead(csv)) {
                complete = readRows(rows, parser, width, lines, errors, unread);
            }
        } catch (CsvReader.SyntaxException e) {
            errors.add(e.line(), "", e.getMessage());
        } catch (IOException e) {
            errors.add(0, "", "cannot be read: " + e.getMessage());
        }
        return new Read(lines, complete, amounts);
    }

    /**
     * Checks every record after the header (split and decoded a batch ahead on another thread), in file order;
     * true when the whole file was read.
     */
    private static boolean readRows(CsvReadAhead rows, BomRowParser parser, int width, List<BomLine> lines,
                                    ErrorCollector errors, Set<String> unread) throws IOException, CsvReader.SyntaxException {
        String[] row;
        while ((row = rows.next()) != null) {
            int line = rows.recordLine();
            if (row.length != width) {
                errors.add(line, "", "has " + row.length + " fields but the header has " + width);
                unread.add(parser.partOf(row));
                if (errors.full()) {
                    break;
                }
                continue;
            }
            BomLine l = parser.parse(row, line);
            if (l != null) {
                lines.add(l);
            } else {
                unread.add(parser.partOf(row));
            }
            if (errors.full()) {
                break;
            }
        }
        if (lines.isEmpty() && !errors.hasErrors()) {
            errors.add(0, "", BomRowParser.NO_LINES);
        }
        return !errors.full();
    }

    /**
     * The lines read, whether the whole file was read (no broken quoting or encoding, not too many errors), and
     * the lines' quantities and unit costs as read (null when no line was).
     */
    private record Read(List<BomLine> lines, boolean complete, BomRowParser.Amounts amounts) {
    }
}
