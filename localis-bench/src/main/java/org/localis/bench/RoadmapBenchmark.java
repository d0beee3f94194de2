package org.localis.bench;

import java.util.concurrent.TimeUnit;

import org.localis.roadmap.RoadmapGenerator;
import org.localis.roadmap.RoadmapPlan;
import org.localis.roadmap.RoadmapProblem;
import org.localis.roadmap.RoadmapSolver;
import org.localis.roadmap.SolverOptions;
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
 * The roadmap optimizer on a generated problem ({@link RoadmapGenerator}: flat BOM, 2-4 alternative suppliers
 * per part, tooling operations, targets 55 to 75 % over five years): the whole call (engine valuation of every
 * action, greedy, CP-SAT solve, engine check of each year), without the frontier. Each iteration prints the
 * status, the gap and the optimal plan's saving over greedy. Run:
 * {@code java -jar localis-bench/target/localis-bench.jar RoadmapBenchmark -p actions=5000 -p timeLimit=2}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class RoadmapBenchmark {

    @Param({"5000"})
    public int actions;

    @Param({"5"})
    public int years;

    @Param({"1"})
    public long seed;

    @Param({"2"})
    public double timeLimit;

    @Param({"1"})
    public int workers;

    private RoadmapProblem problem;
    private RoadmapPlan last;

    @Setup(Level.Trial)
    public void generate() {
        problem = RoadmapGenerator.generate(actions, 2026, years, seed);
    }

    @Benchmark
    public RoadmapPlan solve() {
        last = RoadmapSolver.solve(problem, SolverOptions.defaults().withFrontierPoints(0).withTimeLimit(timeLimit)
                .withWorkers(workers));
        return last;
    }

    @TearDown(Level.Iteration)
    public void report() {
        if (last != null) {
            System.out.printf("%n  %s, cost %s, greedy %s, saving %s, gap %s%%, solve (LP + CP-SAT) %.3f s, whole call %.3f s%n",
                    last.status(), last.totalCost(), last.greedy().cost(), last.savingVersusGreedy(), last.gapPercent(),
                    last.solveSeconds(), last.totalSeconds());
        }
    }
}
