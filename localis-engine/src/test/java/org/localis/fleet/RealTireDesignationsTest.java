package org.localis.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The corpus test of issue 15: real tire designations as suppliers registered them in the European Commission's
 * product database EPREL (see {@code tire-corpus/SOURCES.md}), each read by {@link TireSize#read(String)} and
 * compared with what the source says independently of our parser:
 * <ul>
 *   <li>width, aspect ratio and rim: a fixed-position reading of the registered size designation (letters and digits
 *       only, {@code ZR} as {@code R}: the normalization the source itself applies), not {@link TireSizeParser};</li>
 *   <li>load index and speed symbol: EPREL's own {@code loadCapacityIndex} and {@code speedCategorySymbol} columns,
 *       where the designation carries a service description (a record groups registrations of one size, so the value
 *       read must be one of the record's values);</li>
 *   <li>a C/LT mark: EPREL's tyre class (C2 = light-commercial tyre, C1 = passenger tyre);</li>
 *   <li>a ply rating written after the size ({@code 165/70R14C 6PR}): the number written.</li>
 * </ul>
 * At least 99 % must be accepted with every field right, and none of the real non-size strings of the same records
 * (brands, model names, registration numbers, class codes) may be accepted.
 */
class RealTireDesignationsTest {

    private static final String DIR = "/tire-corpus/";
    /** P, LT or HL (high load) prefix, width, aspect, R, rim (a half: 17.5 written 175), C or LT, the rest. */
    private static final Pattern KEY = Pattern.compile("^(P|LT|HL)?(\\d{3})(\\d{2})R(\\d{2})(5?)(C|LT)?(.*)$");
    private static final Pattern SERVICE = Pattern.compile("^(\\d{2,3})(?:/\\d{2,3})?([A-Z])$");
    private static final Pattern PLY = Pattern.compile("^(\\d{1,2})PR$");

    record Row(String registration, String brand, String model, String designation, String sizeDesignation,
               Set<Integer> loadIndices, Set<String> speeds, boolean severeSnow, String tyreClass) {
    }

    @Test
    void realDesignationsAreReadWithTheFieldsTheSourceGives() throws IOException {
        List<Row> rows = rows();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(1500);
        List<String> wrong = new ArrayList<>();
        int right = 0;
        Set<String> distinct = new HashSet<>();
        for (Row r : rows) {
            distinct.add(r.designation().strip());
            String problem = check(r);
            if (problem == null) {
                right++;
            } else {
                wrong.add(r.registration() + " '" + r.designation() + "': " + problem);
            }
        }
        double share = 100.0 * right / rows.size();
        System.out.printf(Locale.ROOT, "tire corpus: %d records (%d distinct designations), %d read with every field right"
                + " (%.2f %%), %d not%n", rows.size(), distinct.size(), right, share, wrong.size());
        wrong.stream().limit(40).forEach(w -> System.out.println("  not right: " + w));
        assertThat(share).as("share read right; not right: %s", wrong.stream().limit(40).toList())
                .isGreaterThanOrEqualTo(99.0);
    }

    @Test
    void realNonSizesFromTheSameRecordsAreRefused() throws IOException {
        List<String> accepted = new ArrayList<>();
        int n = 0;
        for (String[] f : tsv("eprel-non-designations.tsv")) {
            n++;
            String text = unescape(f[1]);
            if (TireSize.problem(text).isEmpty()) {
                accepted.add(f[0] + " '" + text + "' -> " + TireSize.parse(text).canonical());
            }
        }
        System.out.printf(Locale.ROOT, "tire corpus: %d real non-size strings, %d accepted%n", n, accepted.size());
        assertThat(n).isGreaterThan(1000);
        assertThat(accepted).isEmpty();
    }

    @Test
    void everyCorpusFileIsListedInSourcesWithItsChecksum() throws Exception {
        String sources;
        try (InputStream in = RealTireDesignationsTest.class.getResourceAsStream(DIR + "SOURCES.md")) {
            assertThat(in).isNotNull();
            sources = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String name : List.of("eprel-designations.tsv", "eprel-non-designations.tsv")) {
            try (InputStream in = RealTireDesignationsTest.class.getResourceAsStream(DIR + name)) {
                byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
                assertThat(sources).as(name).contains("`" + name + "` | " + java.util.HexFormat.of().formatHex(digest));
            }
        }
    }

    /** Null when the designation was read with every field the source gives; else what differs. */
    static String check(Row r) {
        TireSize t;
        try {
            t = TireSize.read(r.designation()).size();
        } catch (IllegalArgumentException e) {
            return "refused: " + e.getMessage();
        }
        String key = r.sizeDesignation().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "").replace("ZR", "R");
        Matcher m = KEY.matcher(key);
        if (!m.matches()) {
            return "the test cannot read the registered size '" + r.sizeDesignation() + "'";
        }
        List<String> diff = new ArrayList<>();
        expect(diff, "width", new BigDecimal(m.group(2)), t.width());
        expect(diff, "aspect", Integer.valueOf(m.group(3)), t.aspect());
        expect(diff, "construction", Construction.R, t.construction());
        BigDecimal rim = new BigDecimal(m.group(4) + (m.group(5).isEmpty() ? "" : ".5"));
        if (t.rim().compareTo(rim) != 0) {
            diff.add("rim " + t.rim() + " instead of " + rim);
        }
        expect(diff, "ZR", r.sizeDesignation().toUpperCase(Locale.ROOT).contains("ZR"), t.zr());
        if ("C1".equals(r.tyreClass()) || "C2".equals(r.tyreClass())) {
            expect(diff, "C/LT (EPREL class " + r.tyreClass() + ")", "C2".equals(r.tyreClass()),
                    t.commercial() || t.lightTruck());
        }
        String rest = designationRest(r);
        Matcher service = SERVICE.matcher(rest);
        Matcher ply = PLY.matcher(rest);
        if (service.matches() || !r.designation().equals(r.sizeDesignation())) {
            if (t.loadIndex() == null || !r.loadIndices().contains(t.loadIndex())) {
                diff.add("load index " + t.loadIndex() + " not one of EPREL's " + r.loadIndices());
            }
            if (t.speed() == null || !r.speeds().contains(t.speed().code())) {
                diff.add("speed " + (t.speed() == null ? null : t.speed().code()) + " not one of EPREL's " + r.speeds());
            }
        } else if (ply.matches()) {
            expect(diff, "ply rating", Integer.valueOf(ply.group(1)), t.plyRating());
            expect(diff, "load index", null, t.loadIndex());
        } else if (rest.isEmpty()) {
            expect(diff, "load index", null, t.loadIndex());
            expect(diff, "speed", null, t.speed());
        }
        if (!t.equals(TireSize.parse(t.canonical()))) {
            diff.add("canonical '" + t.canonical() + "' does not read back to the same size");
        }
        return diff.isEmpty() ? null : String.join("; ", diff);
    }

    /** What follows the size in a size-designation row, letters and digits only (96H, 6PR), else "". */
    private static String designationRest(Row r) {
        if (!r.designation().equals(r.sizeDesignation())) {
            return "";
        }
        String key = r.designation().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9/]", "").replace("ZR", "R");
        Matcher m = KEY.matcher(key.replace("/", ""));
        return m.matches() ? m.group(7) : "";
    }

    private static void expect(List<String> diff, String field, Object expected, Object actual) {
        if (expected == null ? actual != null : !expected.equals(actual)) {
            diff.add(field + " " + actual + " instead of " + expected);
        }
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String[] f : tsv("eprel-designations.tsv")) {
            Set<Integer> loads = new HashSet<>();
            for (String l : f[5].split(" ")) {
                loads.add(Integer.valueOf(l));
            }
            rows.add(new Row(f[0], f[1], f[2], unescape(f[3]), unescape(f[4]), loads, Set.of(f[6].split(" ")),
                    "1".equals(f[7]), f[8]));
        }
        return rows;
    }

    /** The data lines of a corpus file (comments and the header skipped), split at tabs. */
    private static List<String[]> tsv(String name) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = RealTireDesignationsTest.class.getResourceAsStream(DIR + name)) {
            assertThat(in).as(name).isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.isEmpty()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                out.add(line.split("\t", -1));
            }
        }
        return out;
    }

    private static String unescape(String s) {
        return s.replace("\\t", "\t");
    }
}
