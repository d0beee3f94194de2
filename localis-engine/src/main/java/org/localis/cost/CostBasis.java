package org.localis.cost;

import java.math.BigDecimal;

import org.localis.product.Product;

/** Feeds a cost statement's net cost into a product for the value-share assessment. */
public final class CostBasis {

    private CostBasis() {
    }

    /** Net cost of one unit, in cents (half-up): the figure the assessment's net cost method uses. */
    public static BigDecimal netCostPerUnit(NetCostResult r) {
        return Money.cents(r.netCostPerUnit());
    }

    /**
     * The product with its net cost taken from the cost statement (replacing any net cost typed in).
     *
     * @throws IllegalArgumentException when the statement's currency is not the product's or net cost is not positive
     */
    public static Product withNetCost(Product p, NetCostResult r) {
        if (!r.currency().equals(p.currency())) {
            throw new IllegalArgumentException("the cost statement is in " + r.currency() + ", the product in " + p.currency());
        }
        if (r.netCost().signum() <= 0) {
            throw new IllegalArgumentException("net cost must be positive");
        }
        return new Product(p.name(), p.category(), p.currency(), p.price(), netCostPerUnit(r), p.annualVolume(), p.bom(),
                p.operations(), p.certificates(), p.rates(), p.source());
    }
}
