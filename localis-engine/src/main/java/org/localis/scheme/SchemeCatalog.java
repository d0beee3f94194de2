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

/**
 * The schemes shipped with Localis ({@code schemes/index.txt} on the classpath), by id. An id may
 * have several versions (stored assessments name id and version): the file listed last is the current
 * one; earlier versions stay loadable with {@link #find(String, String)} or {@code id@version}.
 */
public final class SchemeCatalog {

    private static final String INDEX = "schemes/index.txt";

    private final Map<String, Scheme> byId;
    private final Map<String, Scheme> byIdVersion;

    private SchemeCatalog(Map<String, Scheme> byId, Map<String, Scheme> byIdVersion) {
        this.byId = Collections.unmodifiableMap(byId);
        this.byIdVersion = Collections.unmodifiableMap(byIdVersion);
    }

    /** Loads the built-in schemes; a broken built-in scheme is a build defect and fails loudly. */
    public static SchemeCatalog builtIn() {
        ClassLoader cl = SchemeCatalog.class.getClassLoader();
        Map<String, Scheme> schemes = new LinkedHashMap<>();
        Map<String, Scheme> versions = new LinkedHashMap<>();
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
                    if (versions.put(s.id() + "@" + s.info().version(), s) != null) {
                        throw new IllegalStateException("two built-in schemes have the id " + s.id() + " and version "
                                + s.info().version());
                    }
                    schemes.remove(s.id());
                    schemes.put(s.id(), s);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read built-in schemes", e);
        }
        return new SchemeCatalog(schemes, versions);
    }

    public static SchemeCatalog of(List<Scheme> schemes) {
        Map<String, Scheme> m = new LinkedHashMap<>();
        Map<String, Scheme> v = new LinkedHashMap<>();
        schemes.forEach(s -> {
            m.put(s.id(), s);
            v.put(s.id() + "@" + s.info().version(), s);
        });
        return new SchemeCatalog(m, v);
    }

    /** The current version of every scheme. */
    public List<Scheme> all() {
        return List.copyOf(byId.values());
    }

    /** Every version of every scheme, in index order. */
    public List<Scheme> allVersions() {
        return List.copyOf(byIdVersion.values());
    }

    /** The current version of {@code id}, or a given version when written {@code id@version}. */
    public Optional<Scheme> find(String id) {
        int at = id.indexOf('@');
        return at < 0 ? Optional.ofNullable(byId.get(id)) : find(id.substring(0, at), id.substring(at + 1));
    }

    /** One version of a scheme, current or earlier. */
    public Optional<Scheme> find(String id, String version) {
        return Optional.ofNullable(byIdVersion.get(id + "@" + version));
    }

    /** The scheme with this id, or an input error (file "request") naming the known ids. */
    public Scheme require(String id, String field) {
        return require(id, "request", field);
    }

    /** The scheme with this id, or an input error naming where it came from and the known ids. */
    public Scheme require(String id, String source, String field) {
        Scheme s = find(id).orElse(null);
        if (s == null) {
            throw new InvalidInputException(InputError.of(source, 0, field,
                    "unknown scheme '" + id + "' (known: " + String.join(", ", byId.keySet()) + ")"));
        }
        return s;
    }
}
