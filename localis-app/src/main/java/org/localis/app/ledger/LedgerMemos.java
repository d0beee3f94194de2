package org.localis.app.ledger;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A journal entry's memo in the reader's language. The journal is append-only and its memos were written as
 * English sentences by the code that posts them ("assigned to RF…", "general donation", "fee", "undo: …",
 * "invoice N of S for order K"); those known forms are shown through message keys ({@code ledger.memo.*}) with
 * their parts as arguments. Any other memo is what a bank statement said (payer and purpose) and is shown as it is.
 * Templates call it as {@code ${@ledgerMemos.text(memo, #locale)}}.
 */
@Component
public class LedgerMemos {

    /** The memo as shown, and whether it is someone's free text (a bank statement's words) rather than ours. */
    public record Memo(String text, boolean free) {
    }

    private static final Pattern ASSIGNED = Pattern.compile("assigned to (\\S+)");
    private static final Pattern UNDO = Pattern.compile("undo: (.*)", Pattern.DOTALL);
    private static final Pattern INVOICE = Pattern.compile("invoice (.+?) of (.+) for order (\\d+)", Pattern.DOTALL);

    private final MessageSource messages;

    public LedgerMemos(MessageSource messages) {
        this.messages = messages;
    }

    public Memo text(String memo, Locale locale) {
        if (memo == null || memo.isEmpty()) {
            return new Memo("", false);
        }
        Matcher m;
        if ((m = UNDO.matcher(memo)).matches()) {
            Memo inner = text(m.group(1), locale);
            return new Memo(messages.getMessage("ledger.memo.undo", new Object[] {inner.text()}, locale), inner.free());
        }
        if ((m = ASSIGNED.matcher(memo)).matches()) {
            return new Memo(messages.getMessage("ledger.memo.assigned", new Object[] {m.group(1)}, locale), false);
        }
        if ((m = INVOICE.matcher(memo)).matches()) {
            return new Memo(messages.getMessage("ledger.memo.invoice", new Object[] {m.group(1), m.group(2), m.group(3)}, locale),
                    false);
        }
        return switch (memo) {
            case "general donation" -> new Memo(messages.getMessage("ledger.memo.general", null, locale), false);
            case "fee", "refund", "purchase" -> new Memo(messages.getMessage("ledger.memo." + memo, null, locale), false);
            default -> new Memo(memo, true);
        };
    }
}
