package org.localis.payment;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A Russian payment-by-bank-details QR payload after GOST R 56042-2014, always written as {@code ST00012}
 * (UTF-8).
 *
 * <p>Layout: {@code ST00012|Name=…|PersonalAcc=…|BankName=…|BIC=…|CorrespAcc=…}, then the optional
 * {@code PayeeINN}, {@code KPP}, {@code Sum}, {@code Purpose}, {@code TechCode} when set, then the {@link #extra}
 * pairs in their map order. The separator is {@code |} unless a value contains it, else the first of
 * {@code # ; : ^ _ ~ { } ! $ % & ( ) * + , / @} that occurs in no value. No trailing separator is written.
 *
 * <p>The amount is {@link #sumKopecks() in kopecks} (never rubles): 12 500,00 ₽ is {@code Sum=1250000}.
 *
 * <p>The record itself accepts anything (so that {@link #parse} can show what a foreign code says);
 * {@link #problems()} lists what is wrong, and {@link #text()} / {@link #bytes()} refuse to write a payload
 * with problems. Field rules: see {@link #problems()}.
 *
 * @param name        payee name ({@code Name}), mandatory, at most 160 characters
 * @param personalAcc payee account ({@code PersonalAcc}), mandatory, 20 characters
 * @param bankName    payee bank ({@code BankName}), mandatory, at most 45 characters
 * @param bic         bank identifier ({@code BIC}), mandatory, 9 digits
 * @param correspAcc  bank's correspondent account ({@code CorrespAcc}), mandatory, 20 characters or {@code 0}
 * @param payeeInn    payee INN ({@code PayeeINN}), optional, 10 or 12 digits
 * @param kpp         payee KPP ({@code KPP}), optional, 9 characters
 * @param sumKopecks  amount in kopecks ({@code Sum}), optional, positive with at most 18 digits
 * @param purpose     payment purpose ({@code Purpose}), optional, at most 210 characters
 * @param techCode    technical code ({@code TechCode}), optional, {@code 01}..{@code 15}; {@code 14} = charities
 * @param extra       further {@code Key=Value} pairs in order (for example {@code PayerINN}); never null after
 *                    construction, unmodifiable, order kept
 */
public record GostPaymentPayload(
        String name,
        String personalAcc,
        String bankName,
        String bic,
        String correspAcc,
        String payeeInn,
        String kpp,
        Long sumKopecks,
        String purpose,
        String techCode,
        Map<String, String> extra) {

    /** Format id, version and encoding flag 2 (UTF-8). */
    public static final String HEADER = "ST00012";
    /** The mandatory block ({@code ST00012}, separator and the five mandatory pairs) may use at most this many bytes. */
    public static final int MAX_MANDATORY_BYTES = 300;
    /** Separators in order of preference. */
    public static final String SEPARATORS = "|#;:^_~{}!$%&()*+,/@";
    /** {@code TechCode} for charitable and public organisations. */
    public static final String TECH_CODE_CHARITY = "14";

    private static final long MAX_SUM = 999_999_999_999_999_999L;
    private static final Pattern ACCOUNT = Pattern.compile("[1-9]\\d{4}[0-9ABCEHKMPTX]\\d{14}");
    private static final Pattern BIC = Pattern.compile("\\d{9}");
    private static final Pattern INN = Pattern.compile("\\d{10}|\\d{12}");
    private static final Pattern KPP = Pattern.compile("\\d{4}[0-9A-Z]{2}\\d{3}");
    private static final Pattern TECH_CODE = Pattern.compile("0[1-9]|1[0-5]");
    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    private static final List<String> NAMED_KEYS = List.of(
            "Name", "PersonalAcc", "BankName", "BIC", "CorrespAcc", "PayeeINN", "KPP", "Sum", "Purpose", "TechCode");
    /** Maximum lengths of the additional fields listed in the standard's table. */
    private static final Map<String, Integer> EXTRA_MAX_LENGTH = Map.of(
            "PayerINN", 12, "DrawerStatus", 2, "CBC", 20, "OKTMO", 11, "PaytReason", 2,
            "TaxPeriod", 10, "DocNo", 15, "DocDate", 10, "TaxPaytKind", 2);

    /** Copies {@code extra} (null becomes empty) into an unmodifiable map that keeps its order. */
    public GostPaymentPayload {
        extra = extra == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    /** The mandatory fields only. */
    public static GostPaymentPayload of(String name, String personalAcc, String bankName, String bic, String correspAcc) {
        return new GostPaymentPayload(name, personalAcc, bankName, bic, correspAcc,
                null, null, null, null, null, Map.of());
    }

    /** A copy with {@code Sum} set (kopecks). */
    public GostPaymentPayload withSumKopecks(Long kopecks) {
        return new GostPaymentPayload(name, personalAcc, bankName, bic, correspAcc,
                payeeInn, kpp, kopecks, purpose, techCode, extra);
    }

    /** A copy with {@code Purpose} set. */
    public GostPaymentPayload withPurpose(String newPurpose) {
        return new GostPaymentPayload(name, personalAcc, bankName, bic, correspAcc,
                payeeInn, kpp, sumKopecks, newPurpose, techCode, extra);
    }

    /**
     * What prevents this payload from being written, each message starting with the GOST key, e.g.
     * {@code "BIC: must be 9 digits, got 04452522"}. Empty when the payload is fine.
     *
     * <p>Rules: mandatory fields present; {@code PersonalAcc} and {@code CorrespAcc} match
     * {@code [1-9]\d{4}[0-9ABCEHKMPTX]\d{14}} ({@code CorrespAcc} may also be {@code 0}); {@code BIC} 9 digits;
     * {@code Name} non-blank and at most 160 characters, {@code BankName} non-blank, at most 45, {@code Purpose}
     * at most 210 (counted in Unicode code points); {@code PayeeINN} 10 or 12 digits; {@code KPP} 4 digits, 2
     * digits or capital letters, 3 digits; {@code Sum} 1 to 18 digits and positive; {@code TechCode}
     * {@code 01}..{@code 15}; extra keys are ASCII identifiers that do not repeat a named field, with the
     * standard's maximum lengths for the budget fields; no value contains a control character (line breaks
     * included); some separator is free; and the mandatory block is at most 300 UTF-8 bytes.
     */
    public List<String> problems() {
        List<String> p = new ArrayList<>();
        FieldText.check(name, "Name", 160, true, p);
        account(personalAcc, "PersonalAcc", false, p);
        FieldText.check(bankName, "BankName", 45, true, p);
        if (bic == null) {
            p.add("BIC: is required");
        } else if (!BIC.matcher(bic).matches()) {
            p.add("BIC: must be 9 digits, got " + bic);
        }
        account(correspAcc, "CorrespAcc", true, p);
        if (payeeInn != null && !INN.matcher(payeeInn).matches()) {
            p.add("PayeeINN: must be 10 or 12 digits, got " + payeeInn);
        }
        if (kpp != null && !KPP.matcher(kpp).matches()) {
            p.add("KPP: must be 9 characters (4 digits, 2 digits or capital letters, 3 digits), got " + kpp);
        }
        if (sumKopecks != null && (sumKopecks <= 0 || sumKopecks > MAX_SUM)) {
            p.add("Sum: must be a positive amount in kopecks of at most 18 digits, got " + sumKopecks);
        }
        FieldText.check(purpose, "Purpose", 210, false, p);
        if (techCode != null && !TECH_CODE.matcher(techCode).matches()) {
            p.add("TechCode: must be 01..15, got " + techCode);
        }
        for (Map.Entry<String, String> e : extra.entrySet()) {
            String k = e.getKey();
            if (k == null || !KEY.matcher(k).matches()) {
                p.add("extra key " + k + ": must be letters and digits starting with a letter");
                continue;
            }
            if (NAMED_KEYS.stream().anyMatch(n -> n.equalsIgnoreCase(k))) {
                p.add(k + ": set it through its own field, not in extra");
                continue;
            }
            Integer max = EXTRA_MAX_LENGTH.get(k);
            FieldText.check(e.getValue(), k, max == null ? Integer.MAX_VALUE : max, false, p);
            if (e.getValue() == null) {
                p.add(k + ": value is missing");
            }
        }
        if (p.isEmpty()) {
            if (separator() == 0) {
                p.add("values contain every possible separator " + SEPARATORS + "; remove some of them");
            }
            int bytes = mandatoryBlockBytes();
            if (bytes > MAX_MANDATORY_BYTES) {
                p.add("Name, BankName: the mandatory block takes " + bytes + " UTF-8 bytes, at most "
                        + MAX_MANDATORY_BYTES + " are allowed; shorten Name or BankName");
            }
        }
        return p;
    }

    /**
     * UTF-8 length of {@code ST00012}, the separator and the five mandatory {@code Key=Value} pairs joined by the
     * separator (the separator is one ASCII byte whichever is chosen). Missing fields count as empty.
     */
    public int mandatoryBlockBytes() {
        StringBuilder b = new StringBuilder(HEADER);
        List<String[]> pairs = pairs();
        for (int i = 0; i < 5; i++) {
            b.append('|').append(pairs.get(i)[0]).append('=').append(pairs.get(i)[1] == null ? "" : pairs.get(i)[1]);
        }
        return b.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * The separator {@link #text()} uses: {@code |} or the first alternative that no value contains, or
     * {@code 0} (the NUL char) when none is free.
     */
    public char separator() {
        for (int i = 0; i < SEPARATORS.length(); i++) {
            char s = SEPARATORS.charAt(i);
            boolean used = false;
            for (String[] kv : pairs()) {
                if (kv[1] != null && kv[1].indexOf(s) >= 0) {
                    used = true;
                    break;
                }
            }
            if (!used) {
                return s;
            }
        }
        return 0;
    }

    /**
     * The payload text, e.g. {@code ST00012|Name=…|PersonalAcc=…|…|TechCode=14}.
     *
     * @throws IllegalStateException listing {@link #problems()} if there are any
     */
    public String text() {
        List<String> p = problems();
        if (!p.isEmpty()) {
            throw new IllegalStateException("invalid GOST R 56042 payload: " + String.join("; ", p));
        }
        char sep = separator();
        StringBuilder b = new StringBuilder(HEADER);
        for (String[] kv : pairs()) {
            if (kv[1] != null) {
                b.append(sep).append(kv[0]).append('=').append(kv[1]);
            }
        }
        return b.toString();
    }

    /** {@link #text()} in UTF-8, the bytes to put into the QR code. */
    public byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    /** The QR code of {@link #bytes()} (error correction M, no ECI). */
    public QrCode qrCode() {
        return QrCode.encode(bytes());
    }

    /**
     * Reads a GOST R 56042 payload: {@code ST0001} + encoding flag ({@code 1} windows-1251, {@code 2} UTF-8,
     * {@code 3} KOI8-R) + separator + {@code Key=Value} pairs. Known keys are matched ignoring case; unknown keys
     * go to {@link #extra} in order. A trailing separator and a UTF-8 byte-order mark are tolerated. The result
     * is not validated: call {@link #problems()}. Whatever the encoding flag read, {@link #text()} writes
     * {@code ST00012} (UTF-8).
     *
     * @throws IllegalArgumentException if the bytes are not such a payload (wrong header, undecodable text, a
     *                                  pair without {@code =}, an empty or repeated key, a non-numeric
     *                                  {@code Sum})
     */
    public static GostPaymentPayload parse(byte[] payload) {
        int start = payload.length >= 3 && (payload[0] & 0xFF) == 0xEF && (payload[1] & 0xFF) == 0xBB
                && (payload[2] & 0xFF) == 0xBF ? 3 : 0;
        if (payload.length - start < 8) {
            throw new IllegalArgumentException("not a GOST R 56042 payload: too short");
        }
        String head = new String(payload, start, 7, StandardCharsets.ISO_8859_1);
        Charset cs = switch (head) {
            case "ST00011" -> Charset.forName("windows-1251");
            case "ST00012" -> StandardCharsets.UTF_8;
            case "ST00013" -> Charset.forName("KOI8-R");
            default -> throw new IllegalArgumentException(
                    "not a GOST R 56042 payload: header must be ST00011, ST00012 or ST00013");
        };
        String text;
        try {
            text = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(payload, start, payload.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("payload is not valid " + cs.name() + " text", e);
        }
        char sep = text.charAt(7);
        if (sep == '=' || Character.isLetterOrDigit(sep) || Character.isISOControl(sep)
                || Character.isSurrogate(sep)) {
            throw new IllegalArgumentException("not a usable separator after the header: '" + sep + "'");
        }
        String body = text.substring(8);
        if (body.endsWith(String.valueOf(sep))) {
            body = body.substring(0, body.length() - 1);
        }
        if (body.isEmpty()) {
            throw new IllegalArgumentException("payload has no fields");
        }
        Map<String, String> named = new LinkedHashMap<>();
        Map<String, String> extra = new LinkedHashMap<>();
        List<String> seen = new ArrayList<>();
        int from = 0;
        while (from <= body.length()) {
            int to = body.indexOf(sep, from);
            if (to < 0) {
                to = body.length();
            }
            String pair = body.substring(from, to);
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("field without key or '=': \"" + pair + "\"");
            }
            String key = pair.substring(0, eq);
            String value = pair.substring(eq + 1);
            String lower = key.toLowerCase(Locale.ROOT);
            if (seen.contains(lower)) {
                throw new IllegalArgumentException("key repeated: " + key);
            }
            seen.add(lower);
            String canonical = NAMED_KEYS.stream().filter(n -> n.equalsIgnoreCase(key)).findFirst().orElse(null);
            if (canonical == null) {
                extra.put(key, value);
            } else {
                named.put(canonical, value);
            }
            from = to + 1;
        }
        Long sum = null;
        String s = named.get("Sum");
        if (s != null) {
            if (s.isEmpty() || s.length() > 18 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new IllegalArgumentException("Sum must be 1 to 18 digits (kopecks), got \"" + s + "\"");
            }
            sum = Long.parseLong(s);
        }
        return new GostPaymentPayload(named.get("Name"), named.get("PersonalAcc"), named.get("BankName"),
                named.get("BIC"), named.get("CorrespAcc"), named.get("PayeeINN"), named.get("KPP"), sum,
                named.get("Purpose"), named.get("TechCode"), extra);
    }

    /** All pairs in output order; values may be null (absent). */
    private List<String[]> pairs() {
        List<String[]> l = new ArrayList<>(10 + extra.size());
        l.add(new String[] {"Name", name});
        l.add(new String[] {"PersonalAcc", personalAcc});
        l.add(new String[] {"BankName", bankName});
        l.add(new String[] {"BIC", bic});
        l.add(new String[] {"CorrespAcc", correspAcc});
        l.add(new String[] {"PayeeINN", payeeInn});
        l.add(new String[] {"KPP", kpp});
        l.add(new String[] {"Sum", sumKopecks == null ? null : Long.toString(sumKopecks)});
        l.add(new String[] {"Purpose", purpose});
        l.add(new String[] {"TechCode", techCode});
        extra.forEach((k, v) -> l.add(new String[] {k, v}));
        return l;
    }

    private static void account(String value, String key, boolean zeroAllowed, List<String> p) {
        if (value == null) {
            p.add(key + ": is required");
        } else if (!(ACCOUNT.matcher(value).matches() || zeroAllowed && value.equals("0"))) {
            p.add(key + ": must be 20 characters: a digit 1-9, 4 digits, a digit or one of ABCEHKMPTX, 14 digits"
                    + (zeroAllowed ? " (or 0 for a bank without one)" : "") + ", got " + value);
        }
    }
}
