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

    /** Id to the current version, and id@version to every version; a built-in file is parsed when first asked for. */
    private final Map<String, Entry> byId;
    private final Map<String, Entry> byIdVersion;

    private SchemeCatalog(Map<String, Entry> byId, Map<String, Entry> byIdVersion) {
        this.byId = Collections.unmodifiableMap(byId);
        this.byIdVersion = Collections.unmodifiableMap(byIdVersion);
    }

    /**
     * A scheme, or the built-in file it is read from when first asked for. Scoring with one scheme then parses
     * one file (a few KiB) rather than every built-in scheme (2.2 MB of YAML, most of a CLI run's start-up).
     */
    private static final class Entry {
        private final String file;
        private final String id;
        private final String version;
        private Scheme scheme;

        Entry(Scheme scheme) {
            this.file = null;
            this.id = scheme.id();
            this.version = scheme.info().version();
            this.scheme = scheme;
        }

        Entry(String file, String id, String version) {
            this.file = file;
            this.id = id;
            this.version = version;
        }

        synchronized Scheme scheme() {
            if (scheme == null) {
                Scheme s = loadBuiltIn(file);
                if (!s.id().equals(id) || !s.info().version().equals(version)) {
                    throw new IllegalStateException("schemes/" + file + " starts with id " + id + " and version " + version
                            + " but reads as " + s.id() + " " + s.info().version());
                }
                scheme = s;
            }
            return scheme;
        }
    }

    /**
     * The built-in schemes; a broken built-in scheme is a build defect and fails loudly. Only the {@code id} and
     * {@code version} at the top of each file are read here; a scheme's file is parsed and checked when the
     * scheme is first asked for ({@link #find}, {@link #all}); the engine's tests load every one.
     */
    public static SchemeCatalog builtIn() {
        ClassLoader cl = SchemeCatalog.class.getClassLoader();
        Map<String, Entry> schemes = new LinkedHashMap<>();
        Map<String, Entry> versions = new LinkedHashMap<>();
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
                Entry e = header(cl, f);
                if (versions.put(e.id + "@" + e.version, e) != null) {
                    throw new IllegalStateException("two built-in schemes have the id " + e.id + " and version "
                            + e.version);
                }
                schemes.remove(e.id);
                schemes.put(e.id, e);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read built-in schemes", e);
        }
        return new SchemeCatalog(schemes, versions);
    }

    /**
     * The id and version of a built-in scheme file from its top-level {@code id:} and {@code version:} lines
     * (before any other top-level key but comments); a file written otherwise is parsed whole.
     */
    private static Entry header(ClassLoader cl, String f) throws IOException {
        try (InputStream in = cl.getResourceAsStream("schemes/" + f)) {
            if (in == null) {
                throw new IllegalStateException("schemes/" + f + " is listed in " + INDEX + " but missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String id = null;
            String version = null;
            String line;
            while ((id == null || version == null) && (line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (id == null && line.startsWith("id:")) {
                    id = plainScalar(line.substring(3));
                } else if (version == null && line.startsWith("version:")) {
                    version = plainScalar(line.substring(8));
                } else {
                    break;
                }
            }
            if (id != null && version != null) {
                return new Entry(f, id, version);
            }
        }
        Scheme s = loadBuiltIn(f);
        Entry e = new Entry(f, s.id(), s.info().version());
        e.scheme = s;
        return e;
    }

    /** A one-line YAML scalar as the scheme files write ids and versions (plain or double-quoted, no escapes), or null. */
    static String plainScalar(String text) {
        String t = text.strip();
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") && t.indexOf('"', 1) == t.length() - 1
                && t.indexOf('\\') < 0) {
            return t.substring(1, t.length() - 1);
        }
        return t.matches("[A-Za-z0-9][A-Za-z0-9._-]*") ? t : null;
    }

    private static Scheme loadBuiltIn(String f) {
        try (InputStream in = SchemeCatalog.class.getClassLoader().getResourceAsStream("schemes/" + f)) {
            if (in == null) {
                throw new IllegalStateException("schemes/" + f + " is listed in " + INDEX + " but missing");
            }
            return SchemeLoader.load(in, f);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read built-in schemes", e);
        }
    }

    public static SchemeCatalog of(List<Scheme> schemes) {
        Map<String, Entry> m = new LinkedHashMap<>();
        Map<String, Entry> v = new LinkedHashMap<>();
        schemes.forEach(s -> {
            Entry e = new Entry(s);
            m.put(s.id(), e);
            v.put(s.id() + "@" + s.info().version(), e);
        });
        return new SchemeCatalog(m, v);
    }

    /** The current version of every scheme. */
    public List<Scheme> all() {
        return byId.values().stream().map(Entry::scheme).toList();
    }

    /** Every version of every scheme, in index order. */
    public List<Scheme> allVersions() {
        return byIdVersion.values().stream().map(Entry::scheme).toList();
    }

    /** The current version of {@code id}, or a given version when written {@code id@version}. */
    public Optional<Scheme> find(String id) {
        int at = id.indexOf('@');
        if (at >= 0) {
            return find(id.substring(0, at), id.substring(at + 1));
        }
        Entry e = byId.get(id);
        return e == null ? Optional.empty() : Optional.of(e.scheme());
    }

    /** One version of a scheme, current or earlier. */
    public Optional<Scheme> find(String id, String version) {
        Entry e = byIdVersion.get(id + "@" + version);
        return e == null ? Optional.empty() : Optional.of(e.scheme());
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
