package org.localis.roadmap;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The answer to a roadmap question: what to adopt in which year, what it costs, the score each year as the
 * engine computes it against the year's target, why each action is in the plan, the solver's status and
 * proof, the greedy baseline's cost, and the cost-optimal frontier of the last year. Money is in the product
 * currency to the cent.
 *
 * @param provenOptimal  the solver proved no cheaper plan exists under the model (and the engine confirmed the plan)
 * @param bound          best lower bound on the total cost the solver proved, or null
 * @param gapPercent     (cost - bound) / cost x 100, or null without a plan
 * @param solveSeconds   wall time of the LP relaxation (value-share schemes) and of the CP-SAT solves of the
 *                       plan (all re-solves), seconds
 * @param totalSeconds   wall time of the whole call (engine valuations, greedy, solves, checks, frontier)
 * @param engineCuts     how many times the engine disagreed with the linear model and the plan was re-solved
 * @param modelExact     the integer program is the scheme's arithmetic exactly (no figure rounded, the engine agreed
 *                       with it everywhere it checked): only then are OPTIMAL, INFEASIBLE and the bound claimed
 * @param blockers       when there is no plan: what makes the targets unreachable, in English
 * @param notes          what the reader should know about how the plan was found, in English
 * @param blockerCodes   the blockers, one {@link Remark} each in the same order (for other languages)
 * @param noteCodes      the notes, one {@link Remark} each in the same order (for other languages)
 */
public record RoadmapPlan(String scheme, String schemeVersion, String kind, String unit, boolean lowerIsBetter,
                          String currency, int firstYear, int lastYear, Status status, boolean provenOptimal,
                          BigDecimal totalCost, BigDecimal bound, BigDecimal gapPercent, double solveSeconds,
                          double totalSeconds, int engineCuts, boolean modelExact, List<Year> years,
                          List<Chosen> actions, Greedy greedy, List<FrontierPoint> frontier, List<String> blockers,
                          List<String> notes, List<Remark> blockerCodes, List<Remark> noteCodes) {

    public RoadmapPlan {
        years = List.copyOf(years);
        actions = List.copyOf(actions);
        frontier = List.copyOf(frontier);
        blockers = List.copyOf(blockers);
        notes = List.copyOf(notes);
        blockerCodes = List.copyOf(blockerCodes);
        noteCodes = List.copyOf(noteCodes);
        if (blockerCodes.size() != blockers.size() || noteCodes.size() != notes.size()) {
            throw new IllegalArgumentException("one remark per blocker and per note");
        }
    }

    /** Solver outcome. */
    public enum Status {
        /** Cheapest plan, proven. */
        OPTIMAL,
        /** A plan meeting every target, not proven cheapest (time limit): see the gap. */
        FEASIBLE,
        /** No plan meets the targets: see the blockers. */
        INFEASIBLE,
        /** The solver found no plan and no proof in the time limit. */
        UNKNOWN,
        /** The engine kept rejecting the model's plans; the last one is shown, not confirmed. */
        UNVERIFIED
    }

    /**
     * One planning year.
     *
     * @param adopted        ids of actions adopted this year
     * @param spending       spent this year: capital of actions adopted now, yearly and unit costs of all in effect
     * @param cumulativeCost spent from the first planning year through this one
     * @param budget         the year's budget, or null
     * @param target         what the year must reach (e.g. "tier base"), in English, or null
     * @param required       the score the target needs (points or percent), or null
     * @param modelScore     the score the integer program expects
     * @param score          the score the engine computes (two decimals)
     * @param tier           the tier the engine gives, or null
     * @param meetsTarget    the engine confirms the target
     * @param goal           the same target as {@link #target}, to be worded in other languages, or null
     */
    public record Year(int year, List<String> adopted, BigDecimal spending, BigDecimal cumulativeCost, BigDecimal budget,
                       String target, BigDecimal required, BigDecimal modelScore, BigDecimal score, String tier,
                       boolean passed, boolean meetsTarget, Target goal) {
        public Year {
            adopted = List.copyOf(adopted);
        }
    }

    /**
     * An action of the plan and why it is there.
     *
     * @param cost                 its total cost over the plan (capital, yearly and unit costs from its year on)
     * @param contribution         what it adds to the score in its adoption year, given the rest of the plan
     *                             (points, or percentage points)
     * @param contributionPerMillion contribution per 1,000,000 of cost, or null when it costs nothing
     * @param neededFor            years whose target the plan would miss without it
     * @param requiredBy           plan actions that require it
     * @param reason               why it is in the plan, in English
     * @param why                  the same, clause by clause as codes with figures (for other languages)
     */
    public record Chosen(String id, String kind, String target, int year, BigDecimal cost, BigDecimal contribution,
                         BigDecimal contributionPerMillion, List<Integer> neededFor, List<String> requiredBy,
                         String reason, List<WhyPart> why) {
        public Chosen {
            neededFor = List.copyOf(neededFor);
            requiredBy = List.copyOf(requiredBy);
            why = List.copyOf(why);
        }
    }

    /**
     * One clause of {@link Chosen#reason} as a code with its figures: each figure is an {@link Integer} (a year), a
     * {@link BigDecimal} (a number), a {@link String} (a currency code) or a list (of years or of action ids), in
     * the order the code's description gives.
     */
    public record WhyPart(WhyCode code, List<Object> figures) {
        public WhyPart {
            java.util.Objects.requireNonNull(code, "code");
            figures = List.copyOf(figures);
        }

        static WhyPart of(WhyCode code, Object... figures) {
            return new WhyPart(code, List.of(figures));
        }
    }

    /** What a clause of an action's reason says; the figures in brackets. */
    public enum WhyCode {
        /** It improves the score of its year: [year, points]. */
        IMPROVES_POINTS,
        /** It improves the score of its year: [year, percentage points]. */
        IMPROVES_PERCENT,
        /** It adds nothing to the score by itself (no figures). */
        ADDS_NOTHING,
        /** And it meets a mandatory criterion (no figures); follows the first clause. */
        MEETS_MANDATORY,
        /** Its contribution per 1,000,000 of cost: [contribution, currency]; follows the first clause. */
        PER_MILLION,
        /** Without it these years' targets are missed: [years]. */
        NEEDED_FOR,
        /** Adopted in a year before it is first needed, to stay within the budgets: [year]. */
        ADOPTED_EARLY,
        /** These plan actions require it: [action ids]. */
        REQUIRED_BY,
        /** It is part of the cheapest combination that meets the targets (no figures). */
        CHEAPEST
    }

    /**
     * A blocker or a note as a code with its figures, saying what the English sentence of {@link #blockers} or
     * {@link #notes} at the same place says. Each figure is an {@link Integer} (a year, a count), a {@link BigDecimal}
     * (a number, an amount, seconds), a {@link String} (a currency code, a criterion, operation or action id), a
     * {@link Target} or a list of strings (criterion ids), in the order the code's description gives. Scores and
     * levels are in the plan's {@link #unit}, compared as {@link #lowerIsBetter} says.
     */
    public record Remark(RemarkCode code, List<Object> figures) {
        public Remark {
            java.util.Objects.requireNonNull(code, "code");
            figures = List.copyOf(figures);
        }

        static Remark of(RemarkCode code, Object... figures) {
            return new Remark(code, List.of(figures));
        }
    }

    /** What a blocker or a note says; the figures in brackets. */
    public enum RemarkCode {
        /** Blocker: a mandatory criterion needs an operation no candidate action adds: [year, criterion, operation]. */
        MANDATORY_NOT_ADDED,
        /** Blocker: as {@link #MANDATORY_NOT_ADDED}, but actions add it only later: [year, criterion, operation]. */
        MANDATORY_NOT_ADDED_BY_YEAR,
        /**
         * Blocker: with every action allowed by the year the target is out of reach:
         * [year, target, level, best reachable score, score now].
         */
        TARGET_BEYOND_REACH,
        /** Blocker: the solver's bound shows no allowed set reaches the target: [year, target, level]. */
        TARGET_NEVER_REACHED,
        /** Blocker: the score is reachable, but not with every mandatory criterion: [year, criterion ids]. */
        MANDATORY_NOT_TOGETHER,
        /** Blocker: each year's target is reachable alone, not all with one plan (no figures). */
        TARGETS_CONFLICT,
        /** Blocker: the year's budget is too small: [year, budget, currency]. */
        BUDGET_TOO_SMALL,
        /** Blocker: as {@link #BUDGET_TOO_SMALL}, given earlier budgets: [year, budget, currency]. */
        BUDGET_TOO_SMALL_AFTER_EARLIER,
        /** Blocker: the year's budget is too small: [year, budget, currency, least needed that year]. */
        BUDGET_TOO_SMALL_NEEDS,
        /** Blocker: as {@link #BUDGET_TOO_SMALL_NEEDS}, given earlier budgets: [year, budget, currency, least needed]. */
        BUDGET_TOO_SMALL_AFTER_EARLIER_NEEDS,
        /** Blocker: no plan, and no single year or budget to blame (no figures). */
        CAUSE_NOT_ISOLATED,
        /** Blocker: no plan found, and the model is not exact, so no proof (no figures). */
        NOT_FOUND_NOT_PROVEN,
        /** Blocker: no plan found within the time limit: [seconds]. */
        NOT_FOUND_IN_TIME,
        /** Note: the value-share model and the engine disagree: [year, action id (empty for the baseline), model's value, engine's value]. */
        MODEL_DISAGREES,
        /** Note: CP-SAT found nothing better within the limit; the greedy plan is shown: [seconds]. */
        GREEDY_PLAN_SHOWN,
        /** Note: as {@link #GREEDY_PLAN_SHOWN}, the LP-rounded plan: [seconds]. */
        ROUNDED_PLAN_SHOWN,
        /** Note: the engine rejected this many plans of the model; the last is shown unconfirmed: [count]. */
        PLANS_REJECTED,
        /** Note: the engine scored the model's set for a year below the target; re-solved without it: [year]. */
        SET_EXCLUDED,
        /** Note: the model is not exact (figures rounded); no proof either way (no figures). */
        MODEL_ROUNDED,
        /** Note: the model is not exact (it disagrees with the engine); no proof either way (no figures). */
        MODEL_NOT_EXACT
    }

    /** The greedy baseline: found a plan or not, its total cost, adoption years, whether the engine confirms it. */
    public record Greedy(boolean found, BigDecimal cost, Map<String, Integer> years, boolean verified, String message) {
        public Greedy {
            years = Map.copyOf(years);
        }
    }

    /**
     * A point of the cost-optimal frontier of the last planning year: the cheapest cost of reaching at least
     * {@code level} in that year when every action is adopted in it (capital plus one year of running costs).
     *
     * @param optimal proven cheapest
     * @param score   the score the engine gives that cheapest set
     * @param actions how many actions the set has
     */
    public record FrontierPoint(BigDecimal level, BigDecimal cost, boolean optimal, BigDecimal score, int actions) {
    }

    /** Total cost of the greedy plan minus the optimal plan's, or null when either is missing. */
    public BigDecimal savingVersusGreedy() {
        if (totalCost == null || greedy == null || greedy.cost() == null) {
            return null;
        }
        return greedy.cost().subtract(totalCost);
    }
}
