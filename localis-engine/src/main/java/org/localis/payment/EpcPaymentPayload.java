package org.localis.payment;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SEPA credit transfer QR payload after EPC069-12 ("BCD", GiroCode), written as version {@code 002},
 * character set {@code 1} (UTF-8), identification {@code SCT}, lines separated by LF.
 *
 * <p>Lines: {@code BCD}, {@code 002}, {@code 1}, {@code SCT}, BIC (may be empty), name, IBAN, amount (may be
 * empty), purpose code (may be empty), structured remittance (an RF reference) or empty, unstructured
 * remittance or empty, beneficiary-to-originator information. Trailing empty lines are left out, and there is
 * no line break after the last line.
 *
 * <p><b>Amount format:</b> always two decimals, {@code EUR} + euros + {@code .} + cents, e.g. {@code EUR12.50},
 * {@code EUR0.01}, {@code EUR1000.00} (the standard allows 0 to 2 decimals; a fixed form is unambiguous and is
 * what common generators write). {@link #parse} accepts 0, 1 or 2 decimals.
 *
 * <p>The canonical constructor removes spaces from {@code bic} and {@code iban} and upper-cases their ASCII
 * letters, and {@link CreditorReference#normalize normalizes} {@code creditorReference}; otherwise the record
 * accepts anything, {@link #problems()} says what is wrong and {@link #text()} refuses to write it.
 *
 * @param bic               beneficiary bank BIC, optional in version 002, 8 or 11 characters
 * @param name              beneficiary name, mandatory, at most 70 characters
 * @param iban              beneficiary IBAN, mandatory, ISO 13616 check digits must hold
 * @param amountCents       amount in euro cents, optional, 1 .. 99 999 999 999 (EUR 0.01 .. 999 999 999.99)
 * @param purposeCode       ISO 20022 purpose code, optional, 4 capital letters (e.g. {@code CHAR})
 * @param creditorReference structured remittance: a valid ISO 11649 RF reference
 * @param remittanceText    unstructured remittance, at most 140 characters; exactly one of this and
 *                          {@code creditorReference} must be set
 * @param information       beneficiary-to-originator information, optional, at most 70 characters
 */
public record EpcPaymentPayload(
        String bic,
        String name,
        String iban,
        Long amountCents,
        String purposeCode,
        String creditorReference,
        String remittanceText,
        String information) {

    /** Largest payload in bytes (what fits a version 13 code at level M). */
    public static final int MAX_BYTES = 331;
    /** Largest QR version allowed by EPC069-12. */
    public static final int MAX_QR_VERSION = 13;
    /** ISO 20022 purpose code for charitable payments. */
    public static final String PURPOSE_CHARITY = "CHAR";

    private static final long MAX_CENTS = 99_999_999_999L;
    private static final Pattern BIC = Pattern.compile("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?");
    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}");
    private static final Pattern PURPOSE = Pattern.compile("[A-Z]{4}");
    private static final Pattern AMOUNT = Pattern.compile("EUR(\\d{1,9})(?:\\.(\\d{1,2}))?");
    private static final String[] CHARSETS = {
        "UTF-8", "ISO-8859-1", "ISO-8859-2", "ISO-8859-4", "ISO-8859-5", "ISO-8859-7", "ISO-8859-10", "ISO-8859-15"};

    /** Normalizes the identifiers (see the class comment). */
    public EpcPaymentPayload {
        bic = bic == null ? null : compact(bic);
        iban = iban == null ? null : compact(iban);
        creditorReference = creditorReference == null ? null : CreditorReference.normalize(creditorReference);
    }

    /** A payment with an RF reference as structured remittance, purpose {@code CHAR} and no BIC. */
    public static EpcPaymentPayload charity(String name, String iban, Long amountCents, String creditorReference) {
        return new EpcPaymentPayload(null, name, iban, amountCents, PURPOSE_CHARITY, creditorReference, null, null);
    }

    /**
     * Whether {@code iban} (spaces allowed, any case) is an IBAN by form (2 letters, 2 digits, 11 to 30 letters
     * or digits) and ISO 13616 MOD 97-10 check. Country-specific lengths are not checked.
     */
    public static boolean isValidIban(String iban) {
        if (iban == null) {
            return false;
        }
        String n = compact(iban);
        return IBAN.matcher(n).matches() && Mod97.remainder(n.substring(4) + n.substring(0, 4)) == 1;
    }

    /**
     * What prevents this payload from being written, each message starting with the component name, e.g.
     * {@code "iban: check digits do not match"}. Empty when the payload is fine. The total size
     * ({@value #MAX_BYTES} UTF-8 bytes) is checked once every field is fine.
     */
    public List<String> problems() {
        List<String> p = new ArrayList<>();
        if (bic != null && !BIC.matcher(bic).matches()) {
            p.add("bic: must be 8 or 11 characters (6 letters, then letters or digits), got " + bic);
        }
        FieldText.check(name, "name", 70, true, p);
        if (iban == null) {
            p.add("iban: is required");
        } else if (!IBAN.matcher(iban).matches()) {
            p.add("iban: must be 2 letters, 2 check digits and 11 to 30 letters or digits, got " + iban);
        } else if (!isValidIban(iban)) {
            p.add("iban: check digits do not match (typo?), got " + iban);
        }
        if (amountCents != null && (amountCents < 1 || amountCents > MAX_CENTS)) {
            p.add("amountCents: must be 1 .. " + MAX_CENTS + " (EUR 0.01 .. 999999999.99), got " + amountCents);
        }
        if (purposeCode != null && !PURPOSE.matcher(purposeCode).matches()) {
            p.add("purposeCode: must be 4 capital letters (e.g. CHAR), got " + purposeCode);
        }
        if ((creditorReference == null) == (remittanceText == null)) {
            p.add("creditorReference, remittanceText: exactly one of them must be set");
        }
        if (creditorReference != null && !CreditorReference.isValid(creditorReference)) {
            p.add("creditorReference: not a valid RF creditor reference: " + creditorReference);
        }
        FieldText.check(remittanceText, "remittanceText", 140, false, p);
        FieldText.check(information, "information", 70, false, p);
        if (p.isEmpty()) {
            int size = render().getBytes(StandardCharsets.UTF_8).length;
            if (size > MAX_BYTES) {
                p.add("payload: " + size + " UTF-8 bytes, at most " + MAX_BYTES + " allowed; shorten name, "
                        + "remittanceText or information");
            }
        }
        return p;
    }

    /**
     * The payload text.
     *
     * @throws IllegalStateException listing {@link #problems()} if there are any
     */
    public String text() {
        List<String> p = problems();
        if (!p.isEmpty()) {
            throw new IllegalStateException("invalid EPC069-12 payload: " + String.join("; ", p));
        }
        return render();
    }

    /** {@link #text()} in UTF-8, the bytes to put into the QR code. */
    public byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    /** The QR code of {@link #bytes()} (error correction M, no ECI, version at most 13). */
    public QrCode qrCode() {
        return QrCode.encode(bytes(), MAX_QR_VERSION);
    }

    /** {@code EUR} + the amount with two decimals, e.g. {@code EUR12.50}. */
    public static String formatAmount(long cents) {
        long frac = cents % 100;
        return "EUR" + cents / 100 + "." + (frac < 10 ? "0" : "") + frac;
    }

    /**
     * Reads an EPC069-12 payload of version {@code 001} or {@code 002}, any of the 8 character sets the
     * standard lists (as far as the JVM supports them), identification {@code SCT}, lines separated by LF or by
     * CRLF (not mixed); one line break after the last line is tolerated. Empty optional lines become null. The
     * result is not validated: call {@link #problems()} (a version 001 payload reads as if it were 002).
     *
     * @throws IllegalArgumentException if the bytes are not such a payload
     */
    public static EpcPaymentPayload parse(byte[] payload) {
        String latin = new String(payload, StandardCharsets.ISO_8859_1);
        boolean crlf = latin.contains("\r\n");
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            boolean badCr = c == '\r' && (!crlf || i + 1 >= latin.length() || latin.charAt(i + 1) != '\n');
            boolean badLf = c == '\n' && crlf && (i == 0 || latin.charAt(i - 1) != '\r');
            if (badCr || badLf) {
                throw new IllegalArgumentException("line breaks must be all LF or all CRLF");
            }
        }
        String br = crlf ? "\r\n" : "\n";
        List<String> head = split(latin, br);
        if (head.size() < 7 || head.size() > 12) {
            throw new IllegalArgumentException("an EPC payload has 7 to 12 lines, got " + head.size());
        }
        if (!head.get(0).equals("BCD")) {
            throw new IllegalArgumentException("service tag must be BCD");
        }
        if (!head.get(1).equals("001") && !head.get(1).equals("002")) {
            throw new IllegalArgumentException("version must be 001 or 002, got " + head.get(1));
        }
        if (!head.get(2).matches("[1-8]")) {
            throw new IllegalArgumentException("character set must be 1..8, got " + head.get(2));
        }
        String csName = CHARSETS[head.get(2).charAt(0) - '1'];
        Charset cs;
        try {
            cs = Charset.forName(csName);
        } catch (UnsupportedCharsetException e) {
            throw new IllegalArgumentException("character set " + csName + " is not supported here", e);
        }
        String text;
        try {
            text = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(payload)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("payload is not valid " + csName + " text", e);
        }
        List<String> l = split(text, br);
        if (!l.get(3).equals("SCT")) {
            throw new IllegalArgumentException("identification must be SCT, got " + l.get(3));
        }
        Long cents = null;
        String amount = line(l, 7);
        if (amount != null) {
            Matcher m = AMOUNT.matcher(amount);
            if (!m.matches()) {
                throw new IllegalArgumentException("amount must look like EUR12.50, got " + amount);
            }
            String frac = m.group(2) == null ? "0" : m.group(2);
            cents = Long.parseLong(m.group(1)) * 100 + Long.parseLong(frac) * (frac.length() == 1 ? 10 : 1);
        }
        return new EpcPaymentPayload(line(l, 4), line(l, 5), line(l, 6), cents, line(l, 8), line(l, 9),
                line(l, 10), line(l, 11));
    }

    private String render() {
        List<String> l = new ArrayList<>(List.of("BCD", "002", "1", "SCT", orEmpty(bic), name, iban,
                amountCents == null ? "" : formatAmount(amountCents), orEmpty(purposeCode),
                orEmpty(creditorReference), orEmpty(remittanceText), orEmpty(information)));
        while (l.get(l.size() - 1).isEmpty()) {
            l.remove(l.size() - 1);
        }
        return String.join("\n", l);
    }

    private static List<String> split(String s, String br) {
        String t = s.endsWith(br) ? s.substring(0, s.length() - br.length()) : s;
        List<String> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int to = t.indexOf(br, from);
            if (to < 0) {
                out.add(t.substring(from));
                return out;
            }
            out.add(t.substring(from, to));
            from = to + br.length();
        }
    }

    private static String line(List<String> lines, int index) {
        return index < lines.size() && !lines.get(index).isEmpty() ? lines.get(index) : null;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String compact(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\u00A0') {
                b.append(CreditorReference.asciiUpper(c));
            }
        }
        return b.toString();
    }
}
