package org.localis.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.localis.bom.Bom;
import org.localis.bom.BomCsvReader;
import org.localis.bom.BomGenerator;
import org.localis.operation.Operations;
import org.localis.product.Product;
import org.localis.product.ProductManifestReader;
import org.localis.scheme.SchemeCatalog;
import org.localis.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The streamed JSON and text are the documents the in-memory rendering gave (byte for byte for
 * {@code all}), and the other line details keep every other field as it was.
 */
class StreamingOutputTest {

    private static final LocalDate DATE = LocalDate.of(2025, 6, 1);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static List<Assessment> examples() {
        List<Assessment> out = new ArrayList<>();
        Product sedan = ProductManifestReader.read(Fixtures.example("roll-up-sedan").resolve("product.yaml"));
        Product car = ProductManifestReader.read(Fixtures.example("roadmap-car").resolve("product.yaml"));
        SchemeCatalog catalog = SchemeCatalog.builtIn();
        for (String scheme : List.of("usmca-passenger-car", "ru-component-domestic-value", "eu-maxnom-passenger-car",
                "usmca-core-parts-transaction-value")) {
            out.add(Assessor.assess(AssessmentRequest.of(withPrice(sedan), catalog.require(scheme, "scheme"), 2025, DATE)));
        }
        out.add(Assessor.assess(AssessmentRequest.of(sedan, Fixtures.testScheme("rvc-nc-rollup.yaml"), 2024, DATE)));
        out.add(Assessor.assess(AssessmentRequest.of(car, catalog.require("ru-719-passenger-car", "scheme"), 2025, DATE)));
        return out;
    }

    private static Product withPrice(Product p) {
        BigDecimal price = p.price() != null ? p.price() : new BigDecimal("30000");
        BigDecimal net = p.netCost() != null ? p.netCost() : new BigDecimal("25000");
        return new Product(p.name(), p.category(), p.currency(), price, net, p.annualVolume(), p.bom(), Operations.NONE,
                p.certificates(), p.rates(), p.source(), p.vehicle());
    }

    private static String streamed(Assessment a, LineDetail d, Map<String, Object> before, Map<String, Object> after,
                                   boolean pretty) throws IOException {
        StringWriter w = new StringWriter();
        AssessmentJson.write(a, d, before, after, w, pretty);
        return w.toString();
    }

    @Test
    void allLinesIsTheOldDocumentByteForByte() throws IOException {
        for (Assessment a : examples()) {
            assertThat(streamed(a, LineDetail.ALL, Map.of(), Map.of(), true)).isEqualTo(AssessmentJson.toJson(a));
        }
    }

    @Test
    void utf8BytesAreTheSameDocument() throws IOException {
        for (Assessment a : examples()) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            AssessmentJson.write(a, LineDetail.ALL, Map.of(), Map.of(), bytes, true);
            assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(AssessmentJson.toJson(a));
        }
    }

    @Test
    void compactWithExtraFieldsIsTheOldMapSerialized() throws IOException {
        for (Assessment a : examples()) {
            Map<String, Object> old = new LinkedHashMap<>();
            old.put("id", 42L);
            old.putAll(AssessmentJson.toMap(a));
            old.put("costStatement", Map.of("netCost", new BigDecimal("25000.00")));
            String expected = MAPPER.writeValueAsString(old);
            assertThat(streamed(a, LineDetail.ALL, Map.of("id", 42L), Map.of("costStatement",
                    Map.of("netCost", new BigDecimal("25000.00"))), false)).isEqualTo(expected);
        }
    }

    @Test
    void extraFieldsOfAnyTypeAreWrittenAsAnObjectMapperWritesThem() throws IOException {
        // the streamed documents write strings, numbers, lists and maps without a mapper, anything else through one
        Map<String, Object> odd = new LinkedHashMap<>();
        odd.put("double", 2.5);
        odd.put("enum", LineDetail.Mode.TOP);
        odd.put("uuid", java.util.UUID.fromString("00000000-0000-0000-0000-000000000001"));
        odd.put("set", new java.util.TreeSet<>(List.of("b", "a")));
        odd.put("intKeys", Map.of(1, "one"));
        odd.put("nested", java.util.Arrays.asList(null, List.of(), Map.of(), new BigDecimal("1E+3"), 7L, true, "é\"\n"));
        odd.put("null", null);
        Assessment a = examples().get(0);
        Map<String, Object> old = new LinkedHashMap<>();
        old.put("id", 42L);
        old.putAll(AssessmentJson.toMap(a));
        old.put("extra", odd);
        for (boolean pretty : new boolean[] {true, false}) {
            String expected = pretty ? new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(old)
                    : MAPPER.writeValueAsString(old);
            assertThat(streamed(a, LineDetail.ALL, Map.of("id", 42L), Map.of("extra", odd), pretty)).isEqualTo(expected);
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            AssessmentJson.write(a, LineDetail.ALL, Map.of("id", 42L), Map.of("extra", odd), bytes, pretty);
            assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(expected).contains("\"TOP\"", "1E+3", "[ \"a\", \"b\" ]"
                    .replace(" ", pretty ? " " : ""));
        }
    }

    @Test
    void textIsTheOldText() throws IOException {
        for (Assessment a : examples()) {
            StringWriter w = new StringWriter();
            AssessmentText.write(a, null, w);
            assertThat(w.toString()).isEqualTo(AssessmentText.format(a)).contains("BOM lines (value per product unit):");
            StringWriter all = new StringWriter();
            AssessmentText.write(a, LineDetail.ALL, all);
            assertThat(all.toString()).isEqualTo(w.toString()); // small BOMs list every line by default
            StringWriter none = new StringWriter();
            AssessmentText.write(a, LineDetail.NONE, none);
            assertThat(none.toString()).doesNotContain("BOM lines (value").contains(a.lines().size() + " BOM lines; none listed")
                    .contains("Score:");
        }
    }

    @Test
    void topAndNoneKeepEveryOtherField() throws IOException {
        for (Assessment a : examples()) {
            JsonNode all = MAPPER.readTree(AssessmentJson.toJson(a));
            JsonNode none = MAPPER.readTree(streamed(a, LineDetail.NONE, Map.of(), Map.of(), true));
            JsonNode top = MAPPER.readTree(streamed(a, LineDetail.top(2), Map.of(), Map.of(), false));
            assertThat(none.get("lines").size()).isZero();
            assertThat(none.get("linesListed").asText()).isEqualTo("none");
            assertThat(none.get("linesTotal").asInt()).isEqualTo(a.lines().size());
            assertThat(top.get("linesListed").asText()).isEqualTo("top 2");
            assertThat(top.get("lines").size()).isLessThanOrEqualTo(2);
            for (JsonNode doc : List.of(none, top)) {
                var stripped = ((com.fasterxml.jackson.databind.node.ObjectNode) doc.deepCopy());
                stripped.remove(List.of("lines", "linesListed", "linesTotal"));
                var expected = ((com.fasterxml.jackson.databind.node.ObjectNode) all.deepCopy());
                expected.remove("lines");
                assertThat(stripped).isEqualTo(expected);
            }
            // the top lines are the largest non-originating ones, largest first, as listed in full
            List<BigDecimal> allNon = new ArrayList<>();
            all.get("lines").forEach(l -> allNon.add(l.get("nonOriginatingValue").decimalValue()));
            allNon.sort(java.util.Comparator.reverseOrder());
            List<BigDecimal> topNon = new ArrayList<>();
            top.get("lines").forEach(l -> topNon.add(l.get("nonOriginatingValue").decimalValue()));
            List<BigDecimal> positive = allNon.stream().filter(v -> v.signum() > 0).limit(2).toList();
            assertThat(topNon).usingElementComparator(BigDecimal::compareTo).containsExactlyElementsOf(positive);
            for (JsonNode l : top.get("lines")) {
                assertThat(all.get("lines")).contains(l);
            }
        }
    }

    @Property(tries = 15)
    void generatedBomsStreamTheSameDocument(@ForAll @IntRange(min = 1, max = 3000) int lines,
                                            @ForAll @IntRange(min = 0, max = 1000) int seed) throws IOException {
        StringWriter csv = new StringWriter();
        BomGenerator.write(csv, lines, seed);
        Bom bom = BomCsvReader.read(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "bom.csv");
        Product p = new Product("gen", "passenger-car", "RUB", new BigDecimal("900000000"), new BigDecimal("800000000"), null,
                bom, Operations.NONE, List.of(), Map.of(), "gen");
        for (String scheme : List.of("usmca-passenger-car", "ru-component-domestic-value")) {
            Assessment a = Assessor.assess(AssessmentRequest.of(p, SchemeCatalog.builtIn().require(scheme, "scheme"), 2025, DATE));
            assertThat(streamed(a, LineDetail.ALL, Map.of(), Map.of(), true)).isEqualTo(AssessmentJson.toJson(a));
            String text = AssessmentText.format(a);
            StringWriter w = new StringWriter();
            AssessmentText.write(a, null, w);
            assertThat(w.toString()).isEqualTo(text);
        }
    }

    @Property(tries = 6)
    void linesOfALargeResultWrittenInChunksOnTwoThreadsAreTheDocumentOfOneGenerator(
            @ForAll @IntRange(min = AssessmentJson.LineChunks.SIZE - 2, max = 3 * AssessmentJson.LineChunks.SIZE + 5) int lines,
            @ForAll @IntRange(min = 0, max = 1000) int seed, @ForAll boolean pretty) throws IOException {
        StringWriter csv = new StringWriter();
        BomGenerator.write(csv, lines, seed);
        Bom bom = BomCsvReader.read(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "bom.csv");
        Product p = new Product("gen", "passenger-car", "RUB", new BigDecimal("900000000"), new BigDecimal("800000000"), null,
                bom, Operations.NONE, List.of(), Map.of(), "gen");
        Assessment a = Assessor.assess(AssessmentRequest.of(p, SchemeCatalog.builtIn().require("ru-component-domestic-value",
                "scheme"), 2025, DATE));
        long[] cents = new long[2];
        for (int i = 0; i < a.lines().size(); i++) { // a generated BOM's amounts all fit: no line through BigDecimal
            assertThat(((LineResults) a.lines()).cents(i, cents)).isTrue();
        }
        Map<String, Object> before = Map.of("id", 7L);
        Map<String, Object> after = Map.of("costStatement", Map.of("netCost", new BigDecimal("25000.00")));
        for (LineDetail d : List.of(LineDetail.ALL, LineDetail.parse("top 3"), LineDetail.NONE)) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            AssessmentJson.write(a, d, before, after, bytes, pretty); // chunks on two threads above SIZE lines
            assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(oneUtf8Generator(a, d, before, after, pretty))
                    .isEqualTo(streamed(a, d, before, after, pretty));
        }
        if (pretty) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            AssessmentJson.write(a, LineDetail.ALL, Map.of(), Map.of(), bytes, true);
            assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(AssessmentJson.toJson(a));
        }
    }

    @Test
    void linesWrittenAsBytesEscapeTextAndWriteNumbersAsTheGeneratorDoes() throws IOException {
        // part numbers and origins that need escaping or are not ASCII, quantities that are not money, certified lines
        List<org.localis.bom.BomLine> lines = new ArrayList<>();
        String[] odd = {"a\"b", "back\\slash", "tab\tpart", "деталь", "€ 5", "ctrl\u0001", "slash/ok", "emoji\uD83D\uDE00"};
        lines.add(new org.localis.bom.BomLine(2, "ROOT \"1\"", "", "", BigDecimal.ONE, "EA", new BigDecimal("10.5"), "", "",
                "", org.localis.bom.MakeBuy.MAKE, ""));
        for (int i = 0; i < AssessmentJson.LineChunks.SIZE * 2 + 3; i++) {
            String part = odd[i % odd.length] + i;
            BigDecimal qty = switch (i % 4) {
                case 0 -> BigDecimal.ONE;
                case 1 -> new BigDecimal("2.500");
                case 2 -> new BigDecimal("1E+3");
                default -> new BigDecimal("0.0001");
            };
            lines.add(new org.localis.bom.BomLine(i + 3, part, "ROOT \"1\"", "d", qty, "EA", new BigDecimal(i % 7 + ".13"), "",
                    i % 3 == 0 ? "RU" : i % 3 == 1 ? "DE" : "", "", org.localis.bom.MakeBuy.BUY, ""));
        }
        Bom bom = Bom.of("bom.csv", lines);
        Product p = new Product("gen", "passenger-car", "RUB", new BigDecimal("900000000"), new BigDecimal("800000000"), null,
                bom, Operations.NONE, List.of(), Map.of(), "gen");
        Assessment a = Assessor.assess(AssessmentRequest.of(p, SchemeCatalog.builtIn().require("ru-component-domestic-value",
                "scheme"), 2025, DATE));
        for (boolean pretty : new boolean[] {true, false}) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            AssessmentJson.write(a, LineDetail.ALL, Map.of(), Map.of(), bytes, pretty);
            String expected = oneUtf8Generator(a, LineDetail.ALL, Map.of(), Map.of(), pretty);
            assertThat(expected).contains("деталь", "a\\\"b", "back\\\\slash", "\\t", "\\u0001", "1E+3",
                    "emoji\\uD83D\\uDE00");
            assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
        }
    }

    /**
     * A BOM of several levels whose amounts take every path of the lines written from longs: quantities and costs of
     * scales 0 to 6 (and quantities like 1E+3), sub-assemblies used several times over (a quantity per product that is
     * not 1), costs in a foreign currency at a rate of six decimals, certificates that trace a share of 37.5 %, halves
     * of a cent, costs large enough for a product to overflow a long (the line then goes through its
     * {@code BigDecimal}s), and zero costs.
     */
    private static Assessment multiLevel(long seed, int lines, String scheme) {
        return Assessor.assess(AssessmentRequest.of(multiLevelProduct(seed, lines),
                SchemeCatalog.builtIn().require(scheme, "scheme"), 2025, DATE));
    }

    /**
     * A product of {@code lines} random lines: parents anywhere above, quantities and costs of every scale (some whose
     * products overflow a long), a tenth in EUR, certificates, unknown origins.
     */
    static Product multiLevelProduct(long seed, int lines) {
        java.util.Random r = new java.util.Random(seed);
        List<org.localis.bom.BomLine> out = new ArrayList<>();
        List<String> makes = new ArrayList<>();
        List<org.localis.certificate.SupplierCertificate> certs = new ArrayList<>();
        String[] origins = {"RU", "DE", "CN", "", "KZ", "BY"};
        for (int i = 0; i < lines; i++) {
            String part = "P" + i;
            String parent = makes.isEmpty() || r.nextInt(25) == 0 ? "" : makes.get(r.nextInt(makes.size()));
            boolean make = i < lines - 50 && r.nextInt(6) == 0;
            BigDecimal qty = switch (r.nextInt(8)) {
                case 0 -> BigDecimal.valueOf(1 + r.nextInt(9), r.nextInt(4));
                case 1 -> new BigDecimal("1E+3");
                case 2 -> BigDecimal.valueOf(1 + r.nextInt(1000), 3);
                case 3 -> BigDecimal.valueOf(1 + r.nextInt(3));
                default -> BigDecimal.ONE;
            };
            BigDecimal cost = switch (r.nextInt(12)) {
                case 0 -> BigDecimal.ZERO;
                case 1 -> BigDecimal.valueOf(5, 3); // half a cent
                case 2 -> BigDecimal.valueOf(r.nextLong(1, 1_000_000_000_000_000L), r.nextInt(3)); // products overflow
                case 3 -> BigDecimal.valueOf(r.nextLong(1, 100_000_000L), r.nextInt(7));
                case 4 -> BigDecimal.valueOf(r.nextInt(1000) * 10 + 5, 3);
                default -> BigDecimal.valueOf(r.nextInt(1_000_000), 2);
            };
            String currency = r.nextInt(10) == 0 ? "EUR" : "";
            String certificate = "";
            if (!make && r.nextInt(15) == 0) {
                certificate = "C" + i;
                certs.add(new org.localis.certificate.SupplierCertificate(i + 2, certificate, "holder", part, r.nextBoolean(),
                        new BigDecimal("37.5"), LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1), false));
            }
            out.add(new org.localis.bom.BomLine(i + 2, part, parent, "d", qty, "EA", cost, currency,
                    origins[r.nextInt(origins.length)], "", make ? org.localis.bom.MakeBuy.MAKE : org.localis.bom.MakeBuy.BUY,
                    certificate));
            if (make) {
                makes.add(part);
            }
        }
        return new Product("gen", "passenger-car", "RUB", new BigDecimal("900000000"), new BigDecimal("800000000"), null,
                Bom.of("bom.csv", out), Operations.NONE, certs, Map.of("EUR", new BigDecimal("98.765432")), "gen");
    }

    @Property(tries = 4)
    void amountsFromLongsAreTheLineResultsAmounts(@ForAll @IntRange(min = 0, max = 1000) int seed) throws IOException {
        for (String scheme : List.of("ru-component-domestic-value", "usmca-passenger-car")) {
            Assessment a = multiLevel(seed, AssessmentJson.LineChunks.SIZE + 500, scheme);
            LineResults results = (LineResults) a.lines();
            long[] cents = new long[2];
            int fromLongs = 0;
            for (int i = 0; i < results.size(); i++) {
                Assessment.LineResult l = results.get(i);
                if (results.cents(i, cents)) {
                    fromLongs++;
                    assertThat(BigDecimal.valueOf(cents[0], 2)).isEqualTo(l.value());
                    assertThat(BigDecimal.valueOf(cents[1], 2)).isEqualTo(l.nonOriginatingValue());
                    assertThat(BigDecimal.valueOf(cents[0] - cents[1], 2)).isEqualTo(l.originatingValue());
                }
            }
            // both paths taken: most lines from longs, the sums of costs beyond 10^15 and their parents through BigDecimal
            assertThat(fromLongs).isGreaterThan(results.size() / 2).isLessThan(results.size());
            // the chunks written from longs, and a generator written from longs (the REST API's), against the map of
            // LineResult objects serialized by an ObjectMapper
            Map<String, Object> withId = new LinkedHashMap<>();
            withId.put("id", 3L);
            withId.putAll(AssessmentJson.toMap(a));
            String compact = MAPPER.writeValueAsString(withId);
            String pretty = AssessmentJson.toJson(a);
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            AssessmentJson.write(a, LineDetail.ALL, Map.of("id", 3L), Map.of(), bytes, false);
            assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(compact);
            bytes.reset();
            AssessmentJson.write(a, LineDetail.ALL, Map.of(), Map.of(), bytes, true);
            assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(pretty);
            assertThat(oneUtf8Generator(a, LineDetail.ALL, Map.of("id", 3L), Map.of(), false)).isEqualTo(compact);
            assertThat(oneUtf8Generator(a, LineDetail.ALL, Map.of(), Map.of(), true)).isEqualTo(pretty);
            assertThat(streamed(a, LineDetail.ALL, Map.of(), Map.of(), true)).isEqualTo(pretty);
        }
    }

    @Property(tries = 3000)
    void centsOfAProductAreMultiplyThenSetScaleHalfUp(@ForAll long au, @ForAll @IntRange(min = -25, max = 40) int as,
                                                     @ForAll @net.jqwik.api.constraints.LongRange(min = -100_000_000L,
                                                             max = 100_000_000L) long bu,
                                                     @ForAll @IntRange(min = -5, max = 12) int bs) {
        BigDecimal exact = BigDecimal.valueOf(au, as).multiply(BigDecimal.valueOf(bu, bs))
                .setScale(2, java.math.RoundingMode.HALF_UP);
        long cents = MaterialValuation.roundedCents(au, as, bu, bs);
        if (cents != MaterialValuation.NO_CENTS) {
            assertThat(BigDecimal.valueOf(cents, 2)).isEqualTo(exact);
        } else {
            // only when the product, the scaling or the result is beyond a long of 18 digits
            boolean productFits = BigDecimal.valueOf(au).multiply(BigDecimal.valueOf(bu))
                    .abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
            assertThat(!productFits || exact.precision() > 18 || as + bs - 2 > 18 || 2 - as - bs > 18).isTrue();
        }
    }

    @Test
    void halvesOfACentRoundAwayFromZero() {
        assertThat(MaterialValuation.roundedCents(5, 3, 1, 0)).isEqualTo(1);          // 0.005 -> 0.01
        assertThat(MaterialValuation.roundedCents(-5, 3, 1, 0)).isEqualTo(-1);        // -0.005 -> -0.01
        assertThat(MaterialValuation.roundedCents(4999, 6, 1, 0)).isEqualTo(0);       // 0.004999 -> 0.00
        assertThat(MaterialValuation.roundedCents(125, 1, 5, 3)).isEqualTo(6);        // 12.5 x 0.005 = 0.0625 -> 0.06
        assertThat(MaterialValuation.roundedCents(1, -3, 25, 1)).isEqualTo(250_000);  // 1E+3 x 2.5 = 2500.00
        assertThat(MaterialValuation.roundedCents(Long.MAX_VALUE, 0, 2, 0)).isEqualTo(MaterialValuation.NO_CENTS);
        assertThat(MaterialValuation.roundedCents(1, 0, 1, -17)).isEqualTo(MaterialValuation.NO_CENTS); // 10^19 cents
    }

    @Property(tries = 3000)
    void numbersWrittenAsBytesAreWhatBigDecimalAndLongWrite(@ForAll long u, @ForAll @IntRange(min = -10, max = 30) int scale) {
        AssessmentJson.Chunk c = new AssessmentJson.Chunk(8);
        c.putDecimal(u, scale);
        assertThat(new String(c.buf, 0, c.count, StandardCharsets.US_ASCII)).isEqualTo(BigDecimal.valueOf(u, scale).toString());
        c.count = 0;
        c.putLong(u);
        assertThat(new String(c.buf, 0, c.count, StandardCharsets.US_ASCII)).isEqualTo(Long.toString(u));
        long cents = u % 1_000_000_000_000_000_000L; // below 10^18 in size, as the lines write them
        c.count = 0;
        c.putCents(cents);
        assertThat(new String(c.buf, 0, c.count, StandardCharsets.US_ASCII)).isEqualTo(BigDecimal.valueOf(cents, 2).toString());
    }

    /** The document as one UTF-8 generator writes it (what the streamed bytes were before lines were written in chunks). */
    private static String oneUtf8Generator(Assessment a, LineDetail d, Map<String, Object> before, Map<String, Object> after,
                                           boolean pretty) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (com.fasterxml.jackson.core.JsonGenerator g = new ObjectMapper().createGenerator(bytes,
                com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
            if (pretty) {
                g.useDefaultPrettyPrinter();
            }
            AssessmentJson.write(a, d, before, after, g);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Property(tries = 2000)
    void moneyIsWrittenAsBigDecimalWritesIt(@ForAll @net.jqwik.api.constraints.LongRange(min = -999_999_999_999_999_999L,
            max = 999_999_999_999_999_999L) long cents) {
        char[] out = new char[24];
        int n = AssessmentJson.cents(cents, out);
        assertThat(new String(out, out.length - n, n)).isEqualTo(BigDecimal.valueOf(cents, 2).toString());
    }

    @Test
    void lineDetailIsParsedOrRefusedByName() {
        assertThat(LineDetail.parse("all")).isEqualTo(LineDetail.ALL);
        assertThat(LineDetail.parse(" NONE ")).isEqualTo(LineDetail.NONE);
        assertThat(LineDetail.parse("top 20")).isEqualTo(LineDetail.top(20));
        assertThat(LineDetail.parse(List.of("top", "5"))).isEqualTo(LineDetail.top(5));
        assertThat(LineDetail.parse("top:7")).isEqualTo(LineDetail.top(7));
        assertThat(LineDetail.parse("top=3")).isEqualTo(LineDetail.top(3));
        for (String bad : List.of("", "top", "top 0", "top -1", "top 99999999", "some", "top x")) {
            assertThatThrownBy(() -> LineDetail.parse(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("must be all, none or top N");
        }
    }

    @Test
    void jsonIsPrettyLikeBeforeWhenAsked() throws IOException {
        Assessment a = examples().get(0);
        String pretty = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(AssessmentJson.toMap(a));
        assertThat(streamed(a, LineDetail.ALL, null, null, true)).isEqualTo(pretty);
    }
}
