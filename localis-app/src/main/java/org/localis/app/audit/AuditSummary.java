package org.localis.app.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * An audit event's summary as a message key ({@code audit.summary.*}) and its arguments, so that it is shown in the
 * reader's language; its English rendering is the sentence stored as the record. An argument is what someone typed or
 * a name (shown as it is), a {@link Code} (a message key, shown in the reader's language) or a {@link BigDecimal} or
 * {@link org.localis.app.shared.Money} (an amount, stored as its plain value and written with the reader's decimal
 * separator).
 */
public record AuditSummary(String key, List<Object> args) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A message key given as an argument (e.g. a status's name), shown in the reader's language, or as
     * {@code fallback} (the key itself when null) when there is no such message.
     */
    public record Code(String key, String fallback) {
        public Code {
            Objects.requireNonNull(key);
        }
    }

    /** An amount (with its currency, or none), written with the reader's decimal separator. */
    public record Amount(BigDecimal value, String currency) {
        public Amount {
            Objects.requireNonNull(value);
        }
    }

    public AuditSummary {
        Objects.requireNonNull(key);
        args = List.copyOf(args);
    }

    /** The summary {@code key} with its arguments; numbers other than amounts and anything else are kept as their text. */
    public static AuditSummary of(String key, Object... args) {
        Object[] stored = new Object[args.length]; // a plain loop: this is on every pledge's request thread
        for (int i = 0; i < args.length; i++) {
            stored[i] = arg(args[i]);
        }
        return new AuditSummary(key, Arrays.asList(stored));
    }

    /** A message key as an argument. */
    public static Code code(String key) {
        return new Code(key, null);
    }

    /** The message {@code prefix + value} as an argument, or the value itself where there is no such message. */
    public static Code code(String prefix, String value) {
        return new Code(prefix + value, value);
    }

    private static Object arg(Object a) {
        if (a instanceof Code || a instanceof Amount) {
            return a;
        }
        if (a instanceof BigDecimal n) {
            return new Amount(n, null);
        }
        if (a instanceof org.localis.app.shared.Money m) {
            return new Amount(new BigDecimal(m.plain()), m.currency());
        }
        return a == null ? "" : String.valueOf(a);
    }

    /** The arguments as stored: a JSON array of strings, {"k": key, "v": fallback} and {"n": "12.50", "c": "RUB"}. */
    String argsJson() {
        ArrayNode out = JSON.createArrayNode();
        for (Object a : args) {
            if (a instanceof Code c) {
                var o = out.addObject().put("k", c.key());
                if (c.fallback() != null) {
                    o.put("v", c.fallback());
                }
            } else if (a instanceof Amount n) {
                var o = out.addObject().put("n", n.value().toPlainString());
                if (n.currency() != null) {
                    o.put("c", n.currency());
                }
            } else {
                out.add((String) a);
            }
        }
        return out.toString();
    }

    /** The arguments read back from {@link #argsJson()}; null or unreadable gives none. */
    static List<Object> args(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            List<Object> out = new ArrayList<>();
            for (JsonNode n : JSON.readTree(json)) {
                if (n.has("k")) {
                    out.add(new Code(n.get("k").asText(), n.has("v") ? n.get("v").asText() : null));
                } else if (n.has("n")) {
                    out.add(new Amount(new BigDecimal(n.get("n").asText()), n.has("c") ? n.get("c").asText() : null));
                } else {
                    out.add(n.asText());
                }
            }
            return out;
        } catch (JsonProcessingException | NumberFormatException e) {
            return List.of();
        }
    }
}
