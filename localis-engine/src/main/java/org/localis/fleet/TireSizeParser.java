package org.localis.fleet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a tire designation as fleets and suppliers write it, in steps: {@link #normalize} the text (case,
 * spaces, Cyrillic letters, decimal commas), then read the {@linkplain #readPrefix prefix} (P, HL, LT), the
 * {@linkplain #readSize size} (metric, inch or flotation; construction; rim), the {@linkplain #readStandard
 * standard mark} after the rim (C, LT), the {@linkplain #readService service description} (load indices and
 * speed symbol, in parentheses or not) and the {@linkplain #readMarkings markings} (XL, run-flat, M+S, 3PMSF,
 * studded, ply rating; TL and model names are noted and ignored). A refusal names the part that is wrong.
 *
 * <p>Accepted, for example: {@code 205/55R16 91V}, {@code 205/50ZR17 89Y}, {@code 225/45ZRF18 95W},
 * {@code 275/35 ZR19 (100Y) XL}, {@code 315/80 R22.5 156/150L}, {@code 185R14C 102/100Q},
 * {@code 11R22.5 148/145M}, {@code 12.00R20}, {@code 9.00-20}, {@code 6.50-16 8PR}, {@code 245/75R16LT 120/116R},
 * {@code 31x10.50R15LT 109Q}, {@code 185/75 Р16С 104/102 R}, {@code 205/55 R16 94T XL M+S шип.},
 * {@code HL 255/40 R21 105Y}, {@code 215/55/R17 94V}.
 * One parser reads one text.
 */
final class TireSizeParser {

    private static final String EXAMPLE = "e.g. 205/55 R16 91V or 185/75 R16 C 104/102 Q";
    private static final int MAX_LENGTH = 200;

    private static final Set<String> REINFORCED = Set.of("XL", "RF", "REINF", "REINFORCED", "EXTRALOAD", "EL");
    private static final Set<String> RUN_FLAT = Set.of("RUNFLAT", "RUN-FLAT", "RFT", "ROF", "ZP", "ZPS", "SSR", "EMT",
            "DSST", "HRS", "RSC", "MOE", "XRP", "RUNONFLAT", "R-F", "RUNFLATTECHNOLOGY");
    private static final Set<String> MUD_AND_SNOW = Set.of("M+S", "M&S", "MS", "M/S", "M+C", "M.S", "M+S.");
    private static final Set<String> THREE_PEAK = Set.of("3PMSF", "3PSF", "M+S3PMSF", "3PMS");
    private static final Set<String> STUDDED = Set.of("ШИП", "ШИП.", "ШИПЫ", "ШИПЫ.", "ШИПОВАННАЯ", "ШИПОВАННЫЕ",
            "ШИПОВ.", "ШИПОВАННАЯ.", "STUDDED", "STUD", "STUDS");
    /** US load range letters (LT265/75R15 D): noted and ignored. */
    private static final String LOAD_RANGES = "BCDEFGHJLMN";
    private static final Set<String> TUBELESS = Set.of("TL", "TT", "TUBELESS", "TUBETYPE");

    private final String original;
    private final String s;
    private int pos;
    private final List<String> notes = new ArrayList<>();
    /** A marking follows the speed symbol without a space (94WXL). */
    private boolean gluedMarking;

    /** What the prefix said. */
    private record Prefix(boolean passenger, boolean highLoad, boolean lightTruck) {
    }

    /** The size as read: sizing, numbers, construction, rim, and what the construction mark carried. */
    private record SizePart(Sizing sizing, BigDecimal diameter, BigDecimal width, Integer aspect,
                            Construction construction, boolean zr, boolean runFlat, SpeedSymbol oldSpeed,
                            BigDecimal rim) {
    }

    /** The service description as read; all null when there is none. */
    private record Service(Integer load, Integer dual, SpeedSymbol speed) {
        static final Service NONE = new Service(null, null, null);
    }

    /** The markings after the service description. */
    private static final class Markings {
        boolean reinforced;
        boolean runFlat;
        WinterMark winter;
        boolean studded;
        Integer ply;
        boolean lightTruck;
    }

    private TireSizeParser(String original) {
        this.original = original;
        this.s = normalize(original);
    }

    static TireDesignation parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a tire size is required, " + EXAMPLE);
        }
        return new TireSizeParser(text).read();
    }

    private TireDesignation read() {
        if (s.length() > MAX_LENGTH) {
            throw fail("too long for a tire designation (" + s.length() + " characters; at most " + MAX_LENGTH + ")");
        }
        Prefix prefix = readPrefix();
        SizePart size = readSize();
        boolean[] standard = readStandard();
        Service service = readService(size);
        Markings marks = readMarkings();
        if (marks.ply == null && service.load() == null && service.speed() == null && size.oldSpeed() != null) {
            service = new Service(null, null, size.oldSpeed());
        }
        boolean lightTruck = prefix.lightTruck() || standard[1] || marks.lightTruck;
        try {
            TireSize t = new TireSize(size.sizing(), prefix.passenger(), prefix.highLoad(), lightTruck, size.diameter(),
                    size.width(), size.aspect(), size.construction(), size.zr(), size.rim(), standard[0], service.load(),
                    service.dual(), service.speed(), marks.ply, marks.reinforced, size.runFlat() || marks.runFlat,
                    marks.winter, marks.studded);
            return new TireDesignation(original, t, notes);
        } catch (IllegalArgumentException e) {
            throw fail(e.getMessage());
        }
    }

    /**
     * Upper case, single spaces, Cyrillic letters that look like Latin ones made Latin (С, Т, Н, М, ...; Р is
     * read as R and У as Y, as Russian price lists mean them), typographic dashes and the multiplication sign
     * made ASCII, and a decimal comma between digits made a point (R22,5).
     */
    static String normalize(String text) {
        StringBuilder b = new StringBuilder(Math.min(text.length(), 4 * MAX_LENGTH));
        boolean space = false;
        for (int i = 0; i < text.length() && b.length() <= 2 * MAX_LENGTH; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            char u = latin(Character.toUpperCase(c));
            if (u == ',' && b.length() > 0 && isDigit(b.charAt(b.length() - 1)) && i + 1 < text.length()
                    && isDigit(text.charAt(i + 1))) {
                u = '.';
            }
            b.append(u);
        }
        return b.toString().toUpperCase(Locale.ROOT);
    }

    private static char latin(char c) {
        return switch (c) {
            case 'А' -> 'A';
            case 'В' -> 'B';
            case 'С' -> 'C';
            case 'Е' -> 'E';
            case 'Н' -> 'H';
            case 'К' -> 'K';
            case 'М' -> 'M';
            case 'О' -> 'O';
            case 'Р' -> 'R';
            case 'Т' -> 'T';
            case 'Х', '×', '*' -> 'X';
            case 'У' -> 'Y';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
            default -> c;
        };
    }

    // ---- step 1: prefix ------------------------------------------------------------------------------------

    private Prefix readPrefix() {
        if (startsWithThenNumber("LT")) {
            pos = 2;
            skipSpace();
            return new Prefix(false, false, true);
        }
        if (startsWithThenNumber("HL")) {
            pos = 2;
            skipSpace();
            return new Prefix(false, true, false);
        }
        if (startsWithThenNumber("ST") || startsWithThenNumber("T")) {
            throw fail("temporary spare (T) and special trailer (ST) tires are not road tires for a vehicle's set");
        }
        if (startsWithThenNumber("P")) {
            pos = 1;
            skipSpace();
            return new Prefix(true, false, false);
        }
        return new Prefix(false, false, false);
    }

    private boolean startsWithThenNumber(String prefix) {
        if (!s.startsWith(prefix)) {
            return false;
        }
        int i = prefix.length();
        if (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return isDigitAt(i);
    }

    // ---- step 2: size --------------------------------------------------------------------------------------

    private SizePart readSize() {
        if (!isDigitAt(pos)) {
            throw fail("expected the section width at the start, " + EXAMPLE);
        }
        String first = readNumber("section width");
        if (new BigDecimal(first).compareTo(BigDecimal.valueOf(TireSizeRules.MAX_METRIC_WIDTH)) > 0) {
            throw fail("section width " + first + " is outside " + TireSizeRules.MIN_METRIC_WIDTH + ".."
                    + TireSizeRules.MAX_METRIC_WIDTH + " mm (or 4..24 inches)");
        }
        int afterFirst = pos;
        skipSpace();
        if (at('X')) {
            pos++;
            skipSpace();
            if (!isDigitAt(pos)) {
                throw fail("expected the section width in inches after '" + first + "x' (flotation sizes such as"
                        + " 31x10.50 R15)");
            }
            String width = readNumber("section width");
            Mark mark = readConstruction(first + "x" + width);
            BigDecimal rim = readRim(mark);
            return new SizePart(Sizing.FLOTATION, new BigDecimal(first), new BigDecimal(width), null,
                    mark.construction, false, false, null, rim);
        }
        if (at('/')) {
            pos++;
            skipSpace();
            if (!isDigitAt(pos)) {
                throw fail("expected the aspect ratio after '/', " + EXAMPLE);
            }
            String aspect = readNumber("aspect ratio");
            if (first.contains(".") || aspect.contains(".")) {
                throw fail("'" + first + "/" + aspect + "': width and aspect ratio are whole numbers, such as 205/55");
            }
            if (at('/') && pos + 1 < s.length() && "RZDB".indexOf(s.charAt(pos + 1)) >= 0) {
                pos++; // 215/55/R17: a second slash before the construction, as some catalogues write it
            }
            Mark mark = readConstruction(first + "/" + aspect);
            BigDecimal rim = readRim(mark);
            return new SizePart(Sizing.METRIC, null, new BigDecimal(first), Integer.valueOf(aspect),
                    mark.construction, mark.zr, mark.runFlat, mark.oldSpeed, rim);
        }
        pos = afterFirst;
        BigDecimal width = new BigDecimal(first);
        boolean inch = first.contains(".") || width.compareTo(BigDecimal.valueOf(30)) < 0;
        Mark mark = readConstruction(first);
        BigDecimal rim = readRim(mark);
        if (inch && mark.construction == Construction.D && !first.contains(".") && rim.stripTrailingZeros().scale() <= 0) {
            throw fail("'" + first + "-" + rim.toPlainString() + "' is not an inch size: a bias size gives the width"
                    + " with its decimals, such as 9.00-20 or 6.50-16");
        }
        if (mark.zr && inch) {
            throw fail("ZR marks metric radial sizes only, such as 225/45 ZR17");
        }
        return new SizePart(inch ? Sizing.INCH : Sizing.METRIC, null, width, null, mark.construction, mark.zr,
                mark.runFlat, mark.oldSpeed, rim);
    }

    /** The construction mark as read. */
    private record Mark(Construction construction, boolean zr, boolean runFlat, SpeedSymbol oldSpeed, String text) {
    }

    /** Reads R, ZR, ZRF, RF, D, B, '-' or an old speed category (SR, TR, HR, VR) after the width (and aspect). */
    private Mark readConstruction(String before) {
        skipSpace();
        if (pos >= s.length()) {
            throw fail("the construction and rim diameter are missing after " + before + ", e.g. 205/55 R16");
        }
        if (at('-')) {
            pos++;
            return new Mark(Construction.D, false, false, null, "-");
        }
        for (String m : List.of("ZRF", "ZR", "RF", "SR", "TR", "HR", "VR")) {
            if (s.startsWith(m, pos) && (isDigitAt(pos + m.length()) || at(pos + m.length(), ' '))) {
                pos += m.length();
                boolean zr = m.startsWith("ZR");
                boolean runFlat = m.endsWith("F");
                SpeedSymbol old = zr || runFlat ? null : SpeedSymbol.of(m.substring(0, 1)).orElseThrow();
                return new Mark(Construction.R, zr, runFlat, old, m);
            }
        }
        char c = s.charAt(pos);
        if (c == 'R' || c == 'D' || c == 'B') {
            pos++;
            return new Mark(Construction.valueOf(String.valueOf(c)), false, false, null, String.valueOf(c));
        }
        throw fail("expected the construction R (radial), ZR, D (diagonal), B (belted) or '-' (bias) after "
                + before + ", found '" + clip(rest()) + "'");
    }

    private BigDecimal readRim(Mark mark) {
        skipSpace();
        if (!isDigitAt(pos)) {
            throw fail("expected the rim diameter in inches after " + mark.text() + ", " + EXAMPLE);
        }
        int start = pos;
        while (isDigitAt(pos)) {
            pos++;
        }
        if (pos - start > 2) {
            throw fail("the rim diameter " + clip(s.substring(start, pos)) + " is too long: put a space between the"
                    + " rim diameter and the load index, e.g. R16 108Q");
        }
        if (at('.') && isDigitAt(pos + 1)) {
            pos++;
            int decimals = pos;
            while (isDigitAt(pos)) {
                pos++;
            }
            if (pos - decimals > 2) {
                throw fail("the rim diameter " + clip(s.substring(start, pos)) + " has too many decimals (such as 17.5)");
            }
        }
        BigDecimal rim = new BigDecimal(s.substring(start, pos));
        String problem = TireSizeRules.rimProblem(rim);
        if (problem != null) {
            throw fail(problem);
        }
        return rim;
    }

    // ---- step 3: C or LT after the rim ---------------------------------------------------------------------

    /** {commercial, light truck} marks right after the rim: {@code R16C}, {@code R16 C}, {@code R16LT}. */
    private boolean[] readStandard() {
        boolean commercial = false;
        boolean lightTruck = false;
        for (int round = 0; round < 2; round++) {
            int save = pos;
            skipSpace();
            if (at('C') && endsToken(pos + 1)) {
                commercial = true;
                pos++;
            } else if (s.startsWith("LT", pos) && endsToken(pos + 2)) {
                lightTruck = true;
                pos += 2;
            } else {
                pos = save;
                break;
            }
        }
        return new boolean[] {commercial, lightTruck};
    }

    /** Whether a mark ends at i: the end, a space, a digit or a parenthesis follows. */
    private boolean endsToken(int i) {
        return i >= s.length() || s.charAt(i) == ' ' || isDigitAt(i) || s.charAt(i) == '(';
    }

    // ---- step 4: service description -----------------------------------------------------------------------

    private Service readService(SizePart size) {
        int save = pos;
        skipSpace();
        if (pos >= s.length()) {
            return Service.NONE;
        }
        boolean bracketed = at('(') && isDigitAt(pos + 1);
        if (bracketed) {
            pos++;
        } else if (!isDigitAt(pos)) {
            return speedOnly(save);
        }
        if (isPlyRating(pos) || isMarking(tokenAt(pos))) {
            // "8PR", "3PMSF": a marking, not a load index and speed symbol
            pos = save;
            return Service.NONE;
        }
        int start = pos;
        while (isDigitAt(pos)) {
            pos++;
        }
        if (pos - start > 3) {
            throw fail("'" + clip(s.substring(start, pos)) + "' after the rim diameter is not a load index (at most"
                    + " 3 digits, e.g. 91 in 205/55 R16 91V)");
        }
        int load = Integer.parseInt(s.substring(start, pos));
        Integer dual = null;
        if (at('/')) {
            pos++;
            if (!isDigitAt(pos)) {
                throw fail("expected the dual (twin-mounting) load index after '" + load + "/'");
            }
            int d = pos;
            while (isDigitAt(pos)) {
                pos++;
            }
            if (pos - d > 3) {
                throw fail("dual load index " + clip(s.substring(d, pos)) + " is too long (at most 3 digits)");
            }
            dual = Integer.parseInt(s.substring(d, pos));
        }
        int beforeSpeed = pos;
        boolean spaceBeforeSpeed = skipSpace();
        SpeedSymbol speed = readSpeedCode();
        if (speed == null || (spaceBeforeSpeed && !bracketed && gluedRestIsNotMarking())) {
            // "156/150 TL": the letter begins a word, not a speed symbol
            speed = null;
            pos = beforeSpeed;
            int letter = spaceBeforeSpeed ? pos + 1 : pos;
            if (letter < s.length() && Character.isLetter(s.charAt(letter))
                    && (letter + 1 >= s.length() || s.charAt(letter + 1) == ' ')) {
                throw fail("'" + s.charAt(letter) + "' is not a speed symbol (known, slowest to fastest: "
                        + SpeedSymbol.known() + ")");
            }
        }
        if (bracketed) {
            if (!at(')')) {
                throw fail("the service description in parentheses is not closed, e.g. (100Y)");
            }
            pos++;
            if (speed == SpeedSymbol.Y && size.zr()) {
                speed = SpeedSymbol.Y_ABOVE;
            }
        }
        checkAfterSpeed(speed);
        readSecondService();
        return new Service(load, dual, speed);
    }

    /** A speed symbol without a load index, as old designations have it ({@code 195/65 R15 V}); J and faster. */
    private Service speedOnly(int save) {
        String token = tokenAt(pos);
        SpeedSymbol speed = readSpeedCode();
        if (speed != null && speed.compareTo(SpeedSymbol.J) >= 0 && (pos >= s.length() || at(' '))) {
            return new Service(null, null, speed);
        }
        if (token.length() == 1 && Character.isLetter(token.charAt(0)) && LOAD_RANGES.indexOf(token.charAt(0)) < 0) {
            // "185/75 R16 X": a lone letter after the size is a speed symbol or a load range, nothing else
            throw fail("'" + token + "' is not a speed symbol (known, slowest to fastest: " + SpeedSymbol.known() + ")");
        }
        pos = save;
        return Service.NONE;
    }

    /** A speed code at pos ({@code V}, {@code A8}, {@code (Y)}), consumed; or null, pos unchanged. */
    private SpeedSymbol readSpeedCode() {
        if (s.startsWith("(Y)", pos)) {
            pos += 3;
            return SpeedSymbol.Y_ABOVE;
        }
        if (at('A') && pos + 1 < s.length() && s.charAt(pos + 1) >= '1' && s.charAt(pos + 1) <= '8') {
            pos += 2;
            return SpeedSymbol.of(s.substring(pos - 2, pos)).orElseThrow();
        }
        if (pos < s.length() && Character.isLetter(s.charAt(pos)) && s.charAt(pos) != 'A') {
            var sp = SpeedSymbol.of(String.valueOf(s.charAt(pos)));
            if (sp.isPresent()) {
                pos++;
                return sp.get();
            }
        }
        return null;
    }

    /** After a speed symbol: the end, a space, a parenthesis, or a known marking glued to it (94WXL). */
    private void checkAfterSpeed(SpeedSymbol speed) {
        if (pos >= s.length() || at(' ') || at('(') || at(',')) {
            return;
        }
        int end = s.indexOf(' ', pos);
        String glued = s.substring(pos, end < 0 ? s.length() : end);
        if (isMarking(glued)) {
            gluedMarking = true;
            return;
        }
        if (speed == null) {
            throw fail("expected the speed symbol after the load index, found '" + clip(glued) + "' (known, slowest to"
                    + " fastest: " + SpeedSymbol.known() + ")");
        }
        throw fail("unexpected '" + clip(glued) + "' right after the speed symbol " + speed.code()
                + " (one symbol, e.g. 91V)");
    }

    /** The text from i to the next space. */
    private String tokenAt(int i) {
        int end = s.indexOf(' ', i);
        return s.substring(i, end < 0 ? s.length() : end);
    }

    /** Whether letters follow the symbol just read, glued to it, and they are not a known marking. */
    private boolean gluedRestIsNotMarking() {
        if (pos >= s.length() || at(' ') || at('(') || at(',')) {
            return false;
        }
        int end = s.indexOf(' ', pos);
        return !isMarking(s.substring(pos, end < 0 ? s.length() : end));
    }

    /** An alternative service description in parentheses ({@code 116/114R (118N)}) is noted and ignored. */
    private void readSecondService() {
        int save = pos;
        skipSpace();
        if (at('(') && isDigitAt(pos + 1)) {
            int close = s.indexOf(')', pos);
            if (close > 0 && close - pos <= 12) {
                notes.add("second service description " + s.substring(pos, close + 1) + " ignored");
                pos = close + 1;
                return;
            }
        }
        pos = save;
    }

    // ---- step 5: markings ----------------------------------------------------------------------------------

    private Markings readMarkings() {
        Markings m = new Markings();
        if (!gluedMarking) {
            if (pos < s.length() && !at(' ')) {
                throw fail("unexpected '" + clip(rest()) + "' right after the size; put a space before it");
            }
        }
        String[] tokens = s.substring(pos).trim().split("[ ,;]+");
        StringBuilder ignored = new StringBuilder();
        for (int i = 0; i < tokens.length; i++) {
            String t = strip(tokens[i]);
            if (t.isEmpty()) {
                continue;
            }
            String next = i + 1 < tokens.length ? strip(tokens[i + 1]) : "";
            String next2 = i + 2 < tokens.length ? strip(tokens[i + 2]) : "";
            int used = marking(m, t, next, next2);
            if (used > 0) {
                flushIgnored(ignored);
                i += used - 1;
            } else if (TUBELESS.contains(t)) {
                flushIgnored(ignored);
                notes.add(t + " (tube type marking) ignored: not used to match tires");
            } else {
                ignored.append(ignored.length() == 0 ? "" : " ").append(t);
            }
        }
        flushIgnored(ignored);
        return m;
    }

    private void flushIgnored(StringBuilder ignored) {
        if (ignored.length() > 0) {
            notes.add("'" + clip(ignored.toString()) + "' ignored (a model name or a marking not used to match tires)");
            ignored.setLength(0);
        }
    }

    private static String strip(String token) {
        String t = token;
        while (t.length() > 1 && (t.startsWith("(") || t.startsWith("["))) {
            t = t.substring(1);
        }
        while (t.length() > 1 && (t.endsWith(")") || t.endsWith("]"))) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    /** Whether a token alone is a marking this parser knows. */
    private static boolean isMarking(String token) {
        return marking(new Markings(), strip(token), "", "") > 0;
    }

    /** Applies the marking that starts with {@code t}; returns how many tokens it used (0: not a marking). */
    private static int marking(Markings m, String t, String next, String next2) {
        if (REINFORCED.contains(t)) {
            m.reinforced = true;
            return 1;
        }
        if (t.equals("EXTRA") && next.equals("LOAD")) {
            m.reinforced = true;
            return 2;
        }
        if (RUN_FLAT.contains(t)) {
            m.runFlat = true;
            return 1;
        }
        if ((t.equals("RUN") && next.equals("FLAT"))) {
            m.runFlat = true;
            return 2;
        }
        if (THREE_PEAK.contains(t)) {
            m.winter = WinterMark.THREE_PEAK;
            return 1;
        }
        if (MUD_AND_SNOW.contains(t) || (t.equals("M") && next.equals("+") && (next2.equals("S") || next2.equals("C")))) {
            if (m.winter == null) {
                m.winter = WinterMark.MUD_AND_SNOW;
            }
            return t.equals("M") ? 3 : 1;
        }
        if (STUDDED.contains(t)) {
            m.studded = true;
            return 1;
        }
        if (t.equals("LT")) {
            m.lightTruck = true;
            return 1;
        }
        Integer ply = plyRating(t, next);
        if (ply != null) {
            m.ply = ply;
            return t.endsWith("PR") || t.startsWith("PR") ? 1 : 2;
        }
        return 0;
    }

    /** {@code 8PR}, {@code PR8}, or {@code 8} followed by {@code PR}: the ply rating, else null. */
    private static Integer plyRating(String t, String next) {
        String digits = null;
        if (t.endsWith("PR") && t.length() > 2) {
            digits = t.substring(0, t.length() - 2);
        } else if (t.startsWith("PR") && t.length() > 2) {
            digits = t.substring(2);
        } else if (next.equals("PR")) {
            digits = t;
        }
        if (digits == null || digits.isEmpty() || digits.length() > 2 || !digits.chars().allMatch(TireSizeParser::isDigit)) {
            return null;
        }
        return Integer.valueOf(digits);
    }

    /** Whether the text at i is a ply rating ({@code 8PR}, {@code 8 PR}) rather than a load index and speed. */
    private boolean isPlyRating(int i) {
        int j = i;
        while (isDigitAt(j)) {
            j++;
        }
        if (j == i || j - i > 2) {
            return false;
        }
        if (at(j, ' ')) {
            j++;
        }
        return s.startsWith("PR", j) && (j + 2 >= s.length() || !Character.isLetter(s.charAt(j + 2)));
    }

    // ---- scanning helpers ----------------------------------------------------------------------------------

    private IllegalArgumentException fail(String message) {
        String shown = original.strip();
        if (shown.length() > 60) {
            shown = shown.substring(0, 60) + "...";
        }
        return new IllegalArgumentException("'" + shown + "': " + message);
    }

    /** Digits with at most one decimal point; at most 4 digits before it and 2 after. */
    private String readNumber(String what) {
        int start = pos;
        while (isDigitAt(pos)) {
            pos++;
        }
        if (pos - start > 4) {
            throw fail(what + " " + clip(s.substring(start, pos)) + " is too long to be a tire size");
        }
        if (at('.') && isDigitAt(pos + 1)) {
            pos++;
            int d = pos;
            while (isDigitAt(pos)) {
                pos++;
            }
            if (pos - d > 2) {
                throw fail(what + " " + clip(s.substring(start, pos)) + " has too many decimals");
            }
        }
        return s.substring(start, pos);
    }

    /** The unread rest, for messages. */
    private String rest() {
        return s.substring(Math.min(pos, s.length()));
    }

    private static String clip(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "..." : text;
    }

    private boolean at(char c) {
        return at(pos, c);
    }

    private boolean at(int i, char c) {
        return i >= 0 && i < s.length() && s.charAt(i) == c;
    }

    private boolean isDigitAt(int i) {
        return i >= 0 && i < s.length() && isDigit(s.charAt(i));
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** Skips one space; says whether there was one. */
    private boolean skipSpace() {
        if (at(' ')) {
            pos++;
            return true;
        }
        return false;
    }
}
