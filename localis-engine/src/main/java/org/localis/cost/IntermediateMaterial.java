package org.localis.cost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A self-produced material of the producer (SOR/2020-155 s. 7(5), 8(6)-(10)). When it is designated as an
 * intermediate material and qualifies under its own rule, it enters the good as an originating material valued at
 * its total cost (s. 8(8)), and the non-originating materials used to make it do not count in the good's VNM
 * (s. 7(4)(b)). Otherwise (not designated, or designated but not qualifying, as after a rescission under s. 8(10))
 * its costs enter the good's cost statement line by line, and its non-originating materials count (s. 7(5)(a)).
 */
public final class IntermediateMaterial {

    /** The rule the material must meet on its own. */
    public sealed interface Qualification {
        /** A change in tariff classification (or other non-value rule) whose result the producer declares. */
        record TariffShift(boolean met, String rule) implements Qualification {
        }

        /** Its own regional value content under the net cost method, at least {@code threshold} percent. */
        record RegionalValueContent(BigDecimal threshold) implements Qualification {
        }
    }

    /** Both levels: the material's own figures and how it enters the good. */
    public record Result(String name, NetCostResult own, boolean designated, boolean qualifies, List<CostLine> linesForGood,
                         List<String> explanation) {
        public Result {
            linesForGood = List.copyOf(linesForGood);
            explanation = List.copyOf(explanation);
        }
    }

    private IntermediateMaterial() {
    }

    public static Result evaluate(String name, CostStatement own, boolean designated, Qualification rule) {
        NetCostResult r = NetCost.of(own);
        List<String> ex = new ArrayList<>();
        ex.add(name + " (self-produced material), its own cost statement:");
        r.explanation().forEach(s -> ex.add("  " + s));
        boolean qualifies;
        if (rule instanceof Qualification.TariffShift t) {
            qualifies = t.met();
            ex.add(name + ": " + (t.met() ? "meets" : "does not meet") + " its rule " + t.rule() + " (declared by the producer)");
        } else {
            Qualification.RegionalValueContent v = (Qualification.RegionalValueContent) rule;
            BigDecimal rvc = r.rvc();
            qualifies = rvc.compareTo(v.threshold()) >= 0;
            ex.add(name + ": own RVC (" + Money.show(r.netCost()) + " − " + Money.show(r.nonOriginatingMaterials()) + ") ÷ "
                    + Money.show(r.netCost()) + " × 100 = " + Money.plain(Rvc.round(rvc, 2)) + "% "
                    + (qualifies ? "≥ " : "< ") + Money.plain(v.threshold()) + "%");
        }
        List<CostLine> lines;
        if (designated && qualifies) {
            lines = List.of(CostLine.material(name, r.totalCost(), MaterialOrigin.INTERMEDIATE));
            ex.add(name + ": designated intermediate material and originating: enters the good as an originating material "
                    + "at its total cost " + Money.show(r.totalCost()) + " (s. 8(8)); its non-originating materials "
                    + Money.show(r.nonOriginatingMaterials()) + " do not count in the good's VNM (s. 7(4)(b))");
        } else {
            lines = own.lines();
            ex.add(name + ": " + (designated ? "designated but not originating, so treated as not designated (s. 8(10))"
                    : "not designated as an intermediate material")
                    + ": its costs enter the good line by line, its non-originating materials "
                    + Money.show(r.nonOriginatingMaterials()) + " count in the good's VNM (s. 7(5)(a))");
        }
        return new Result(name, r, designated, qualifies, lines, ex);
    }
}
