package org.localis.cost;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A statement signed by the producer of a material, letting the buyer accumulate that producer's production
 * (SOR/2020-155 s. 9): not only "originating yes or no", but how much of the material's value is
 * non-originating. Amounts are per unit of the material, in the statement's currency.
 */
public sealed interface SupplierStatement {

    /** The net cost of the buyer's good that the material accounts for, given its value under s. 8(1). */
    BigDecimal netCostFor(BigDecimal value);

    /** The value of non-originating materials the material brings into the buyer's good. */
    BigDecimal vnmFor(BigDecimal value);

    /** The provision and the arithmetic, for the explanation. */
    String explain(BigDecimal value);

    /** Net cost method only (s. 9(2)): false for a statement of s. 9(3), made for the transaction value method. */
    boolean netCostMethod();

    /**
     * s. 9(2)(a): the supplier states its net cost and its value of non-originating materials; the buyer counts
     * the supplier's net cost (plus the freight, duties and brokerage of s. 8(2)(a)-(c) not in it) instead of the
     * price, and the supplier's VNM.
     */
    record NetCostAndVnm(BigDecimal netCost, BigDecimal vnm, BigDecimal addedCosts, String basis)
            implements SupplierStatement {
        public NetCostAndVnm {
            Objects.requireNonNull(netCost);
            Objects.requireNonNull(vnm);
            addedCosts = addedCosts == null ? BigDecimal.ZERO : addedCosts;
            basis = basis == null ? "s. 9(2)(a)" : basis;
            if (vnm.compareTo(netCost) > 0 || vnm.signum() < 0) {
                throw new IllegalArgumentException("the stated VNM must be between 0 and the stated net cost");
            }
        }

        public static NetCostAndVnm of(BigDecimal netCost, BigDecimal vnm) {
            return new NetCostAndVnm(netCost, vnm, BigDecimal.ZERO, null);
        }

        /** s. 9(4)(a): sums over a month or a 3-, 6- or 12-month period, divided by the units stated. */
        public static NetCostAndVnm averaged(BigDecimal sumNetCost, BigDecimal sumVnm, BigDecimal units) {
            return new NetCostAndVnm(Money.divide(sumNetCost, units), Money.divide(sumVnm, units), BigDecimal.ZERO,
                    "s. 9(4)(a): " + Money.show(sumNetCost) + " ÷ " + Money.plain(units) + " units and "
                            + Money.show(sumVnm) + " ÷ " + Money.plain(units) + " units");
        }

        @Override
        public BigDecimal netCostFor(BigDecimal value) {
            return netCost.add(addedCosts);
        }

        @Override
        public BigDecimal vnmFor(BigDecimal value) {
            return vnm;
        }

        @Override
        public boolean netCostMethod() {
            return true;
        }

        @Override
        public String explain(BigDecimal value) {
            return basis + ": the supplier's net cost " + Money.show(netCost)
                    + (addedCosts.signum() == 0 ? "" : " + costs of s. 8(2)(a)-(c) " + Money.show(addedCosts))
                    + " counts instead of the value " + Money.show(value) + "; VNM is the supplier's " + Money.show(vnm);
        }
    }

    /**
     * s. 9(2)(b): the supplier states an amount of its net cost that holds no non-originating value; the
     * material counts at its value, of which value − amount is non-originating.
     */
    record OriginatingAmount(BigDecimal amount, String basis) implements SupplierStatement {
        public OriginatingAmount {
            Objects.requireNonNull(amount);
            basis = basis == null ? "s. 9(2)(b)" : basis;
            if (amount.signum() < 0) {
                throw new IllegalArgumentException("the stated amount must not be negative");
            }
        }

        public static OriginatingAmount of(BigDecimal amount) {
            return new OriginatingAmount(amount, null);
        }

        @Override
        public BigDecimal netCostFor(BigDecimal value) {
            return value;
        }

        @Override
        public BigDecimal vnmFor(BigDecimal value) {
            return value.subtract(amount).max(BigDecimal.ZERO);
        }

        @Override
        public boolean netCostMethod() {
            return true;
        }

        @Override
        public String explain(BigDecimal value) {
            return basis + ": value " + Money.show(value) + " − stated amount " + Money.show(amount) + " = VNM "
                    + Money.show(vnmFor(value));
        }
    }

    /** s. 9(3) (transaction value method) and s. 9(5) (its average): the supplier states its VNM. */
    record NonOriginatingValue(BigDecimal vnm, String basis) implements SupplierStatement {
        public NonOriginatingValue {
            Objects.requireNonNull(vnm);
            basis = basis == null ? "s. 9(3)" : basis;
            if (vnm.signum() < 0) {
                throw new IllegalArgumentException("the stated VNM must not be negative");
            }
        }

        public static NonOriginatingValue of(BigDecimal vnm) {
            return new NonOriginatingValue(vnm, null);
        }

        @Override
        public BigDecimal netCostFor(BigDecimal value) {
            return value;
        }

        @Override
        public BigDecimal vnmFor(BigDecimal value) {
            return vnm.min(value);
        }

        @Override
        public boolean netCostMethod() {
            return false;
        }

        @Override
        public String explain(BigDecimal value) {
            return basis + ": of the value " + Money.show(value) + ", the supplier states " + Money.show(vnmFor(value))
                    + " non-originating";
        }
    }
}
