package org.localis.assessment;

import java.util.List;
import java.util.Locale;

/**
 * How many explained BOM lines a result lists: {@code all} of them (in file order), the {@code top N} with the
 * largest non-originating value per product unit (largest first), or {@code none}. The totals, the score and
 * its explanation are the same whatever the detail.
 *
 * @param top for {@link Mode#TOP}: how many lines, 1 or more (0 otherwise)
 */
public record LineDetail(Mode mode, int top) {

    public enum Mode { ALL, TOP, NONE }

    public static final LineDetail ALL = new LineDetail(Mode.ALL, 0);
    public static final LineDetail NONE = new LineDetail(Mode.NONE, 0);

    /** Above this, {@code top N} is refused: a larger list is what {@code all} is for. */
    public static final int MAX_TOP = 1_000_000;

    public LineDetail {
        if ((mode == Mode.TOP) != (top > 0)) {
            throw new IllegalArgumentException("top needs a count of 1 or more, and only top has one");
        }
    }

    public static LineDetail top(int n) {
        return new LineDetail(Mode.TOP, n);
    }

    /**
     * Reads {@code all}, {@code none}, {@code top N} (also {@code top:N}, {@code top=N}, {@code topN}), as given to
     * the CLI's {@code --lines} or the REST parameter {@code lines}.
     *
     * @throws IllegalArgumentException with a message naming what is accepted
     */
    public static LineDetail parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("all")) {
            return ALL;
        }
        if (t.equals("none")) {
            return NONE;
        }
        if (t.startsWith("top")) {
            String n = t.substring(3).trim();
            if (n.startsWith(":") || n.startsWith("=")) {
                n = n.substring(1).trim();
            }
            if (n.matches("\\d{1,7}")) {
                int k = Integer.parseInt(n);
                if (k >= 1 && k <= MAX_TOP) {
                    return top(k);
                }
            }
        }
        throw new IllegalArgumentException("'" + text + "' must be all, none or top N (N from 1 to " + MAX_TOP + ")");
    }

    /** {@link #parse(String)} of words given separately ({@code --lines top 20}). */
    public static LineDetail parse(List<String> words) {
        return parse(String.join(" ", words));
    }

    /** The lines of {@code a} this detail lists, in the order they are listed. */
    List<Assessment.LineResult> select(Assessment a) {
        return switch (mode) {
            case ALL -> a.lines();
            case NONE -> List.of();
            case TOP -> a.lines() instanceof LineResults lr ? lr.largestNonOriginating(top)
                    : a.lines().stream().filter(l -> l.nonOriginatingValue().signum() > 0)
                    .sorted(java.util.Comparator.comparing(Assessment.LineResult::nonOriginatingValue).reversed())
                    .limit(top).toList();
        };
    }

    @Override
    public String toString() {
        return mode == Mode.TOP ? "top " + top : mode.name().toLowerCase(Locale.ROOT);
    }
}
