package org.localis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.localis.fleet.TireDesignation;
import org.localis.fleet.TireSize;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code localis tire-size TEXT...}: how the engine reads tire designations. */
@Command(name = "tire-size", mixinStandardHelpOptions = true,
        description = "Read tire designations as the fleet and procurement pages do: the canonical form and every"
                + " field, or the reason one is refused. Exit 0 when all are read, 2 when any is refused.")
final class TireSizeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "TEXT", arity = "0..*", description = "designations, e.g. \"315/80 R22.5 156/150L\"")
    List<String> texts = new ArrayList<>();

    @Option(names = "--file", paramLabel = "FILE", description = "read designations from a file, one per line")
    Path file;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    String format;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<String> all = new ArrayList<>(texts);
        if (file != null) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    all.add(line.strip());
                }
            }
        }
        if (all.isEmpty() || !(format.equals("text") || format.equals("json"))) {
            spec.commandLine().getErr().println(all.isEmpty()
                    ? "localis tire-size: give designations, or --file FILE with one per line"
                    : "localis tire-size: --format is text or json, not " + format);
            return LocalisCli.BAD_INPUT;
        }
        boolean allOk = true;
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String text : all) {
            Map<String, Object> row = fields(text);
            allOk &= Boolean.TRUE.equals(row.get("ok"));
            rows.add(row);
        }
        if (format.equals("json")) {
            out.println(Json.write(rows));
        } else {
            for (Map<String, Object> row : rows) {
                StringBuilder b = new StringBuilder();
                row.forEach((k, v) -> {
                    if (v != null && !(v instanceof Boolean bool && !bool && !k.equals("ok"))
                            && !(v instanceof List<?> l && l.isEmpty())) {
                        b.append(b.length() == 0 ? "" : "  ").append(k).append('=').append(v);
                    }
                });
                out.println(b);
            }
        }
        return allOk ? LocalisCli.OK : LocalisCli.BAD_INPUT;
    }

    /** The fields of one designation, in the documented order. */
    static Map<String, Object> fields(String text) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", text);
        TireDesignation d;
        try {
            d = TireSize.read(text);
        } catch (IllegalArgumentException e) {
            m.put("ok", false);
            m.put("error", e.getMessage());
            return m;
        }
        TireSize t = d.size();
        m.put("ok", true);
        m.put("canonical", t.canonical());
        m.put("sizeKey", t.sizeKey());
        m.put("sizing", t.sizing().name().toLowerCase(java.util.Locale.ROOT));
        m.put("overallDiameter", t.overallDiameter() == null ? null : t.overallDiameter().toPlainString());
        m.put("width", t.widthText());
        m.put("aspect", t.aspect());
        m.put("construction", t.zr() ? "ZR" : t.construction().name());
        m.put("rim", t.rimText());
        m.put("loadIndex", t.loadIndex());
        m.put("loadIndexDual", t.dualLoadIndex());
        m.put("speed", t.speed() == null ? null : t.speed().code());
        m.put("commercial", t.commercial());
        m.put("lightTruck", t.lightTruck());
        m.put("passenger", t.passenger());
        m.put("highLoad", t.highLoad());
        m.put("reinforced", t.reinforced());
        m.put("runFlat", t.runFlat());
        m.put("winter", t.winter() == null ? null : t.winter().code());
        m.put("studded", t.studded());
        m.put("plyRating", t.plyRating());
        m.put("notes", d.notes());
        m.put("error", null);
        return m;
    }

    /** A small JSON writer for the flat maps above. */
    static final class Json {
        private Json() {
        }

        static String write(Object v) {
            StringBuilder b = new StringBuilder();
            write(v, b);
            return b.toString();
        }

        private static void write(Object v, StringBuilder b) {
            if (v == null) {
                b.append("null");
            } else if (v instanceof Boolean || v instanceof Integer) {
                b.append(v);
            } else if (v instanceof Map<?, ?> map) {
                b.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    b.append(first ? "" : ",");
                    first = false;
                    string(String.valueOf(e.getKey()), b);
                    b.append(':');
                    write(e.getValue(), b);
                }
                b.append('}');
            } else if (v instanceof List<?> list) {
                b.append('[');
                for (int i = 0; i < list.size(); i++) {
                    b.append(i == 0 ? "" : ",");
                    write(list.get(i), b);
                }
                b.append(']');
            } else {
                string(v.toString(), b);
            }
        }

        private static void string(String s, StringBuilder b) {
            b.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            b.append(String.format("\\u%04x", (int) c));
                        } else {
                            b.append(c);
                        }
                    }
                }
            }
            b.append('"');
        }
    }
}
