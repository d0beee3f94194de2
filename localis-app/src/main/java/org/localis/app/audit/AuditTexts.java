package org.localis.app.audit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
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
