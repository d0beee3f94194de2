package org.localis.fleet;

/** The construction letter of a tire size: how the carcass plies are laid. */
public enum Construction {
    /** Radial (almost every car and van tire). */
    R,
    /** Diagonal, also called bias or cross-ply. */
    D,
    /** Belted bias. */
    B
}
