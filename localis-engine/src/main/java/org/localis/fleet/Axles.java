package org.localis.fleet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A vehicle's axle configuration: for each axle, front to back, whether it carries single wheels (2 positions)
 * or twin wheels (4 positions). A 6x6 truck on singles is {@code single,single,single}; a twin-rear van
 * {@code single,twin}; a three-axle truck with twin rear axles {@code single,twin,twin} (10 positions).
 *
 * <p>Written (any case, separated by commas, {@code +} or spaces) as words {@code single} / {@code twin}
 * (also {@code s} / {@code t}, Russian {@code одинарная} / {@code двойная}, {@code о} / {@code д}), each
 * optionally with a count ({@code 2*twin}), or as groups {@code NxW}: N axles of W wheels, W 2 or 4
 * ({@code 1x2,2x4} is single,twin,twin).
 */
public record Axles(List<Boolean> twin) {

    /** The most axles accepted (11: 22 wheel positions on twins). */
    public static final int MAX_AXLES = 11;
    public static final int MIN_POSITIONS = 2;
    public static final int MAX_POSITIONS = 22;

    /** @throws IllegalArgumentException when there are no axles or more than {@link #MAX_AXLES} */
    public Axles {
        twin = List.copyOf(twin);
        if (twin.isEmpty() || twin.size() > MAX_AXLES) {
            throw new IllegalArgumentException("a vehicle has 1.." + MAX_AXLES + " axles, not " + twin.size());
        }
    }

    /** Two axles on single wheels (4 positions). */
    public static final Axles TWO_SINGLE = new Axles(List.of(false, false));
    /** A single front axle and a twin rear axle (6 positions). */
    public static final Axles TWIN_REAR = new Axles(List.of(false, true));

    /**
     * What a number of wheel positions alone says, as fleet files without an axles column mean it: 4 is two
     * single axles, 6 a single front and a twin rear axle; any other number needs the axles written out.
     */
    public static Optional<Axles> fromPositions(int positions) {
        return switch (positions) {
            case 4 -> Optional.of(TWO_SINGLE);
            case 6 -> Optional.of(TWIN_REAR);
            default -> Optional.empty();
        };
    }

    /**
     * The likely axles of a vehicle known only by its wheel positions and whether its tire has a dual load
     * index: 4 is two single axles, 6 a single front and a twin rear axle when the tire has a dual index (else
     * three single axles); more positions with a dual index a single front axle and twin axles when they add
     * up, else single axles only.
     *
     * @throws IllegalArgumentException for an odd number of positions or one outside 2..22
     */
    public static Axles likely(int positions, boolean dualLoadIndex) {
        if (positions < MIN_POSITIONS || positions > MAX_POSITIONS || positions % 2 != 0) {
            throw new IllegalArgumentException(positions + " wheel positions: an even number " + MIN_POSITIONS + ".."
                    + MAX_POSITIONS + " is needed");
        }
        List<Boolean> axles = new ArrayList<>();
        if (dualLoadIndex && positions >= 6 && (positions - 2) % 4 == 0) {
            axles.add(false);
            for (int i = 0; i < (positions - 2) / 4; i++) {
                axles.add(true);
            }
        } else {
            for (int i = 0; i < positions / 2; i++) {
                axles.add(false);
            }
        }
        return new Axles(axles);
    }

    /**
     * Reads an axle configuration.
     *
     * @throws IllegalArgumentException naming the part that is not an axle
     */
    public static Axles parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the axles are empty (write e.g. single,twin or 1x2,1x4)");
        }
        List<Boolean> axles = new ArrayList<>();
        for (String raw : text.strip().toLowerCase(Locale.ROOT).split("[,;+\\s]+")) {
            if (raw.isEmpty()) {
                continue;
            }
            int count = 1;
            boolean isTwin;
            String t = raw;
            java.util.regex.Matcher group = java.util.regex.Pattern.compile("(\\d{1,2})[xх×](\\d{1,2})").matcher(t);
            java.util.regex.Matcher counted = java.util.regex.Pattern.compile("(\\d{1,2})\\*(.+)").matcher(t);
            if (group.matches()) {
                count = Integer.parseInt(group.group(1));
                int wheels = Integer.parseInt(group.group(2));
                if (wheels != 2 && wheels != 4) {
                    throw new IllegalArgumentException("'" + raw + "': an axle has 2 wheels (single) or 4 (twin), not "
                            + wheels);
                }
                isTwin = wheels == 4;
            } else {
                if (counted.matches()) {
                    count = Integer.parseInt(counted.group(1));
                    t = counted.group(2);
                }
                isTwin = switch (t) {
                    case "single", "s", "одинарная", "одинарные", "одинарн", "о", "1" -> false;
                    case "twin", "dual", "t", "двойная", "двойные", "двускатная", "двускатные", "д", "2" -> true;
                    default -> throw new IllegalArgumentException("'" + raw + "' is not an axle: write single or twin"
                            + " for each axle, e.g. single,twin,twin, or groups such as 1x2,2x4");
                };
            }
            if (count < 1) {
                throw new IllegalArgumentException("'" + raw + "': the number of axles must be at least 1");
            }
            for (int i = 0; i < count && axles.size() <= MAX_AXLES; i++) {
                axles.add(isTwin);
            }
        }
        return new Axles(axles);
    }

    /** The number of wheel positions: 2 per single axle, 4 per twin axle. */
    public int wheelPositions() {
        return twin.stream().mapToInt(t -> t ? 4 : 2).sum();
    }

    /** Whether any axle carries twin wheels (the tires then need a dual load index). */
    public boolean hasTwin() {
        return twin.contains(Boolean.TRUE);
    }

    /** One spelling: {@code single,twin,twin}. */
    public String text() {
        return twin.stream().map(t -> t ? "twin" : "single").collect(Collectors.joining(","));
    }

    @Override
    public String toString() {
        return text();
    }
}
