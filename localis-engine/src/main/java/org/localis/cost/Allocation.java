package org.localis.cost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reasonable allocation of a cost among goods produced together (Schedule 5 of SOR/2020-155): ratio = the good's
 * base ÷ the total base; allocated = cost × ratio, in cents half-up. The ratio is exact unless the producer states
 * it rounded ({@code ratioScale}, as the Schedule's own examples do: 0.833, 0.93).
 */
public final class Allocation {

    /** One good's share: its base, ratio and the allocated amount (cents), with the arithmetic. */
    public record Share(String good, BigDecimal base, BigDecimal ratio, BigDecimal amount, String explanation) {
    }

    /** The allocation of one cost. */
    public record Result(AllocationBasis basis, BigDecimal cost, BigDecimal totalBase, List<Share> shares) {
        public Result {
            shares = List.copyOf(shares);
        }

        public Share share(String good) {
            return shares.stream().filter(s -> s.good().equals(good)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no good " + good));
        }

        public List<String> explanation() {
            List<String> ex = new ArrayList<>();
            ex.add("allocation of " + Money.show(cost) + " by " + basis.title() + " (" + basis.provision() + "), total base "
                    + Money.plain(totalBase));
            shares.forEach(s -> ex.add(s.explanation()));
            return ex;
        }
    }

    private Allocation() {
    }

    /**
     * @param bases      each good's allocation base, in the order to show
     * @param ratioScale decimals the ratio is rounded to (half-up), or null for the exact ratio
     */
    public static Result allocate(BigDecimal cost, AllocationBasis basis, Map<String, BigDecimal> bases, Integer ratioScale) {
        BigDecimal total = bases.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (bases.isEmpty() || total.signum() <= 0) {
            throw new IllegalArgumentException("the allocation bases must add up to more than 0");
        }
        List<Share> shares = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> e : bases.entrySet()) {
            if (e.getValue().signum() < 0) {
                throw new IllegalArgumentException("a negative allocation base for " + e.getKey());
            }
            BigDecimal ratio = Money.round(Money.divide(e.getValue(), total), ratioScale);
            BigDecimal amount = Money.cents(cost.multiply(ratio));
            shares.add(new Share(e.getKey(), e.getValue(), ratio, amount, e.getKey() + ": " + Money.plain(e.getValue())
                    + " ÷ " + Money.plain(total) + " = " + Money.plain(ratio) + "; " + Money.show(cost) + " × "
                    + Money.plain(ratio) + " = " + Money.show(amount)));
        }
        return new Result(basis, cost, total, shares);
    }

    /**
     * Paragraph 7(11)(b) and the "Excluded Costs" rules of Appendices A to C: the cost (excluded costs included) and
     * the excluded costs in it are both allocated with the same ratio, each in cents, and subtracted.
     *
     * @return good → allocated cost minus allocated excluded cost
     */
    public static Map<String, BigDecimal> allocateNet(BigDecimal cost, BigDecimal excludedInCost, AllocationBasis basis,
                                                      Map<String, BigDecimal> bases, Integer ratioScale) {
        Result all = allocate(cost, basis, bases, ratioScale);
        Result ex = allocate(excludedInCost, basis, bases, ratioScale);
        Map<String, BigDecimal> net = new LinkedHashMap<>();
        for (Share s : all.shares()) {
            net.put(s.good(), s.amount().subtract(ex.share(s.good()).amount()));
        }
        return net;
    }

    /** Appendix B: each good's base is its direct labour costs + direct material costs. */
    public static Map<String, BigDecimal> labourAndMaterialBases(Map<String, BigDecimal> labour, Map<String, BigDecimal> material) {
        Map<String, BigDecimal> b = new LinkedHashMap<>();
        labour.forEach((g, v) -> b.put(g, v.add(material.getOrDefault(g, BigDecimal.ZERO))));
        return b;
    }

    /** Appendix C: each good's base is its direct labour + direct material costs + direct overhead. */
    public static Map<String, BigDecimal> directCostBases(Map<String, BigDecimal> labour, Map<String, BigDecimal> material,
                                                          Map<String, BigDecimal> directOverhead) {
        Map<String, BigDecimal> b = new LinkedHashMap<>();
        labour.forEach((g, v) -> b.put(g, v.add(material.getOrDefault(g, BigDecimal.ZERO))
                .add(directOverhead.getOrDefault(g, BigDecimal.ZERO))));
        return b;
    }
}
