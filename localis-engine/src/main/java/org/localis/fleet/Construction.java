package org.localis.fleet;

/** The construction letter of a tire size: how the carcass plies are laid. */
public enum Construction {
    /** Radial (almost every car, van and truck tire); {@code ZR} is a radial tire marked for speeds above 240 km/h. */
    R,
    /** Diagonal, also called bias or cross-ply; written {@code -} in inch sizes such as {@code 9.00-20}. */
    D,
    /** Belted bias. */
    B
}
