package org.localis.scheme;

import java.math.RoundingMode;

/**
 * Points for each whole step of a product figure, e.g. 400 points "for each 1 percent" of revenue
 * spent on R&D: points x round(value / step).
 *
 * @param input the product input named in product.yaml {@code inputs}
 */
public record PerUnit(String input, java.math.BigDecimal step, RoundingMode rounding) {
}
