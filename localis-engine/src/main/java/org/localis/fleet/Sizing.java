package org.localis.fleet;

/** How a tire designation gives its size. */
public enum Sizing {
    /** Width in mm, an aspect ratio in percent or none: {@code 205/55 R16}, {@code 185 R14 C}. */
    METRIC,
    /** Width in inches, no aspect ratio: {@code 11 R22.5}, {@code 12.00 R20}, {@code 9.00-20}. */
    INCH,
    /** Overall diameter x width in inches (US flotation): {@code 31x10.50 R15 LT}. */
    FLOTATION
}
