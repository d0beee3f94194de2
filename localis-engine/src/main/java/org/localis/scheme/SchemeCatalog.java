package org.localis.scheme;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.localis.input.InputError;
import org.localis.input.InvalidInputException;

/** The schemes shipped with Localis ({@code schemes/index.txt} on the classpath), by id. */
public final class SchemeCatalog {

    private static final String INDEX = "schemes/index.txt";

    private final Map<String, Scheme> byId;

    private SchemeCatalog(Map<String, Scheme> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    /** Loads the built-in schemes; a broken built-in scheme is a build defect and fails loudly. */
    public static SchemeCatalog builtIn() {
        ClassLoader cl = SchemeCatalog.class.getClassLoader();
        Map<String, Scheme> schemes = new LinkedHashMap<>();
        try (InputStream index = cl.getResourceAsStream(INDEX)) {
            if (index == null) {
                throw new IllegalStateException(INDEX + " is missing from the classpath");
            }
            List<String> files = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    line = line.trim();
                    if (!line.isEmpty() && !line.startsWith("#")) {
                        files.add(line);
                    }
                }
            }
            for (String f : files) {
                try (InputStream in = cl.getResourceAsStream("schemes/" + f)) {
                    if (in == null) {
                        throw new IllegalStateException("schemes/" + f + " is listed in " + INDEX + " but missing");
                    }
                    Scheme s = SchemeLoader.load(in, f);
                    if (schemes.put(s.id(), s) != null) {
                        throw new IllegalStateException("two built-in schemes have the id " + s.id());
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read built-in schemes", e);
        }
        return new SchemeCatalog(schemes);
    }

    public static SchemeCatalog of(List<Scheme> schemes) {
        Map<String, Scheme> m = new LinkedHashMap<>();
        schemes.forEach(s -> m.put(s.id(), s));
        return new SchemeCatalog(m);
    }

    public List<Scheme> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Scheme> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The scheme with this id, or an input error (file "request") naming the known ids. */
    public Scheme require(String id, String field) {
        return require(id, "request", field);
    }

    /** The scheme with this id, or an input error naming where it came from and the known ids. */
    public Scheme require(String id, String source, String field) {
        Scheme s = byId.get(id);
        if (s == null) {
            throw new InvalidInputException(InputError.of(source, 0, field,
                    "unknown scheme '" + id + "' (known: " + String.join(", ", byId.keySet()) + ")"));
        }
        return s;
    }
}
