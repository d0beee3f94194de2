package org.localis.drive;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.localis.payment.ReferenceScanner;
import org.localis.payment.ReferenceMatch;
import org.localis.statement.StatementEntry;

/**
 * Finds a drive's payment reference in a bank entry. Looks, in order, in the structured creditor
 * reference, the remittance lines (purpose of payment) and the end-to-end id; within each, tolerates
 * case, spaces and separators (the scanner's job). The first valid reference wins; a candidate with a
 * bad check digit is reported only when no valid one is found anywhere, and never matched.
 */
public final class ReferenceMatcher {

    /**
     * Body length of the references Localis issues: {@code RF} + 2 check digits + this many DIGITS. Digits
     * only, because MOD 97-10 then detects every single substitution and every swap of neighbours (with
     * letters mixed in, "B1"/"1B" would pass), and 12 digits print as four groups of four.
     */
    public static final int BODY_LENGTH = 12;

    private final ReferenceScanner scanner = new ReferenceScanner(BODY_LENGTH);

    public PaymentMatch match(StatementEntry entry) {
        List<String> remittance = entry.remittanceLines() == null ? List.of() : entry.remittanceLines();
        PaymentMatch.BadCheckDigit firstBad = null;
        List<Object[]> sources = new ArrayList<>();
        sources.add(new Object[] {PaymentMatch.Source.STRUCTURED_REFERENCE, entry.structuredReference()});
        // A reference may be split across two remittance lines: scan them joined as well as one by one.
        sources.add(new Object[] {PaymentMatch.Source.REMITTANCE, String.join(" ", remittance)});
        sources.add(new Object[] {PaymentMatch.Source.REMITTANCE, String.join("", remittance)});
        sources.add(new Object[] {PaymentMatch.Source.END_TO_END_ID, entry.endToEndId()});
        for (Object[] s : sources) {
            PaymentMatch.Source source = (PaymentMatch.Source) s[0];
            String text = (String) s[1];
            if (text == null || text.isBlank()) {
                continue;
            }
            List<ReferenceMatch> found = scanner.scan(text);
            Optional<ReferenceMatch> valid = found.stream().filter(ReferenceMatch::checkDigitValid).findFirst();
            if (valid.isPresent()) {
                return new PaymentMatch.Found(valid.get().normalized(), source);
            }
            if (firstBad == null && !found.isEmpty()) {
                firstBad = new PaymentMatch.BadCheckDigit(found.get(0).normalized(), source);
            }
        }
        return firstBad != null ? firstBad : new PaymentMatch.NotFound();
    }
}
