package org.localis.app.audit;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The audit log's codes in the reader's language: the action ({@code audit.action.*}), the kind of thing changed
 * ({@code audit.entity.*}) and the states before and after, whose enum names and {@code field=VALUE} pairs are shown
 * through the message keys the rest of the interface uses for them (a drive's status, a role, a bank entry's status…).
 * A code without a message is shown as it was recorded. Templates call it as {@code ${@auditTexts.action(a, #locale)}}.
 */
@Component
public class AuditTexts {

    /** Where the names of each kind of thing's states are, tried in order; then every prefix. */
    private static final Map<String, List<String>> STATES = Map.of(
            "drive", List.of("drive.status."),
            "submission", List.of("submission.status."),
            "user", List.of("role."),
            "organization", List.of("orgKind."),
            "bank_entry", List.of("entry.status."),
            "delivery_discrepancy", List.of("discrepancy."),
            "shipment", List.of("shipment."));
    private static final List<String> ANY = List.of("audit.state.", "drive.status.", "submission.status.", "role.",
            "orgKind.", "entry.status.", "discrepancy.", "allocation.", "statement.format.", "shipment.");
    private static final Pattern CODE = Pattern.compile("\\b([a-z][a-z_]*)=|\\b([A-Z][A-Z0-9_]{2,})\\b|^([a-z]+)$|\\b(null)\\b");

    private final MessageSource messages;

    public AuditTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String action(String action, Locale locale) {
        return action == null ? "" : messages.getMessage("audit.action." + action, null, action, locale);
    }

    public String entity(String type, Locale locale) {
        return type == null ? "" : messages.getMessage("audit.entity." + type, null, type, locale);
    }

    /** A recorded state ("OPEN", "role=ADMIN", "failed_logins=3", "live") with its codes named. */
    public String state(String entityType, String value, Locale locale) {
        if (value == null) {
            return null;
        }
        Matcher m = CODE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String named;
            if (m.group(4) != null || "null".equals(m.group(3))) {
                named = "—"; // recorded as "null": nothing was set
            } else if (m.group(1) != null) {
                String field = messages.getMessage("audit.field." + m.group(1), null, null, locale);
                named = field == null ? m.group() : field + ": ";
            } else {
                String code = m.group(2) != null ? m.group(2) : m.group(3);
                named = name(entityType, code, locale);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(named));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A part of a summary as shown, and whether it is someone's text or a name (shown as it was given). */
    public record Part(String text, boolean free) {
    }

    private static final Pattern MARK = Pattern.compile("\u0001(\\d+)\u0002");

    /**
     * An event's summary in the reader's language, from its key and arguments; an event recorded without a key
     * (before summaries had keys) is its stored sentence, as written.
     */
    public List<Part> summary(AuditEvent e, Locale locale) {
        if (e.summaryKey() == null || e.summaryArgs() == null) {
            return List.of(new Part(e.summary() == null ? "" : e.summary(), true));
        }
        List<Part> parts = parts(new AuditSummary(e.summaryKey(), AuditSummary.args(e.summaryArgs())), locale);
        return parts == null ? List.of(new Part(e.summary() == null ? "" : e.summary(), true)) : parts;
    }

    /** The summary as one text in the given language (the English one is the stored sentence). */
    public String text(AuditSummary s, Locale locale) {
        List<Part> parts = parts(s, locale);
        if (parts == null) {
            return s.key();
        }
        StringBuilder out = new StringBuilder();
        parts.forEach(p -> out.append(p.text()));
        return out.toString();
    }

    /** The message with each argument in its place, or null when there is no such message. */
    private List<Part> parts(AuditSummary s, Locale locale) {
        Object[] marks = new Object[s.args().size()];
        for (int i = 0; i < marks.length; i++) {
            marks[i] = "\u0001" + i + "\u0002";
        }
        String message = messages.getMessage(s.key(), marks, null, locale);
        if (message == null) {
            return null;
        }
        List<Part> out = new ArrayList<>();
        Matcher m = MARK.matcher(message);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                out.add(new Part(message.substring(at, m.start()), false));
            }
            out.add(arg(s.args().get(Integer.parseInt(m.group(1))), locale));
            at = m.end();
        }
        if (at < message.length()) {
            out.add(new Part(message.substring(at), false));
        }
        return out;
    }

    private Part arg(Object a, Locale locale) {
        if (a instanceof AuditSummary.Code c) {
            return new Part(messages.getMessage(c.key(), null, c.fallback() == null ? c.key() : c.fallback(), locale), false);
        }
        if (a instanceof AuditSummary.Amount n) {
            DecimalFormat f = new DecimalFormat("0", symbols(locale));
            f.setMinimumFractionDigits(Math.max(0, n.value().scale()));
            f.setMaximumFractionDigits(Math.max(0, n.value().scale()));
            f.setRoundingMode(java.math.RoundingMode.UNNECESSARY);
            return new Part(f.format(n.value()) + (n.currency() == null ? "" : " " + n.currency()), false);
        }
        return new Part(String.valueOf(a), true);
    }

    /** Each language's number symbols, looked up once ({@link DecimalFormat} copies them, so they are never changed). */
    private final Map<Locale, DecimalFormatSymbols> symbols = new ConcurrentHashMap<>();

    private DecimalFormatSymbols symbols(Locale locale) {
        return symbols.computeIfAbsent(locale, DecimalFormatSymbols::getInstance);
    }

    private String name(String entityType, String code, Locale locale) {
        for (List<String> prefixes : List.of(STATES.getOrDefault(entityType == null ? "" : entityType, List.of()), ANY)) {
            for (String prefix : prefixes) {
                String text = messages.getMessage(prefix + code, null, null, locale);
                if (text != null) {
                    return text;
                }
            }
        }
        return code;
    }
}
