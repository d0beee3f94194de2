package org.localis.scheme;

import java.math.RoundingMode;

/**
 * A count ratio: the criterion's points are multiplied by (items meeting the requirement / all items
 * of that kind) and rounded to whole points, half up ("округляется до целочисленных значений") or down
 * ("... в меньшую сторону"), as the decree says for each row.
 *
 * @param items the kind of item counted (bearing-shells, gearbox-shafts...), the key of the product's counts
 */
public record Ratio(String items, RoundingMode rounding) {

    public String roundingCode() {
        return rounding == RoundingMode.DOWN ? "down" : "nearest";
    }
}
