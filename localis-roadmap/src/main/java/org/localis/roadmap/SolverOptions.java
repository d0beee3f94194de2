package org.localis.roadmap;

/**
 * How hard to work.
 *
 * @param timeLimitSeconds  wall-clock limit of one CP-SAT solve of the plan
 * @param workers           CP-SAT search workers; 1 (default) runs one LP-based search with cuts (linearization
 *                          level 2), which proved best on this 2-core machine; more run CP-SAT's portfolio
 * @param maxCuts           re-solves allowed when the engine disagrees with the linear model
 * @param frontierPoints    score levels of the cost-optimal frontier (0: no frontier)
 * @param frontierSeconds   wall-clock limit of the whole frontier
 * @param greedyHint        start CP-SAT from the greedy plan
 */
public record SolverOptions(double timeLimitSeconds, int workers, int maxCuts, int frontierPoints,
                            double frontierSeconds, boolean greedyHint) {

    public static SolverOptions defaults() {
        return new SolverOptions(10, 1, 50, 20, 5, true);
    }

    public SolverOptions withFrontierPoints(int n) {
        return new SolverOptions(timeLimitSeconds, workers, maxCuts, n, frontierSeconds, greedyHint);
    }

    public SolverOptions withTimeLimit(double seconds) {
        return new SolverOptions(seconds, workers, maxCuts, frontierPoints, frontierSeconds, greedyHint);
    }

    public SolverOptions withWorkers(int n) {
        return new SolverOptions(timeLimitSeconds, n, maxCuts, frontierPoints, frontierSeconds, greedyHint);
    }

    public SolverOptions withGreedyHint(boolean hint) {
        return new SolverOptions(timeLimitSeconds, workers, maxCuts, frontierPoints, frontierSeconds, hint);
    }
}
