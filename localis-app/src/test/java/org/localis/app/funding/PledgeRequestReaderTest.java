package org.localis.app.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.localis.app.funding.DriveApiController.PledgeRequest;

/**
 * The streaming reader of the direct pledge endpoint reads exactly what Spring MVC's data binding reads (the
 * application's strict Jackson settings), and declines what it does not read plainly.
 */
class PledgeRequestReaderTest {

    /** As spring.jackson.* in application.yml. */
    static final ObjectMapper BINDING = JsonMapper.builder()
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
    final PledgeRequestReader reader = new PledgeRequestReader(BINDING.getFactory());

    Optional<PledgeRequest> read(String body) {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        return reader.read(b, b.length);
    }

    /** What Spring MVC binds from the same bytes (a lone surrogate in a Java string is sent as '?'). */
    static PledgeRequest bind(String body) throws java.io.IOException {
        return BINDING.readValue(body.getBytes(StandardCharsets.UTF_8), PledgeRequest.class);
    }

    /** Any plain request, its fields in any order, some left out, some null: read as data binding reads it. */
    @Property(tries = 500)
    void aPlainRequestReadsAsDataBindingReadsIt(@ForAll("plainBodies") String body) throws Exception {
        Optional<PledgeRequest> read = read(body);
        assertThat(read).as(body).isPresent();
        assertThat(read.get()).isEqualTo(bind(body));
    }

    /** Whatever the reader accepts, data binding reads the same (it never reads something differently). */
    @Property(tries = 1000)
    void whatTheReaderAcceptsBindsTheSame(@ForAll("mangledBodies") String body) {
        Optional<PledgeRequest> read = read(body);
        if (read.isPresent()) {
            PledgeRequest bound;
            try {
                bound = bind(body);
            } catch (Exception e) {
                throw new AssertionError("the reader accepted what data binding refuses: " + body, e);
            }
            assertThat(read.get()).as(body).isEqualTo(bound);
        }
    }

    @Example
    void whatIsNotPlainIsDeclined() {
        for (String body : List.of("", "null", "[]", "{\"amount\": ", "{\"amount\": 700}", "{\"amount\":\"7\",\"amount\":\"8\"}",
                "{\"tiress\": 2}", "{\"tires\": 1.5}", "{\"tires\": \"2\"}", "{\"tires\": 100001}", "{\"targetLine\": 10001}",
                "{\"tires\": 3000000000}", "{\"showName\": 1}", "{\"showName\": \"true\"}", "{\"name\": \"" + "x".repeat(81) + "\"}",
                "{\"amount\": \"" + "1".repeat(21) + "\"}", "{\"email\": \"" + "a".repeat(201) + "\"}", "{\"amount\":\"7\"} {}",
                "{\"amount\":\"7\"} x", "{\"amount\": [\"7\"]}", "{\"amount\": {}}")) {
            assertThat(read(body)).as(body).isEmpty();
        }
        assertThat(read("  {\"amount\" : \"7\" , \"name\": null}\n")).contains(new PledgeRequest("7", null, null, null, null, null));
    }

    @Provide
    Arbitrary<String> plainBodies() {
        Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(20);
        Arbitrary<Object> amount = Arbitraries.oneOf(text.map(s -> (Object) s), Arbitraries.just(null));
        Arbitrary<Object> line = Arbitraries.oneOf(Arbitraries.integers().between(-50, 10_000).map(i -> (Object) i), Arbitraries.just(null));
        Arbitrary<Object> tires = Arbitraries.oneOf(Arbitraries.integers().between(Integer.MIN_VALUE, 100_000).map(i -> (Object) i),
                Arbitraries.just(null));
        Arbitrary<Object> name = Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(80).map(s -> (Object) s), Arbitraries.just(null));
        Arbitrary<Object> email = Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(200).map(s -> (Object) s), Arbitraries.just(null));
        Arbitrary<Object> show = Arbitraries.of(Boolean.TRUE, Boolean.FALSE).map(b -> (Object) b).injectNull(0.3);
        return Combinators.combine(amount, line, tires, name, email, show, Arbitraries.integers().between(0, 63),
                Arbitraries.randoms()).as((a, l, t, n, e, s, omit, random) -> {
                    List<Map.Entry<String, Object>> fields = new ArrayList<>(List.of(Map.entry("amount", box(a)), Map.entry("targetLine", box(l)),
                            Map.entry("tires", box(t)), Map.entry("name", box(n)), Map.entry("email", box(e)), Map.entry("showName", box(s))));
                    java.util.Collections.shuffle(fields, random);
                    Map<String, Object> body = new LinkedHashMap<>();
                    for (int i = 0; i < fields.size(); i++) {
                        if ((omit & (1 << i)) == 0) {
                            body.put(fields.get(i).getKey(), unbox(fields.get(i).getValue()));
                        }
                    }
                    try {
                        return BINDING.writeValueAsString(body);
                    } catch (Exception ex) {
                        throw new IllegalStateException(ex);
                    }
                });
    }

    private static final Object NULL = new Object();

    private static Object box(Object o) {
        return o == null ? NULL : o;
    }

    private static Object unbox(Object o) {
        return o == NULL ? null : o;
    }

    /** Plain bodies with a piece cut out, doubled or replaced by another JSON fragment. */
    @Provide
    Arbitrary<String> mangledBodies() {
        Arbitrary<String> fragment = Arbitraries.of("", " ", ",", ":", "{", "}", "[", "]", "\"", "\\", "null", "true", "1", "1.5",
                "-0", "1e3", "\"tires\"", "\"amount\"", "\"x\"", "2147483648", "\"\\u0000\"", "/*c*/");
        return Combinators.combine(plainBodies(), Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 5), fragment)
                .as((body, at, cut, insert) -> {
                    int from = Math.min(at, body.length());
                    int to = Math.min(from + cut, body.length());
                    return body.substring(0, from) + insert + body.substring(to);
                });
    }
}
