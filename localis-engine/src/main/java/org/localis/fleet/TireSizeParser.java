package org.localis.fleet;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The scanner behind {@link TireSize#parse(String)}: reads a designation left to right and says exactly
 * which part is missing or wrong. One parser reads one text.
 */
final class TireSizeParser {

    private static final String EXAMPLE = "e.g. 205/55 R16 91V or 185/75 R16 C 104/102 Q";

    private final String original;
    private final String s;
    private int pos;

    private TireSizeParser(String original) {
        this.original = original;
        this.s = normalize(original);
    }

    static TireSize parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a tire size is required, " + EXAMPLE);
        }
        return new TireSizeParser(text).read();
    }

    /** Upper case, single spaces, Cyrillic letters that look like Latin ones (С, Т, Н, М, Р, ...) made Latin. */
    static String normalize(String text) {
        StringBuilder b = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(latin(Character.toUpperCase(c)));
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
            case 'Р' -> 'P';
            case 'Т' -> 'T';
            case 'Х' -> 'X';
            default -> c;
        };
    }

    private IllegalArgumentException fail(String message) {
        String shown = original.strip();
        if (shown.length() > 60) {
            shown = shown.substring(0, 60) + "...";
        }
        return new IllegalArgumentException("'" + shown + "': " + message);
    }

    private TireSize read() {
        boolean lightTruck = false;
        boolean passenger = false;
        if (s.startsWith("LT")) {
            lightTruck = true;
            pos = 2;
        } else if (s.startsWith("P") && s.length() > 1 && (isDigit(1) || s.charAt(1) == ' ')) {
            passenger = true;
            pos = 1;
        } else if ((s.startsWith("T") || s.startsWith("ST")) && s.length() > 2) {
            throw fail("temporary spare (T) and special trailer (ST) tires are not road tires for a vehicle's set");
        }
        skipSpace();
        if (!isDigit(pos)) {
            throw fail("expected the section width in mm at the start, " + EXAMPLE);
        }
        int widthStart = pos;
        int width = number("section width");
        if (pos < s.length() && (s.charAt(pos) == '.' || s.charAt(pos) == ',' || s.charAt(pos) == 'X' || s.charAt(pos) == '-')) {
            throw fail("inch sizes such as 31x10.50 R15 or 8.40-15 are not supported; give the metric size, "
                    + "e.g. 225/75 R16");
        }
        if (pos >= s.length() || s.charAt(pos) != '/') {
            if (pos >= s.length() || s.charAt(pos) == ' ' || isConstruction(pos)) {
                throw fail("the aspect ratio is missing after the width " + s.substring(widthStart, pos)
                        + ": write width/aspect, e.g. 185/75 R16 (sizes without an aspect ratio such as 175 R16"
                        + " are not supported)");
            }
            throw fail("expected '/' and the aspect ratio after the width " + s.substring(widthStart, pos)
                    + ", found '" + s.charAt(pos) + "'");
        }
        pos++;
        if (!isDigit(pos)) {
            throw fail("expected the aspect ratio after '/', " + EXAMPLE);
        }
        int aspect = number("aspect ratio");
        skipSpace();
        if (pos >= s.length()) {
            throw fail("the construction and rim diameter are missing after the aspect ratio, " + EXAMPLE);
        }
        char c = s.charAt(pos);
        if (c == 'Z' && pos + 1 < s.length() && s.charAt(pos + 1) == 'R') {
            throw fail("'ZR' is not supported: write R and give the speed symbol, e.g. 225/45 R17 94W");
        }
        if (!isConstruction(pos)) {
            throw fail("expected the construction R (radial), D (diagonal) or B (belted) after the aspect ratio, "
                    + "found '" + c + "'");
        }
        Construction construction = Construction.valueOf(String.valueOf(c));
        pos++;
        skipSpace();
        if (!isDigit(pos)) {
            throw fail("expected the rim diameter in inches after " + construction.name() + ", " + EXAMPLE);
        }
        int rimStart = pos;
        while (isDigit(pos)) {
            pos++;
        }
        if (pos - rimStart > 2) {
            throw fail("the rim diameter " + clip(s.substring(rimStart, pos)) + " is too long: put a space between the rim"
                    + " diameter and the load index, e.g. R16 108Q");
        }
        if (pos + 1 < s.length() && (s.charAt(pos) == '.' || s.charAt(pos) == ',') && isDigit(pos + 1)) {
            pos++;
            while (isDigit(pos)) {
                pos++;
            }
        }
        BigDecimal rim = new BigDecimal(s.substring(rimStart, pos).replace(',', '.'));
        boolean commercial = false;
        int save = pos;
        skipSpace();
        if (pos < s.length() && s.charAt(pos) == 'C' && (pos + 1 == s.length() || s.charAt(pos + 1) == ' '
                || isDigit(pos + 1))) {
            commercial = true;
            pos++;
        } else {
            pos = save;
        }
        boolean spaced = skipSpace();
        if (pos >= s.length()) {
            throw fail("the load index and speed symbol are missing after the rim diameter (e.g. 91V in 205/55 R16 91V)");
        }
        if (!isDigit(pos)) {
            if (rim.compareTo(BigDecimal.valueOf(TireSize.MAX_RIM)) > 0) {
                // "205/55 R 91V": the load index was read as the rim
                throw fail("expected the rim diameter in inches after " + construction.name()
                        + " and then the load index, " + EXAMPLE);
            }
            throw fail("expected the load index (a number) after the rim diameter, found '" + rest() + "'");
        }
        if (!spaced && !commercial) {
            throw fail("put a space between the rim diameter and the load index, e.g. R16 108Q");
        }
        int load = number("load index");
        Integer dual = null;
        if (pos < s.length() && s.charAt(pos) == '/') {
            pos++;
            if (!isDigit(pos)) {
                throw fail("expected the dual (twin-mounting) load index after '" + load + "/'");
            }
            dual = number("dual load index");
        }
        skipSpace();
        if (pos >= s.length()) {
            throw fail("the speed symbol is missing after the load index (e.g. V in 91V)");
        }
        if (s.charAt(pos) == '(' || s.indexOf('(', pos) >= 0) {
            throw fail("a second service description in parentheses is not supported: give the main one only, "
                    + "e.g. 215/75 R16 C 116/114 R");
        }
        char sp = s.charAt(pos);
        SpeedSymbol speed = SpeedSymbol.of(String.valueOf(sp)).orElseThrow(() -> fail("'" + sp
                + "' is not a speed symbol (known, slowest to fastest: " + SpeedSymbol.known() + ")"));
        pos++;
        if (pos < s.length() && s.charAt(pos) != ' ') {
            throw fail("unexpected '" + rest() + "' right after the speed symbol " + sp + " (one letter, e.g. 91V)");
        }
        skipSpace();
        boolean reinforced = false;
        String tail = s.substring(pos);
        if (!tail.isEmpty()) {
            if (tail.equals("XL") || tail.equals("EXTRA LOAD") || tail.equals("REINFORCED") || tail.equals("REINF")
                    || tail.equals("RF")) {
                reinforced = true;
            } else {
                throw fail("unexpected '" + clip(tail) + "' after the speed symbol (only XL or 'reinforced' may follow)");
            }
        }
        String problem = TireSize.partsProblem(lightTruck, passenger, width, aspect, normalized(rim), commercial, load, dual);
        if (problem != null) {
            throw fail(problem);
        }
        return new TireSize(lightTruck, passenger, width, aspect, construction, rim, commercial, load, dual, speed,
                reinforced);
    }

    private static BigDecimal normalized(BigDecimal rim) {
        BigDecimal r = rim.stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }

    /** The unread rest, for messages: at most 20 characters. */
    private String rest() {
        return clip(s.substring(Math.min(pos, s.length())));
    }

    private static String clip(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "..." : text;
    }

    private boolean isDigit(int i) {
        return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }

    private boolean isConstruction(int i) {
        if (i >= s.length()) {
            return false;
        }
        char c = s.charAt(i);
        return c == 'R' || c == 'D' || c == 'B';
    }

    /** Skips one space; says whether there was one. */
    private boolean skipSpace() {
        if (pos < s.length() && s.charAt(pos) == ' ') {
            pos++;
            return true;
        }
        return false;
    }

    /** Reads digits at pos (at least one is there); at most 4, to keep the number an int. */
    private int number(String what) {
        int start = pos;
        while (isDigit(pos)) {
            pos++;
        }
        if (pos - start > 4) {
            throw fail(what + " " + clip(s.substring(start, pos)) + " is too long");
        }
        return Integer.parseInt(s.substring(start, pos));
    }
}
