package org.localis.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.localis.input.InvalidInputException;
import org.localis.scheme.ClassificationRule;
import org.localis.scheme.Criterion;
import org.localis.scheme.Period;
import org.localis.scheme.PointsScheme;
import org.localis.scheme.Scheme;
import org.localis.scheme.SchemeLoader;
import org.localis.scheme.Tier;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Scheme files (YAML) as any bytes: a scheme holding every operation, period, tier, classification rule and
 * criterion the file lists, in order and by its own rules, or {@link InvalidInputException}.
 * Seeds: {@code SchemeLoaderFuzzTestInputs/scheme/}.
 */
@org.junit.jupiter.api.Tag("fuzz")
class SchemeLoaderFuzzTest {

    private static final String FILE = "scheme.yaml";

    @FuzzTest(maxDuration = "30s")
    void scheme(byte[] data) {
        if (data.length > FuzzChecks.MAX_INPUT) {
            return;
        }
        Scheme scheme;
        try {
            scheme = SchemeLoader.load(new ByteArrayInputStream(data), FILE);
        } catch (InvalidInputException e) {
            FuzzChecks.checkRejection(e, FILE, FuzzChecks.lineCount(data));
            return;
        }
        assertThat(scheme.id()).matches("[a-z0-9][a-z0-9-]*");
        assertThat(scheme.info().file()).isEqualTo(FILE);
        assertThat(scheme.info().title()).isNotBlank();
        assertThat(scheme.info().version()).isNotBlank();
        assertThat(scheme.territory()).isNotEmpty().allMatch(c -> c.matches("[A-Z]{2}"));
        java.util.Map<String, Integer> lastYear = new java.util.HashMap<>();
        for (Period p : scheme.periods()) {
            String series = p.purpose() + "|" + new java.util.TreeSet<>(p.powertrains());
            Integer last = lastYear.put(series, p.year());
            assertThat(p.year()).as("periods in ascending order within a purpose and powertrains")
                    .isGreaterThan(last == null ? Integer.MIN_VALUE : last);
            assertThat(p.threshold().signum()).isNotNegative();
        }
        BigDecimal lastMargin = null;
        for (Tier t : scheme.tiers()) {
            assertThat(t.margin().signum()).isNotNegative();
            if (lastMargin != null) {
                assertThat(t.margin()).as("tiers with increasing margins").isGreaterThan(lastMargin);
            }
            lastMargin = t.margin();
        }
        for (ClassificationRule r : scheme.classification()) {
            assertThat(scheme.operations().keySet()).containsAll(r.requires()).containsAll(r.anyOf());
        }
        if (scheme instanceof PointsScheme points) {
            for (Criterion c : points.criteria()) {
                assertThat(scheme.operations()).containsKey(c.code());
                assertThat(scheme.operations().keySet()).containsAll(c.requires());
                assertThat(c.points().signum()).isNotNegative();
            }
        }
        // no partial import: as many of each list as the file holds (read here without the loader)
        MappingNode root = (MappingNode) new Yaml(new LoaderOptions())
                .compose(new StringReader(new String(data, StandardCharsets.UTF_8)));
        // a criterion with a title defines its own operation code
        int ownCodes = scheme instanceof PointsScheme ps
                ? (int) ps.criteria().stream().filter(c -> !listedCodes(root).contains(c.code())).count() : 0;
        assertThat(scheme.operations()).as("operations").hasSize(items(root, "operations") + ownCodes);
        assertThat(scheme.periods()).as("periods").hasSize(items(root, "periods"));
        assertThat(scheme.tiers()).as("tiers").hasSize(items(root, "tiers"));
        assertThat(scheme.classification()).as("classification").hasSize(items(root, "classification"));
        if (scheme instanceof PointsScheme points) {
            assertThat(points.criteria()).as("criteria").hasSize(items(root, "criteria"));
        }
    }

    /** The codes listed under operations (read without the loader). */
    private static java.util.Set<String> listedCodes(MappingNode root) {
        java.util.Set<String> out = new java.util.HashSet<>();
        Node value = null;
        for (NodeTuple t : root.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && "operations".equals(k.getValue())) {
                value = t.getValueNode();
            }
        }
        if (value instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (item instanceof MappingNode m) {
                    for (NodeTuple t : m.getValue()) {
                        if (t.getKeyNode() instanceof ScalarNode k && "code".equals(k.getValue())
                                && t.getValueNode() instanceof ScalarNode v) {
                            out.add(v.getValue().trim());
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The number of items of a top-level list (the last key of that name, as the loader reads it). */
    private static int items(MappingNode root, String key) {
        Node value = null;
        for (NodeTuple t : root.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && key.equals(k.getValue())) {
                value = t.getValueNode();
            }
        }
        if (value instanceof SequenceNode seq) {
            return seq.getValue().size();
        }
        return 0;
    }
}
