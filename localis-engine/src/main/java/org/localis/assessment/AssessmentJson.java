package org.localis.assessment;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The JSON form of an assessment, the same for the CLI ({@code --format json}) and the REST API:
 * the fields of {@code shared/spec/formats.md} first, numbers as JSON numbers (money to the cent,
 * percent to two decimals).
 */
public final class AssessmentJson {

    /**
     * The generators of streamed documents: a plain factory, as an {@code ObjectMapper} makes them (no feature changed),
     * without making a mapper: a one-shot CLI run that streams a document does not pay for one (~40 ms of CPU with the
     * class-data-sharing archive, and as much for its first serialization).
     */
    private static final com.fasterxml.jackson.core.JsonFactory FACTORY = new com.fasterxml.jackson.core.JsonFactory();

    /** The mappers, made when first used. */
    private static final class Mappers {
        static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        /** The codec of streamed documents: it leaves the generator's pretty printer (or none) alone. */
        static final ObjectMapper CODEC = new ObjectMapper();
    }

    private AssessmentJson() {
    }

    /** A reason as {@code {"code", "args", "parts"}} ({@code parts} only when it has some). */
    static Map<String, Object> reason(Assessment.Reason r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", r.code().name());
        m.put("args", r.args());
        if (!r.parts().isEmpty()) {
            m.put("parts", reasons(r.parts()));
        }
        return m;
    }

    static List<Map<String, Object>> reasons(List<Assessment.Reason> rs) {
        List<Map<String, Object>> out = new ArrayList<>(rs.size());
        rs.forEach(r -> out.add(reason(r)));
        return out;
    }

    /** An ordered map ready for any JSON serializer. */
    public static Map<String, Object> toMap(Assessment a) {
        return toMap(a, true);
    }

    /** As {@link #toMap(Assessment)}; without {@code withLines} the {@code lines} entry is an empty list (to stream them). */
    static Map<String, Object> toMap(Assessment a, boolean withLines) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scheme", a.scheme().id());
        m.put("schemeVersion", a.scheme().version());
        m.put("schemeTitle", a.scheme().title());
        m.put("official", a.scheme().official());
        m.put("kind", a.kind());
        m.put("period", a.period());
        m.put("thresholdYear", a.thresholdYear());
        m.put("date", a.date().toString());
        m.put("product", a.productName());
        m.put("score", a.score());
        m.put("unit", a.unit());
        m.put("threshold", a.threshold());
        m.put("comparison", a.lowerIsBetter() ? "at-most" : "at-least");
        m.put("passed", a.passed());
        m.put("failedBecause", a.failedBecause());
        m.put("failedBecauseWhy", reasons(a.failedBecauseWhy()));
        m.put("tier", a.tier() == null ? null : a.tier().id());
        if (a.tier() != null) {
            m.put("tierName", a.tier().name());
            m.put("tierNameRu", a.tier().nameRu());
        }
        if (a.tier() != null) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("id", a.tier().id());
            t.put("name", a.tier().name());
            t.put("support", a.tier().support());
            m.put("tierDetail", t);
        }
        if (a.nextTier() != null) {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("id", a.nextTier().id());
            n.put("name", a.nextTier().name());
            n.put("required", a.nextTier().required());
            n.put("gap", a.nextTier().gap());
            if (a.nextTier().moneyGap() != null) {
                n.put("moneyGap", a.nextTier().moneyGap());
            }
            n.put("advice", a.nextTier().advice());
            n.put("adviceWhy", reasons(a.nextTier().adviceWhy()));
            m.put("nextTier", n);
        } else {
            m.put("nextTier", null);
        }
        m.put("classification", a.classification().classification().code());
        m.put("classificationReason", a.classification().reason());
        if (a.classification().why() != null) {
            m.put("classificationWhy", reason(a.classification().why()));
        }
        if (a.valueShare() != null) {
            Assessment.ValueShareResult v = a.valueShare();
            m.put("method", v.method());
            m.put("originRule", v.originRule());
            m.put(v.baseField(), v.base());
            m.put("nonOriginatingValue", v.nonOriginatingValue());
            m.put("originatingMaterialValue", v.originatingMaterialValue());
            m.put("formula", v.formula());
        }
        m.put("currency", a.totals().currency());
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("materialValue", a.totals().materialValue());
        totals.put("originatingValue", a.totals().originatingValue());
        totals.put("nonOriginatingValue", a.totals().nonOriginatingValue());
        totals.put("domesticShare", a.totals().domesticShare());
        if (a.totals().domesticValueAdded() != null) {
            totals.put("domesticValueAdded", a.totals().domesticValueAdded());
            totals.put("domesticValueAddedShare", a.totals().domesticValueAddedShare());
        }
        m.put("totals", totals);
        List<Map<String, Object>> criteria = new ArrayList<>();
        for (Assessment.CriterionResult c : a.criteria()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("code", c.code());
            cm.put("title", c.title());
            cm.put("type", c.type());
            cm.put("points", c.points());
            cm.put("earned", c.earned());
            cm.put("performed", c.performed());
            cm.put("mandatory", c.mandatory());
            cm.put("missingPrerequisites", c.missingPrerequisites());
            cm.put("evidence", c.evidence());
            cm.put("explanation", c.explanation());
            if (c.why() != null) {
                cm.put("why", reason(c.why()));
            }
            if (!c.group().isEmpty()) {
                cm.put("group", c.group());
            }
            if (!c.carriedFrom().isEmpty()) {
                cm.put("carriedFrom", c.carriedFrom());
            }
            if (!c.source().isEmpty()) {
                cm.put("titleRu", c.titleRu());
                cm.put("source", c.source());
            }
            criteria.add(cm);
        }
        m.put("criteria", criteria);
        if (a.vehicle() != null) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("category", a.vehicle().category());
            v.put("powertrain", a.vehicle().powertrain());
            v.put("emissionStandard", a.vehicle().emissionStandard());
            m.put("vehicle", v);
        }
        if (!a.purposes().isEmpty()) {
            List<Map<String, Object>> ps = new ArrayList<>();
            for (Assessment.PurposeResult p : a.purposes()) {
                Map<String, Object> pm = new LinkedHashMap<>();
                pm.put("purpose", p.id());
                pm.put("title", p.title());
                pm.put("thresholdYear", p.thresholdYear());
                pm.put("threshold", p.threshold());
                pm.put("score", p.score());
                pm.put("met", p.met());
                pm.put("note", p.note());
                ps.add(pm);
            }
            m.put("purposes", ps);
        }
        if (!a.coefficients().isEmpty()) {
            List<Map<String, Object>> ks = new ArrayList<>();
            for (Assessment.CoefficientResult k : a.coefficients()) {
                Map<String, Object> km = new LinkedHashMap<>();
                km.put("id", k.id());
                km.put("factor", k.factor());
                km.put("appliesTo", k.appliesTo());
                km.put("purpose", k.purpose());
                km.put("applied", k.applied());
                km.put("addedPoints", k.addedPoints());
                km.put("reason", k.reason());
                km.put("titleRu", k.titleRu());
                Map<String, Object> why = new LinkedHashMap<>();
                why.put("code", k.why().code().name());
                why.put("basePoints", k.why().basePoints());
                why.put("standards", k.why().standards());
                why.put("years", k.why().years());
                why.put("source", k.why().source());
                why.put("productStandard", k.why().productStandard());
                why.put("year", k.why().year());
                km.put("why", why);
                ks.add(km);
            }
            m.put("coefficients", ks);
        }
        List<Map<String, Object>> lines = new ArrayList<>(withLines ? a.lines().size() : 0);
        for (Assessment.LineResult l : withLines ? a.lines() : List.<Assessment.LineResult>of()) {
            Map<String, Object> lm = new LinkedHashMap<>();
            lm.put("line", l.line());
            lm.put("part", l.part());
            lm.put("parent", l.parent());
            lm.put("quantity", l.quantity());
            lm.put("makeBuy", l.makeBuy());
            lm.put("origin", l.origin());
            lm.put("certificate", l.certificate());
            lm.put("value", l.value());
            lm.put("originatingValue", l.originatingValue());
            lm.put("nonOriginatingValue", l.nonOriginatingValue());
            lm.put("basis", l.basis());
            lines.add(lm);
        }
        m.put("lines", lines);
        m.put("warnings", a.warnings());
        return m;
    }

    /**
     * Writes the JSON document of {@code a} while it is produced: the same fields and values as
     * {@link #toJson(Assessment)} (byte for byte with {@link LineDetail#ALL} and {@code pretty}), but each
     * explained line is computed, written and dropped in turn, so a million-line result needs no more memory
     * than its BOM. {@code before} and {@code after} are extra top-level fields written first and last (the
     * REST API's {@code id}, the CLI's {@code costStatement}). With a detail other than {@code all}, the fields
     * {@code linesListed} (the detail) and {@code linesTotal} follow {@code lines}. The writer is flushed, not closed.
     */
    public static void write(Assessment a, LineDetail detail, Map<String, Object> before, Map<String, Object> after,
                             Writer out, boolean pretty) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (pretty) {
                g.useDefaultPrettyPrinter();
            }
            write(a, detail, before, after, g, null, true);
        }
    }

    /** As {@link #write(Assessment, LineDetail, Map, Map, Writer, boolean)}, as UTF-8 bytes (flushed, not closed). */
    public static void write(Assessment a, LineDetail detail, Map<String, Object> before, Map<String, Object> after,
                             java.io.OutputStream out, boolean pretty) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (pretty) {
                g.useDefaultPrettyPrinter();
            }
            write(a, detail, before, after, g, new LineChunks(out, pretty), true);
        }
    }

    /** As {@link #write(Assessment, LineDetail, Map, Map, Writer, boolean)}, on a generator the caller set up (and closes). */
    public static void write(Assessment a, LineDetail detail, Map<String, Object> before, Map<String, Object> after,
                             JsonGenerator g) throws IOException {
        write(a, detail, before, after, g, null, false);
    }

    /**
     * With {@code plain} (a generator made here, with no codec), the values of the fields are written by
     * {@link #value}, as a default {@code ObjectMapper} writes them; otherwise by the generator's codec (the REST API's
     * mapper and its settings).
     */
    private static void write(Assessment a, LineDetail detail, Map<String, Object> before, Map<String, Object> after,
                              JsonGenerator g, LineChunks chunks, boolean plain) throws IOException {
        if (!plain && g.getCodec() == null) {
            g.setCodec(Mappers.CODEC);
        }
        g.writeStartObject();
        fields(g, before, plain);
        for (Map.Entry<String, Object> e : toMap(a, false).entrySet()) {
            if (e.getKey().equals("lines")) {
                g.writeFieldName("lines");
                g.writeStartArray();
                List<Assessment.LineResult> selected = detail.select(a);
                if (chunks != null && selected.size() > LineChunks.SIZE) {
                    g.flush();
                    chunks.write(selected);
                } else {
                    char[] digits = new char[24];
                    Repeated repeated = new Repeated();
                    if (selected instanceof LineResults results) { // every line: amounts from the valuation's longs
                        long[] cents = new long[2];
                        for (int i = 0; i < results.size(); i++) {
                            line(g, results, i, digits, repeated, cents);
                        }
                    } else {
                        for (Assessment.LineResult l : selected) {
                            line(g, l, digits, repeated);
                        }
                    }
                }
                g.writeEndArray();
                if (detail.mode() != LineDetail.Mode.ALL) {
                    g.writeStringField("linesListed", detail.toString());
                    g.writeNumberField("linesTotal", a.lines().size());
                }
            } else {
                g.writeFieldName(e.getKey());
                value(g, e.getValue(), plain);
            }
        }
        fields(g, after, plain);
        g.writeEndObject();
        g.flush();
    }

    private static void fields(JsonGenerator g, Map<String, Object> fields, boolean plain) throws IOException {
        if (fields != null) {
            for (Map.Entry<String, Object> e : fields.entrySet()) {
                g.writeFieldName(e.getKey());
                value(g, e.getValue(), plain);
            }
        }
    }

    private static boolean stringKeys(Map<?, ?> map) {
        for (Object k : map.keySet()) {
            if (!(k instanceof String)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code v} as a default {@code ObjectMapper} writes it, the same generator calls: null, strings, booleans,
     * {@code Integer}, {@code Long}, {@code BigDecimal}, lists of these and maps with string keys directly (what
     * {@link #toMap} holds); anything else, or every value when not {@code plain}, through a mapper.
     */
    private static void value(JsonGenerator g, Object v, boolean plain) throws IOException {
        if (!plain) {
            g.writeObject(v);
        } else if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Integer i) {
            g.writeNumber(i.intValue());
        } else if (v instanceof Long l) {
            g.writeNumber(l.longValue());
        } else if (v instanceof java.math.BigDecimal d) {
            g.writeNumber(d);
        } else if (v instanceof List<?> list) {
            g.writeStartArray(list, list.size());
            for (Object x : list) {
                value(g, x, true);
            }
            g.writeEndArray();
        } else if (v instanceof Map<?, ?> map && stringKeys(map)) {
            g.writeStartObject(map);
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName((String) e.getKey());
                value(g, e.getValue(), true);
            }
            g.writeEndObject();
        } else {
            Mappers.CODEC.writeValue(g, v);
        }
    }

    /**
     * The lines of a large result, made on worker threads and written in order: the lines are cut into chunks of
     * {@link #SIZE}, each chunk's bytes are made by one of {@link #workers()} threads into a buffer, and this thread
     * writes the buffers in order between the array's brackets (which the document's generator writes), at most
     * {@link #WINDOW} chunks per worker ahead, then hands the buffer back to be filled again (no garbage per chunk).
     * A chunk's lines are written as bytes directly ({@link LineBytes}: the document's line ends, indentation and
     * separators; the amounts of every line of a result computed from its digits in longs, not as objects;
     * strings that need no escape copied, the others escaped by Jackson's encoder), several times faster than
     * field by field through a generator and its pretty printer. The document is the one a single generator writes,
     * byte for byte ({@code StreamingOutputTest}).
     */
    static final class LineChunks {
        static final int SIZE = 2048; // ~0.65 MB of a million-line document: the buffers in flight stay a few MB
        /** Chunks in flight per worker: enough for a worker never to wait for the writer while the other works. */
        static final int WINDOW = 3;

        private final java.io.OutputStream out;
        private final boolean pretty;
        private final java.util.concurrent.ConcurrentLinkedQueue<Chunk> free = new java.util.concurrent.ConcurrentLinkedQueue<>();

        LineChunks(java.io.OutputStream out, boolean pretty) {
            this.out = out;
            this.pretty = pretty;
        }

        /** As many workers as processors (at least 1, at most 4): the writing thread mostly waits for them. */
        static int workers() {
            return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        }

        void write(List<Assessment.LineResult> lines) throws IOException {
            int chunks = (lines.size() + SIZE - 1) / SIZE;
            int workers = workers();
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(workers, r -> {
                Thread t = new Thread(r, "localis-json-lines");
                t.setDaemon(true);
                return t;
            });
            ThreadLocal<LineBytes> writers = ThreadLocal.withInitial(() -> new LineBytes(pretty));
            int window = Math.min(chunks, workers * WINDOW);
            @SuppressWarnings("unchecked")
            java.util.concurrent.Future<Chunk>[] ahead = new java.util.concurrent.Future[window];
            try {
                for (int k = 0; k < window; k++) {
                    ahead[k] = submit(pool, writers, lines, k);
                }
                for (int k = 0; k < chunks; k++) {
                    Chunk c = ahead[k % window].get();
                    int next = k + window;
                    ahead[k % window] = next < chunks ? submit(pool, writers, lines, next) : null;
                    c.writeTo(out);
                    c.count = 0;
                    free.add(c);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while writing the lines");
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            } finally {
                pool.shutdownNow();
            }
        }

        private java.util.concurrent.Future<Chunk> submit(java.util.concurrent.ExecutorService pool,
                                                          ThreadLocal<LineBytes> writers, List<Assessment.LineResult> lines,
                                                          int k) {
            return pool.submit(() -> chunk(writers.get(), lines, k));
        }

        /**
         * The bytes of chunk {@code k} as they follow what comes before it in the array: each line as the document's
         * generator writes it (its pretty printer's line ends, indentation and separators, or none), values quoted and
         * escaped as its encoder does, numbers as {@link #number} writes them.
         */
        private Chunk chunk(LineBytes w, List<Assessment.LineResult> lines, int k) {
            int from = k * SIZE;
            int to = Math.min(lines.size(), from + SIZE);
            Chunk buf = free.poll();
            if (buf == null) {
                buf = new Chunk((to - from) * 360);
            }
            if (lines instanceof LineResults results) {
                for (int i = from; i < to; i++) {
                    buf.put(i == 0 ? w.first : w.separator);
                    w.line(buf, results, i);
                }
            } else {
                for (int i = from; i < to; i++) {
                    buf.put(i == 0 ? w.first : w.separator);
                    w.line(buf, lines.get(i));
                }
            }
            return buf;
        }
    }

    /** Bytes in a plain growing array (no lock per write, as a ByteArrayOutputStream has). */
    static final class Chunk {
        byte[] buf;
        int count;

        Chunk(int size) {
            buf = new byte[Math.max(64, size)];
        }

        /** Room for {@code n} more bytes at {@code count}. */
        void ensure(int n) {
            if (count + n > buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, count + n));
            }
        }

        void put(byte[] b) {
            int n = b.length;
            ensure(n);
            System.arraycopy(b, 0, buf, count, n);
            count += n;
        }

        void putAscii(String s) {
            int n = s.length();
            ensure(n);
            for (int i = 0; i < n; i++) {
                buf[count + i] = (byte) s.charAt(i);
            }
            count += n;
        }

        /** {@code v} in decimal, as {@code Long.toString}. */
        void putLong(long v) {
            if (v == Long.MIN_VALUE) {
                putAscii(Long.toString(v));
                return;
            }
            ensure(20);
            if (v < 0) {
                buf[count++] = '-';
                v = -v;
            }
            int n = digitCount(v);
            int end = count + n;
            digits(buf, end, v);
            count = end;
        }

        /** Two decimal digits of each number below 100. */
        private static final byte[] TWO_DIGITS = new byte[200];

        static {
            for (int i = 0; i < 100; i++) {
                TWO_DIGITS[2 * i] = (byte) ('0' + i / 10);
                TWO_DIGITS[2 * i + 1] = (byte) ('0' + i % 10);
            }
        }

        /**
         * The decimal digits of {@code u >= 0} into {@code b}, ending right before {@code end}. Two digits a division,
         * and in {@code int} once the number fits one: the one-shot CLI runs the client compiler alone, which divides a
         * {@code long} by 10 with a division instruction each time (about half of the time of writing the numbers).
         */
        static void digits(byte[] b, int end, long u) {
            int p = end;
            while (u > Integer.MAX_VALUE) {
                long q = u / 100;
                int r = (int) (u - q * 100) * 2;
                b[--p] = TWO_DIGITS[r + 1];
                b[--p] = TWO_DIGITS[r];
                u = q;
            }
            int v = (int) u;
            while (v >= 100) {
                int q = v / 100;
                int r = (v - q * 100) * 2;
                b[--p] = TWO_DIGITS[r + 1];
                b[--p] = TWO_DIGITS[r];
                v = q;
            }
            if (v >= 10) {
                b[--p] = TWO_DIGITS[2 * v + 1];
                b[--p] = TWO_DIGITS[2 * v];
            } else {
                b[--p] = (byte) ('0' + v);
            }
        }

        /** {@code cents / 100} with its two decimals, as {@code BigDecimal.valueOf(cents, 2).toString()} (|cents| < 10^18). */
        void putCents(long cents) {
            ensure(22);
            long u = cents;
            if (u < 0) {
                buf[count++] = '-';
                u = -u;
            }
            int n = Math.max(3, digitCount(u)) + 1; // at least "0.00"
            int p = count + n;
            long whole = u / 100;
            int r = (int) (u - whole * 100) * 2;
            buf[--p] = TWO_DIGITS[r + 1];
            buf[--p] = TWO_DIGITS[r];
            buf[--p] = '.';
            digits(buf, p, whole);
            count += n;
        }

        /**
         * {@code unscaled × 10^-scale} as {@code BigDecimal.valueOf(unscaled, scale).toString()} writes it: plain for a
         * scale of 0 or more down to an exponent of -6, else as that method writes it.
         */
        void putDecimal(long unscaled, int scale) {
            if (scale == 0) {
                putLong(unscaled);
                return;
            }
            long u = Math.abs(unscaled);
            int digits = digitCount(u);
            if (scale < 0 || unscaled == Long.MIN_VALUE || digits - 1 - scale < -6) {
                putAscii(java.math.BigDecimal.valueOf(unscaled, scale).toString());
                return;
            }
            ensure(digits + scale + 3);
            if (unscaled < 0) {
                buf[count++] = '-';
            }
            int intDigits = Math.max(1, digits - scale); // "0" before the point when every digit is a decimal
            int n = intDigits + 1 + scale;
            int p = count + n;
            for (int k = 0; k < scale; k++) {
                buf[--p] = (byte) ('0' + u % 10);
                u /= 10;
            }
            buf[--p] = '.';
            digits(buf, p, u);
            count += n;
        }

        /** Decimal digits of {@code v >= 0} (1 for 0). */
        static int digitCount(long v) {
            int n = 1;
            long p = 10;
            while (n < 19 && v >= p) {
                n++;
                p *= 10;
            }
            return n;
        }

        void writeTo(java.io.OutputStream out) throws IOException {
            out.write(buf, 0, count);
        }
    }

    /** One line's JSON as bytes, the fields in the order of {@link #line}; one per thread. */
    private static final class LineBytes {
        private static final String[] NAMES = {"line", "part", "parent", "quantity", "makeBuy", "origin", "certificate",
            "value", "originatingValue", "nonOriginatingValue", "basis"};
        private static final byte[] NULL = "null".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        private static final long MAX_CENTS = 999_999_999_999_999_999L;

        final byte[] first;
        final byte[] separator;
        private final byte[][] before = new byte[NAMES.length][];
        private final byte[] end;
        private final long[] cents = new long[2];
        private final com.fasterxml.jackson.core.io.JsonStringEncoder encoder =
                com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance();

        LineBytes(boolean pretty) {
            String nl = com.fasterxml.jackson.core.util.DefaultIndenter.SYS_LF;
            for (int i = 0; i < NAMES.length; i++) {
                String open = i == 0 ? "{" : ",";
                before[i] = ascii(pretty ? open + nl + "    \"" + NAMES[i] + "\" : " : open + "\"" + NAMES[i] + "\":");
            }
            end = ascii(pretty ? nl + "  }" : "}");
            first = ascii(pretty ? " " : "");
            separator = ascii(pretty ? ", " : ",");
        }

        private static byte[] ascii(String s) {
            return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }

        /**
         * Result {@code i} of {@code results}, as {@link #line(Chunk, Assessment.LineResult)} writes
         * {@code results.get(i)}, without making it: the amounts from the valuation's longs
         * ({@link LineResults#cents}), the quantity from the BOM's column; a line whose amounts do not fit a long
         * goes through {@code get(i)}.
         */
        void line(Chunk b, LineResults results, int i) {
            long[] c = cents;
            if (!results.cents(i, c)) {
                line(b, results.get(i));
                return;
            }
            long value = c[0];
            long non = c[1];
            long originating = value - non; // both below 10^18 in size: no overflow
            if (originating > MAX_CENTS || originating < -MAX_CENTS) {
                line(b, results.get(i));
                return;
            }
            org.localis.bom.BomLine l = results.bomLine(i);
            b.put(before[0]);
            b.putLong(l.line());
            b.put(before[1]);
            string(b, l.part());
            b.put(before[2]);
            string(b, l.parent()); // a parent repeats only over its children: copied, not cached
            b.put(before[3]);
            org.localis.bom.DecimalColumn q = results.quantities();
            if (q.fits(i)) {
                b.putDecimal(q.unscaled(i), q.scale(i));
            } else {
                number(b, l.quantity());
            }
            b.put(before[4]);
            repeatedString(b, l.makeBuy().code());
            b.put(before[5]);
            repeatedString(b, l.origin());
            b.put(before[6]);
            repeatedString(b, l.certificate());
            b.put(before[7]);
            b.putCents(value);
            b.put(before[8]);
            b.putCents(originating);
            b.put(before[9]);
            b.putCents(non);
            b.put(before[10]);
            repeatedString(b, results.basis(i));
            b.put(end);
        }

        void line(Chunk b, Assessment.LineResult l) {
            b.put(before[0]);
            b.putLong(l.line());
            b.put(before[1]);
            string(b, l.part());
            b.put(before[2]);
            repeatedString(b, l.parent());
            b.put(before[3]);
            number(b, l.quantity());
            b.put(before[4]);
            repeatedString(b, l.makeBuy());
            b.put(before[5]);
            repeatedString(b, l.origin());
            b.put(before[6]);
            repeatedString(b, l.certificate());
            b.put(before[7]);
            number(b, l.value());
            b.put(before[8]);
            number(b, l.originatingValue());
            b.put(before[9]);
            number(b, l.nonOriginatingValue());
            b.put(before[10]);
            repeatedString(b, l.basis());
            b.put(end);
        }

        /**
         * A string value, quoted: copied as it is when every character is printable ASCII other than a quote or a
         * backslash (which Jackson's UTF-8 generator writes unchanged, as it does by default), else escaped and
         * encoded by Jackson's encoder.
         */
        private void string(Chunk b, String s) {
            if (s == null) {
                b.put(NULL);
                return;
            }
            int n = s.length();
            b.ensure(n + 2);
            byte[] buf = b.buf;
            int p = b.count;
            buf[p++] = '"';
            for (int k = 0; k < n; k++) {
                char ch = s.charAt(k);
                if (ch < 0x20 || ch > 0x7E || ch == '"' || ch == '\\') {
                    escaped(b, s);
                    return;
                }
                buf[p++] = (byte) ch;
            }
            buf[p++] = '"';
            b.count = p;
        }

        /** {@link #string} of a value that needs escaping or is not ASCII, by Jackson's encoder. */
        private void escaped(Chunk b, String s) {
            b.put(QUOTE);
            if (hasSurrogate(s)) {
                escapedWithSurrogates(b, s);
            } else {
                b.put(encoder.quoteAsUTF8(s));
            }
            b.put(QUOTE);
        }

        private static final byte[] QUOTE = {'"'};

        // the values that repeat from line to line, quoted and escaped once: a direct-mapped cache by the hash
        private final String[] repeatedKeys = new String[512];
        private final byte[][] repeatedBytes = new byte[512][];

        private void repeatedString(Chunk b, String s) {
            if (s == null) {
                b.put(NULL);
                return;
            }
            int slot = (s.hashCode() * 0x9E3779B9 >>> 23) & 511;
            String k = repeatedKeys[slot];
            if (k == null || (k != s && !k.equals(s))) {
                Chunk one = new Chunk(s.length() + 8);
                string(one, s);
                repeatedKeys[slot] = s;
                repeatedBytes[slot] = java.util.Arrays.copyOf(one.buf, one.count);
            }
            b.put(repeatedBytes[slot]);
        }

        private static boolean hasSurrogate(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (Character.isSurrogate(s.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        /** As Jackson's UTF-8 generator writes a character outside the BMP: each half as an escape, {@code \\uD83D}. */
        private void escapedWithSurrogates(Chunk b, String s) {
            int run = 0;
            for (int i = 0; i <= s.length(); i++) {
                if (i == s.length() || Character.isSurrogate(s.charAt(i))) {
                    if (i > run) {
                        b.put(encoder.quoteAsUTF8(s.substring(run, i)));
                    }
                    if (i < s.length()) {
                        b.put(ascii(String.format("\\u%04X", (int) s.charAt(i))));
                    }
                    run = i + 1;
                }
            }
        }

        /** As {@link AssessmentJson#number}. */
        private static void number(Chunk b, java.math.BigDecimal v) {
            if (v == null) {
                b.put(NULL);
            } else if (v.scale() == 2 && v.precision() <= 18) {
                b.putCents(v.movePointRight(2).longValue());
            } else {
                b.putAscii(v.toString());
            }
        }
    }

    // the field names of a line, quoted and encoded once rather than for each of a million lines
    private static final SerializedString LINE = new SerializedString("line");
    private static final SerializedString PART = new SerializedString("part");
    private static final SerializedString PARENT = new SerializedString("parent");
    private static final SerializedString QUANTITY = new SerializedString("quantity");
    private static final SerializedString MAKE_BUY = new SerializedString("makeBuy");
    private static final SerializedString ORIGIN = new SerializedString("origin");
    private static final SerializedString CERTIFICATE = new SerializedString("certificate");
    private static final SerializedString VALUE = new SerializedString("value");
    private static final SerializedString ORIGINATING_VALUE = new SerializedString("originatingValue");
    private static final SerializedString NON_ORIGINATING_VALUE = new SerializedString("nonOriginatingValue");
    private static final SerializedString BASIS = new SerializedString("basis");

    /** One explained line, the fields in the order of {@link #toMap(Assessment)}. */
    private static void line(JsonGenerator g, Assessment.LineResult l, char[] digits, Repeated repeated) throws IOException {
        head(g, l.line(), l.part(), l.parent(), l.quantity(), l.makeBuy(), l.origin(), l.certificate(), digits, repeated);
        g.writeFieldName(VALUE);
        number(g, l.value(), digits);
        g.writeFieldName(ORIGINATING_VALUE);
        number(g, l.originatingValue(), digits);
        g.writeFieldName(NON_ORIGINATING_VALUE);
        number(g, l.nonOriginatingValue(), digits);
        g.writeFieldName(BASIS);
        repeated.write(g, l.basis());
        g.writeEndObject();
    }

    /** The start of a line's object: the fields both line writers take from the BOM line, in document order. */
    private static void head(JsonGenerator g, int line, String part, String parent, java.math.BigDecimal quantity,
                             String makeBuy, String origin, String certificate, char[] digits, Repeated repeated)
            throws IOException {
        g.writeStartObject();
        g.writeFieldName(LINE);
        g.writeNumber(line);
        g.writeFieldName(PART);
        g.writeString(part);
        g.writeFieldName(PARENT);
        g.writeString(parent);
        g.writeFieldName(QUANTITY);
        number(g, quantity, digits);
        g.writeFieldName(MAKE_BUY);
        repeated.write(g, makeBuy);
        g.writeFieldName(ORIGIN);
        repeated.write(g, origin);
        g.writeFieldName(CERTIFICATE);
        repeated.write(g, certificate);
    }

    /**
     * Result {@code i} of {@code results} as {@link #line(JsonGenerator, Assessment.LineResult, char[], Repeated)} writes
     * {@code results.get(i)}, without making it: the amounts from the valuation's longs ({@link LineResults#cents}); a
     * line whose amounts do not fit a long goes through {@code get(i)}.
     */
    private static void line(JsonGenerator g, LineResults results, int i, char[] digits, Repeated repeated, long[] cents)
            throws IOException {
        if (!results.cents(i, cents)) {
            line(g, results.get(i), digits, repeated);
            return;
        }
        long value = cents[0];
        long non = cents[1];
        long originating = value - non;
        if (originating > 999_999_999_999_999_999L || originating < -999_999_999_999_999_999L) {
            line(g, results.get(i), digits, repeated);
            return;
        }
        org.localis.bom.BomLine l = results.bomLine(i);
        head(g, l.line(), l.part(), l.parent(), l.quantity(), l.makeBuy().code(), l.origin(), l.certificate(), digits,
                repeated);
        g.writeFieldName(VALUE);
        int n = cents(value, digits);
        g.writeNumber(digits, digits.length - n, n);
        g.writeFieldName(ORIGINATING_VALUE);
        n = cents(originating, digits);
        g.writeNumber(digits, digits.length - n, n);
        g.writeFieldName(NON_ORIGINATING_VALUE);
        n = cents(non, digits);
        g.writeNumber(digits, digits.length - n, n);
        g.writeFieldName(BASIS);
        repeated.write(g, results.basis(i));
        g.writeEndObject();
    }

    /**
     * The values that repeat from line to line (make/buy, countries, certificates, the reasons), quoted and encoded
     * once: a direct-mapped cache by the string's hash, so a value that does not repeat costs one comparison.
     */
    private static final class Repeated {
        private final String[] keys = new String[512];
        private final SerializedString[] values = new SerializedString[512];

        void write(JsonGenerator g, String s) throws IOException {
            if (s == null) {
                g.writeNull();
            } else {
                g.writeString(of(s));
            }
        }

        SerializedString of(String s) {
            int slot = (s.hashCode() * 0x9E3779B9 >>> 23) & 511;
            String k = keys[slot];
            if (k != null && (k == s || k.equals(s))) {
                return values[slot];
            }
            SerializedString v = new SerializedString(s);
            keys[slot] = s;
            values[slot] = v;
            return v;
        }
    }

    /**
     * A number as {@link java.math.BigDecimal#toString()} writes it; money (two decimals, up to 18 digits) is
     * written from its digits without building a string.
     */
    static void number(JsonGenerator g, java.math.BigDecimal v, char[] digits) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v.scale() == 2 && v.precision() <= 18) {
            int n = cents(v.movePointRight(2).longValue(), digits);
            g.writeNumber(digits, digits.length - n, n);
        } else {
            g.writeNumber(v);
        }
    }

    /** Writes {@code cents / 100} with two decimals at the end of {@code out}; returns the number of chars. */
    static int cents(long cents, char[] out) {
        boolean negative = cents < 0;
        long u = Math.abs(cents);
        int p = out.length;
        for (int k = 0; k < 2; k++) {
            out[--p] = (char) ('0' + u % 10);
            u /= 10;
        }
        out[--p] = '.';
        do {
            out[--p] = (char) ('0' + u % 10);
            u /= 10;
        } while (u != 0);
        if (negative) {
            out[--p] = '-';
        }
        return out.length - p;
    }

    public static String toJson(Assessment a) {
        try {
            return Mappers.PRETTY.writeValueAsString(toMap(a));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an assessment could not be written as JSON", e);
        }
    }
}
