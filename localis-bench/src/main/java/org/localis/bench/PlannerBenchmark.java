package org.localis.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.localis.fleet.Season;
import org.localis.fleet.TireSize;
import org.localis.procurement.DomesticStatus;
import org.localis.procurement.Offer;
import org.localis.procurement.PlanRules;
import org.localis.procurement.PurchasePlan;
import org.localis.procurement.PurchasePlanner;
import org.localis.procurement.Requirement;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The purchase planner on a crowded offer list (issue 23): {@code offers} near-identical offers spread over
 * {@code lines} requirement lines (the same sizes from many suppliers, prices a few roubles apart, every fifth
 * offer a certified domestic one with the 15 % preference), and a budget that buys about 80 % of the need, so
 * the exact cost search has to choose. Each iteration prints whether the plan was proven cheapest or the node
 * limit stopped the search. Run: {@code bench/planner.sh} or
 * {@code java -jar localis-bench/target/localis-bench.jar PlannerBenchmark -p offers=200}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class PlannerBenchmark {

    @Param({"200"})
    public int offers;

    @Param({"1", "3", "10"})
    public int lines;

    @Param({"1"})
    public long seed;

    private List<Requirement> need;
    private List<Offer> list;
    private long budget;
    private PlanRules rules;
    private PurchasePlan last;

    private static final String[] SIZES = {"185/75 R16 C 104/102 Q", "195/75 R16 C 107/105 R", "205/75 R16 C 110/108 R",
        "215/65 R16 C 109/107 T", "225/75 R16 C 121/120 R", "235/65 R16 C 115/113 R", "205/55 R16 91H",
        "215/60 R16 99H", "195/65 R15 91T", "315/80 R22.5 156/150 L", "425/85 R21 156G", "12.00 R20 154/150 J"};

    @Setup(Level.Trial)
    public void generate() {
        Random r = new Random(seed);
        need = new ArrayList<>();
        long needValue = 0;
        for (int i = 0; i < lines; i++) {
            int quantity = 200 + r.nextInt(600);
            need.add(new Requirement("L" + i, TireSize.parse(SIZES[i % SIZES.length]), Season.WINTER, quantity));
            needValue += quantity * 900_000L;
        }
        list = new ArrayList<>();
        for (int o = 0; o < offers; o++) {
            int line = o % lines;
            long price = 880_000L + r.nextInt(40) * 1_000L; // 8,800 .. 9,190 roubles: near-identical
            DomesticStatus dom = o % 5 == 0 ? new DomesticStatus("LCL-" + o, "qualifying", new BigDecimal("70"), true) : null;
            list.add(new Offer("O" + o, "Supplier " + o, "Brand", "Van", TireSize.parse(SIZES[line % SIZES.length]),
                    Season.WINTER, price, 50 + r.nextInt(150), 7, dom));
        }
        budget = needValue * 8 / 10;
        rules = PlanRules.defaults(Set.of("qualifying"));
    }

    @Benchmark
    public PurchasePlan plan() {
        last = PurchasePlanner.plan(need, list, budget, rules);
        return last;
    }

    @TearDown(Level.Iteration)
    public void report() {
        if (last != null) {
            System.out.printf("%n%d offers, %d lines: %s, %d tires, cost %d%n", offers, lines,
                    last.optimal() ? "proven cheapest" : "NOT proven cheapest (node limit " + rules.nodeLimit() + ")",
                    last.tiresCovered(), last.realCostMinor());
        }
    }
}
