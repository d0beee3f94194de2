package org.localis.input;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A small, safe view of a YAML file that keeps line numbers, so that every problem in a scheme file
 * or product manifest names its line and key. Only plain mappings, sequences and scalars are read;
 * no types are constructed from the document (no arbitrary object creation).
 */
public final class YamlDocument {

    private YamlDocument() {
    }

    /** Parses a document; on a syntax error records it and returns empty. */
    public static Optional<Map> parse(InputStream in, ErrorCollector errors) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(4 * 1024 * 1024);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        try {
            Node root = new Yaml(options).compose(reader);
            if (root == null) {
                errors.add(0, "", "the file is empty");
                return Optional.empty();
            }
            if (!(root instanceof MappingNode m)) {
                errors.add(line(root), "", "expected a mapping of keys to values at the top level");
                return Optional.empty();
            }
            return Optional.of(new Map(m, errors, ""));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            errors.add(line, "", "not valid YAML: " + e.getProblem());
            return Optional.empty();
        } catch (YAMLException e) {
            Throwable cause = e.getCause();
            String what = cause instanceof java.nio.charset.CharacterCodingException
                    ? "the file is not valid UTF-8 text" : "not valid YAML: " + e.getMessage();
            errors.add(0, "", what);
            return Optional.empty();
        }
    }

    static int line(Node n) {
        return n.getStartMark() == null ? 0 : n.getStartMark().getLine() + 1;
    }

    /** A YAML mapping with its keys' lines. */
    public static final class Map {
        private final MappingNode node;
        private final ErrorCollector errors;
        private final String path;
        private final java.util.Map<String, NodeTuple> entries = new LinkedHashMap<>();

        Map(MappingNode node, ErrorCollector errors, String path) {
            this.node = node;
            this.errors = errors;
            this.path = path;
            for (NodeTuple t : node.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k) {
                    entries.put(k.getValue(), t);
                } else {
                    errors.add(YamlDocument.line(t.getKeyNode()), path, "keys must be plain text");
                }
            }
        }

        public int line() {
            return YamlDocument.line(node);
        }

        public int line(String key) {
            NodeTuple t = entries.get(key);
            return t == null ? line() : YamlDocument.line(t.getKeyNode());
        }

        private String field(String key) {
            return path.isEmpty() ? key : path + "." + key;
        }

        public boolean has(String key) {
            return entries.containsKey(key);
        }

        /** Reports every key not in {@code allowed}. */
        public void allowOnly(Set<String> allowed) {
            for (java.util.Map.Entry<String, NodeTuple> e : entries.entrySet()) {
                if (!allowed.contains(e.getKey())) {
                    errors.add(YamlDocument.line(e.getValue().getKeyNode()), field(e.getKey()),
                            "unknown key (known keys: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
                }
            }
        }

        /** A scalar as text; null (and an error if required) when absent or not a scalar. */
        public String text(String key, boolean required) {
            NodeTuple t = entries.get(key);
            if (t == null) {
                if (required) {
                    errors.add(line(), field(key), "is required");
                }
                return null;
            }
            if (!(t.getValueNode() instanceof ScalarNode s)) {
                errors.add(YamlDocument.line(t.getValueNode()), field(key), "expected a single value");
                return null;
            }
            String v = s.getValue().trim();
            if (v.isEmpty() || v.equals("~") || v.equals("null")) {
                if (required) {
                    errors.add(YamlDocument.line(s), field(key), "must not be empty");
                }
                return null;
            }
            return v;
        }

        public BigDecimal decimal(String key, boolean required) {
            String v = text(key, required);
            if (v == null) {
                return null;
            }
            if (!Values.isPlainDecimal(v)) {
                errors.add(line(key), field(key), "'" + v + "' is not a number (use '.' as the decimal point)");
                return null;
            }
            return new BigDecimal(v);
        }

        public Integer integer(String key, boolean required) {
            String v = text(key, required);
            if (v == null) {
                return null;
            }
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                errors.add(line(key), field(key), "'" + v + "' is not a whole number");
                return null;
            }
        }

        public Boolean bool(String key, boolean required) {
            String v = text(key, required);
            if (v == null) {
                return null;
            }
            return Values.yesNo(v, errors, line(key), field(key));
        }

        /** A list of scalars (a YAML sequence, or a single scalar as a one-element list). */
        public List<String> texts(String key) {
            NodeTuple t = entries.get(key);
            List<String> out = new ArrayList<>();
            if (t == null) {
                return out;
            }
            Node v = t.getValueNode();
            if (v instanceof ScalarNode s) {
                if (!s.getValue().isBlank()) {
                    out.add(s.getValue().trim());
                }
            } else if (v instanceof SequenceNode seq) {
                for (Node item : seq.getValue()) {
                    if (item instanceof ScalarNode s) {
                        out.add(s.getValue().trim());
                    } else {
                        errors.add(YamlDocument.line(item), field(key), "expected a list of plain values");
                    }
                }
            } else {
                errors.add(YamlDocument.line(v), field(key), "expected a list");
            }
            return out;
        }

        /** A list of mappings; empty (and an error if required) when absent. */
        public List<Map> maps(String key, boolean required) {
            NodeTuple t = entries.get(key);
            List<Map> out = new ArrayList<>();
            if (t == null) {
                if (required) {
                    errors.add(line(), field(key), "is required");
                }
                return out;
            }
            Node v = t.getValueNode();
            if (v instanceof ScalarNode s && (s.getValue().isBlank() || s.getValue().equals("[]"))) {
                return out;
            }
            if (!(v instanceof SequenceNode seq)) {
                errors.add(YamlDocument.line(v), field(key), "expected a list");
                return out;
            }
            int i = 0;
            for (Node item : seq.getValue()) {
                if (item instanceof MappingNode m) {
                    out.add(new Map(m, errors, field(key) + "[" + i + "]"));
                } else {
                    errors.add(YamlDocument.line(item), field(key), "expected each item to be a mapping of keys");
                }
                i++;
            }
            return out;
        }

        /** A nested mapping, or empty when absent (an error when present but not a mapping). */
        public java.util.Optional<Map> map(String key) {
            NodeTuple t = entries.get(key);
            if (t == null) {
                return java.util.Optional.empty();
            }
            if (!(t.getValueNode() instanceof MappingNode m)) {
                errors.add(YamlDocument.line(t.getValueNode()), field(key), "expected a mapping of keys");
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new Map(m, errors, field(key)));
        }

        /** Whether the value under {@code key} is a mapping. */
        public boolean isMapping(String key) {
            NodeTuple t = entries.get(key);
            return t != null && t.getValueNode() instanceof MappingNode;
        }

        /** The keys in file order. */
        public List<String> keys() {
            return List.copyOf(entries.keySet());
        }

        public ErrorCollector errors() {
            return errors;
        }

        public String path(String key) {
            return field(key);
        }
    }
}
