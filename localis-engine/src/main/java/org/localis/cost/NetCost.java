package org.localis.cost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.localis.input.InputError;
import org.localis.input.InvalidInputException;

/**
 * Net cost under paragraph 7(11)(a) of SOR/2020-155 (and (c), when the statement holds costs already
 * allocated to the good): total cost, minus the excluded costs included in it. Exchange gains and losses related
 * to the production of the good are part of total cost and never of VNM (s. 7(22) Examples 9 and 10).
 */
public final class NetCost {

    private NetCost() {
    }

    public static NetCostResult of(CostStatement statement) {
        return of(statement, List.of(), NonAllowableInterest.USMCA_MARGIN);
    }

    /**
     * @param debts  the producer's debt obligations: their non-allowable interest is computed and excluded (the
     *               statement then must not list non-allowable interest itself)
     * @param margin the allowed margin above the reference rate, percent (7.00 in the USMCA)
     * @throws InvalidInputException when debts are given and the statement also lists non-allowable interest
     */
    public static NetCostResult of(CostStatement statement, List<DebtLine> debts, BigDecimal margin) {
        List<String> ex = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String cur = " " + statement.currency();
        if (!debts.isEmpty()) {
            List<InputError> clash = statement.lines().stream()
                    .filter(l -> l.excluded() == ExcludedCost.NON_ALLOWABLE_INTEREST)
                    .map(l -> InputError.of(statement.file(), l.line(), "excluded",
                            "non-allowable interest is computed from the debt lines; do not list it here as well"))
                    .toList();
            if (!clash.isEmpty()) {
                throw new InvalidInputException(clash);
            }
        }
        for (CostLine l : statement.lines()) {
            if (l.rate().compareTo(BigDecimal.ONE) != 0 || (l.currency() != null && !l.currency().equals(statement.currency()))) {
                ex.add("line " + l.line() + " " + l.item() + ": " + Money.show(l.original()) + " " + l.currency() + " × "
                        + Money.plain(l.rate()) + " (rate of " + l.date() + ") = " + Money.show(l.original().multiply(l.rate())) + cur);
            }
        }
        for (CostLine l : statement.lines()) {
            if (l.allocation() != null) {
                ex.add("line " + l.line() + " " + l.item() + ": " + l.allocation() + cur);
            }
        }
        BigDecimal originating = BigDecimal.ZERO;
        BigDecimal vnm = BigDecimal.ZERO;
        List<String> origTerms = new ArrayList<>();
        List<String> vnmTerms = new ArrayList<>();
        for (CostLine l : statement.lines()) {
            if (l.section() != CostSection.MATERIAL) {
                continue;
            }
            if (l.statement() != null) {
                SupplierStatement s = l.statement();
                if (!s.netCostMethod()) {
                    warnings.add(l.item() + ": a statement of s. 9(3) is for the transaction value method; under the net"
                            + " cost method a statement of s. 9(2) is needed");
                }
                BigDecimal counted = s.netCostFor(l.amount());
                BigDecimal v = s.vnmFor(l.amount());
                vnm = vnm.add(v);
                originating = originating.add(counted.subtract(v));
                vnmTerms.add(Money.show(v));
                origTerms.add(Money.show(counted.subtract(v)));
                ex.add("supplier statement, " + l.item() + ": " + s.explain(l.amount()));
            } else if (l.origin().originating()) {
                originating = originating.add(l.amount());
                origTerms.add(Money.show(l.amount()) + (l.origin() == MaterialOrigin.INTERMEDIATE ? " (intermediate)" : ""));
            } else {
                vnm = vnm.add(l.amount());
                vnmTerms.add(Money.show(l.amount()));
            }
        }
        ex.add("value of originating materials = " + sum(origTerms, originating) + cur);
        ex.add("value of non-originating materials (VNM) = " + sum(vnmTerms, vnm) + cur);
        BigDecimal product = section(statement, CostSection.PRODUCT, ex, cur);
        BigDecimal period = section(statement, CostSection.PERIOD, ex, cur);
        BigDecimal other = section(statement, CostSection.OTHER, ex, cur);
        BigDecimal exchange = section(statement, CostSection.EXCHANGE, ex, cur);
        BigDecimal total = originating.add(vnm).add(product).add(period).add(other).add(exchange);
        ex.add("total cost = " + Money.show(originating) + " + " + Money.show(vnm) + " + " + Money.show(product) + " + "
                + Money.show(period) + " + " + Money.show(other)
                + (exchange.signum() == 0 ? "" : (exchange.signum() > 0 ? " + " : " − ") + Money.show(exchange.abs()))
                + " = " + Money.show(total) + cur);

        Map<ExcludedCost, BigDecimal> excluded = new EnumMap<>(ExcludedCost.class);
        List<NonAllowableInterest.Part> parts = NonAllowableInterest.of(debts, margin);
        for (ExcludedCost k : ExcludedCost.values()) {
            List<String> terms = new ArrayList<>();
            BigDecimal s = BigDecimal.ZERO;
            for (CostLine l : statement.lines()) {
                if (l.excluded() == k) {
                    s = s.add(l.amount());
                    terms.add(Money.show(l.amount()));
                }
            }
            if (k == ExcludedCost.NON_ALLOWABLE_INTEREST) {
                for (NonAllowableInterest.Part p : parts) {
                    ex.add(p.explanation());
                    if (p.amount().signum() != 0) {
                        s = s.add(p.amount());
                        terms.add(Money.show(p.amount()));
                    }
                }
            }
            if (!terms.isEmpty()) {
                excluded.put(k, s);
                ex.add("excluded: " + k.title() + " = " + sum(terms, s) + cur);
            }
        }
        BigDecimal excludedTotal = excluded.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal net = total.subtract(excludedTotal);
        ex.add("excluded costs = " + Money.show(excludedTotal) + cur);
        ex.add("net cost = total cost − excluded costs = " + Money.show(total) + " − " + Money.show(excludedTotal) + " = "
                + Money.show(net) + cur);
        if (statement.units().compareTo(BigDecimal.ONE) != 0) {
            ex.add("per unit: net cost " + Money.show(net) + " ÷ " + Money.plain(statement.units()) + " units = "
                    + Money.show(Money.cents(Money.divide(net, statement.units()))) + cur + "; VNM " + Money.show(vnm) + " ÷ "
                    + Money.plain(statement.units()) + " = " + Money.show(Money.cents(Money.divide(vnm, statement.units())))
                    + cur);
        }
        if (net.signum() <= 0) {
            warnings.add("net cost is not positive: the excluded costs are as large as total cost");
        }
        return new NetCostResult(statement.currency(), statement.units(), originating, vnm, product, period, other, exchange,
                total, excluded, excludedTotal, net, parts, ex, warnings);
    }

    private static BigDecimal section(CostStatement s, CostSection section, List<String> ex, String cur) {
        Predicate<CostLine> in = l -> l.section() == section;
        List<String> terms = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (CostLine l : s.lines()) {
            if (in.test(l)) {
                sum = sum.add(l.amount());
                terms.add(Money.show(l.amount()) + (l.excluded() == null ? "" : " (" + l.excluded().code() + ")"));
            }
        }
        if (!terms.isEmpty()) {
            ex.add(section.title() + " = " + sum(terms, sum) + cur);
        }
        return sum;
    }

    private static String sum(List<String> terms, BigDecimal total) {
        if (terms.isEmpty()) {
            return "0.00";
        }
        if (terms.size() == 1) {
            return terms.get(0).contains("(") ? terms.get(0) + " = " + Money.show(total) : Money.show(total);
        }
        return String.join(" + ", terms) + " = " + Money.show(total);
    }
}
