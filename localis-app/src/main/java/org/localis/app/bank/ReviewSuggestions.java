package org.localis.app.bank;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.localis.app.bank.BankEntryRepository.OpenPledge;

/**
 * Suggestions for unmatched credits in the review queue (issue 23): the open pledge (no money linked yet) a
 * credit most likely pays. Two rules, tried in order:
 * <ol>
 *   <li>{@link Reason#NEAR_REFERENCE}: the payment's text carries an RF reference that is one slip away from an
 *       open pledge's: wrong check digits, one wrong digit of the body, or two neighbouring digits swapped
 *       (the MOD 97-10 check digits refuse exactly these, so the statement could not match them itself).</li>
 *   <li>{@link Reason#AMOUNT_AND_PAYER}: the amount equals an open pledge's amount and the payer's name has the
 *       same words as the donor's name (any order, any case).</li>
 * </ol>
 * A suggestion is made only when it is unambiguous: exactly one pledge fits the credit, and no other credit of
 * the same batch is suggested for that pledge. Suggestions are never applied by themselves: the organizer
 * accepts them one by one or all at once after a preview.
 */
final class ReviewSuggestions {

    /** Why a pledge is suggested. */
    enum Reason { NEAR_REFERENCE, AMOUNT_AND_PAYER }

    /** A suggested pledge for a credit. */
    record Suggestion(long entryId, long pledgeId, String reference, Reason reason) {
    }

    private static final Pattern RF = Pattern.compile("(?i)R\\s*F\\s*(\\d\\s*\\d)((?:\\s*\\d){12})");

    private ReviewSuggestions() {
    }

    /** Suggestions by entry id, for the unmatched credits among {@code entries}. */
    static Map<Long, Suggestion> suggest(List<BankEntry> entries, List<OpenPledge> open) {
        Map<String, OpenPledge> byBody = new HashMap<>();
        Map<String, List<OpenPledge>> byAmountAndName = new HashMap<>();
        for (OpenPledge p : open) {
            byBody.put(body(p.reference()), p);
            if (p.donorName() != null && !p.donorName().isBlank()) {
                byAmountAndName.computeIfAbsent(p.amountMinor() + "|" + nameKey(p.donorName()), k -> new ArrayList<>())
                        .add(p);
            }
        }
        Map<Long, Suggestion> out = new LinkedHashMap<>();
        for (BankEntry e : entries) {
            if (e.status() != MatchStatus.REVIEW || !e.credit()) {
                continue;
            }
            Suggestion s = nearReference(e, byBody);
            // an amount in another currency without a stated counter-value cannot be compared with a pledge
            if (s == null && e.payerName() != null && !e.payerName().isBlank() && e.driveAmountMinor() != null) {
                long amount = e.driveAmountMinor();
                List<OpenPledge> same = byAmountAndName.getOrDefault(amount + "|" + nameKey(e.payerName()), List.of());
                if (same.size() == 1) {
                    s = new Suggestion(e.id(), same.get(0).id(), same.get(0).reference(), Reason.AMOUNT_AND_PAYER);
                }
            }
            if (s != null) {
                out.put(e.id(), s);
            }
        }
        // a pledge suggested for two credits is suggested for neither
        Map<Long, Integer> perPledge = new HashMap<>();
        out.values().forEach(s -> perPledge.merge(s.pledgeId(), 1, Integer::sum));
        out.values().removeIf(s -> perPledge.get(s.pledgeId()) > 1);
        return out;
    }

    private static Suggestion nearReference(BankEntry e, Map<String, OpenPledge> byBody) {
        String text = String.join(" ", nz(e.structuredRef()), nz(e.remittance()), nz(e.endToEndId()),
                nz(e.foundReference()));
        Set<Long> found = new TreeSet<>();
        OpenPledge hit = null;
        Matcher m = RF.matcher(text);
        while (m.find()) {
            String body = m.group(2).replaceAll("\\s", "");
            for (String candidate : neighbours(body)) {
                OpenPledge p = byBody.get(candidate);
                if (p != null && found.add(p.id())) {
                    hit = p;
                }
            }
        }
        return found.size() == 1 ? new Suggestion(e.id(), hit.id(), hit.reference(), Reason.NEAR_REFERENCE) : null;
    }

    /**
     * The body itself (a reference with wrong check digits), every body with one digit changed, and every body
     * with two neighbouring digits swapped.
     */
    static Set<String> neighbours(String body) {
        Set<String> out = new HashSet<>();
        out.add(body);
        char[] c = body.toCharArray();
        for (int i = 0; i < c.length; i++) {
            char keep = c[i];
            for (char d = '0'; d <= '9'; d++) {
                c[i] = d;
                out.add(new String(c));
            }
            c[i] = keep;
        }
        for (int i = 0; i + 1 < c.length; i++) {
            char[] t = body.toCharArray();
            char x = t[i];
            t[i] = t[i + 1];
            t[i + 1] = x;
            out.add(new String(t));
        }
        return out;
    }

    private static String body(String reference) {
        String r = reference.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        return r.length() > 4 ? r.substring(4) : r;
    }

    /** The name's words in lower case, sorted: "Петрова Анна" and "анна петрова" give the same key. */
    static String nameKey(String name) {
        String t = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('ё', 'е');
        return String.join(" ", new TreeSet<>(List.of(t.split("[^\\p{L}]+"))).stream().filter(w -> !w.isEmpty())
                .toList());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
