package org.localis.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.localis.bom.BomLine;
import org.localis.roadmap.Action;
import org.localis.roadmap.LocalizeLine;
import org.localis.roadmap.RoadmapGenerator;
import org.localis.roadmap.RoadmapPlan;
import org.localis.roadmap.RoadmapProblem;
import org.localis.roadmap.RoadmapSolver;
import org.localis.roadmap.SolverOptions;
import org.localis.roadmap.Target;
import org.localis.scheme.Period;
import org.localis.scheme.Scheme;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Solves a generated benchmark problem and writes it, with the plan and the claimed bound, as plain numbers
 * for an independent check of the gap ({@code bench/roadmap.sh --check-bound}: the LP relaxation and a MILP
 * solve by another solver, HiGHS). Only the generator's shape is supported (a flat BOM of bought parts under
 * tracing): each localization's reduction of the non-originating value is quantity x unit cost of its line,
 * read here from the BOM line itself, not from the optimizer. Run:
 * {@code java -cp localis-bench.jar org.localis.bench.RoadmapBoundExport SEED ACTIONS SECONDS OUT.json}.
 */
public final class RoadmapBoundExport {

    private RoadmapBoundExport() {
    }

    public static void main(String[] args) throws IOException {
        long seed = Long.parseLong(args[0]);
        int count = Integer.parseInt(args[1]);
        double seconds = Double.parseDouble(args[2]);
        RoadmapProblem p = RoadmapGenerator.generate(count, 2026, 5, seed);
        RoadmapPlan plan = RoadmapSolver.solve(p, SolverOptions.defaults().withFrontierPoints(0).withTimeLimit(seconds));
        Scheme s = p.scheme();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("seed", seed);
        out.put("status", plan.status().name());
        out.put("cost", plan.totalCost());
        out.put("bound", plan.bound());
        out.put("gapPercent", plan.gapPercent());
        out.put("price", p.product().price());
        out.put("lowerIsBetter", s.lowerIsBetter());
        int years = p.yearCount();
        List<Map<String, Object>> targets = new ArrayList<>();
        for (int t = 0; t < years; t++) {
            int year = p.firstYear() + t;
            Target tg = p.targets().get(year);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("year", year);
            if (tg instanceof Target.Tier tier) {
                Period period = s.periodFor(year).orElseThrow();
                BigDecimal margin = s.tiers().stream().filter(x -> x.id().equals(tier.id())).findFirst().orElseThrow().margin();
                m.put("kind", "tier");
                m.put("threshold", period.threshold());
                m.put("margin", margin);
            } else if (tg instanceof Target.Score sc) {
                m.put("kind", "score");
                m.put("level", sc.value());
            }
            targets.add(m);
        }
        out.put("targets", targets);
        List<BomLine> lines = p.product().bom().lines();
        Map<String, Integer> lineByRef = new HashMap<>();
        BigDecimal vnm0 = BigDecimal.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            BomLine l = lines.get(i);
            if (!l.parent().isEmpty() || l.isMake()) {
                throw new IllegalStateException("only flat BOMs of bought parts are exported");
            }
            lineByRef.put("line:" + l.line(), i);
            if (!s.territory().contains(l.origin())) {
                vnm0 = vnm0.add(l.quantity().multiply(l.unitCost()));
            }
        }
        out.put("vnm0", vnm0);
        Map<String, Integer> adopted = new HashMap<>();
        for (RoadmapPlan.Chosen c : plan.actions()) {
            adopted.put(c.id(), c.year() - p.firstYear());
        }
        Map<String, Integer> index = new HashMap<>();
        for (int a = 0; a < p.actions().size(); a++) {
            index.put(p.actions().get(a).id(), a);
        }
        List<Map<String, Object>> acts = new ArrayList<>();
        for (Action a : p.actions()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", a.id());
            int line = -1;
            BigDecimal reduction = BigDecimal.ZERO;
            List<Long> running = new ArrayList<>();
            for (int t = 0; t < years; t++) {
                long unit = 0;
                if (a instanceof LocalizeLine l) {
                    Integer v = l.volume() != null ? l.volume() : p.volume(p.firstYear() + t);
                    unit = cents(l.extraUnitCost().multiply(BigDecimal.valueOf(v == null ? 0 : v)));
                }
                running.add(cents(a.yearlyCost()) + unit);
            }
            if (a instanceof LocalizeLine l) {
                line = lineByRef.get(l.target());
                BomLine bl = lines.get(line);
                boolean wasForeign = !s.territory().contains(bl.origin());
                boolean becomes = s.territory().contains(l.newOrigin()) && l.certificate().isEmpty();
                reduction = wasForeign && becomes ? bl.quantity().multiply(bl.unitCost()) : BigDecimal.ZERO;
            }
            m.put("line", line);
            m.put("reduction", reduction);
            m.put("capital", cents(a.capitalCost()));
            m.put("running", running);
            m.put("earliest", a.earliestYear() == null ? 0 : Math.max(0, a.earliestYear() - p.firstYear()));
            m.put("requires", a.requires().stream().map(index::get).toList());
            m.put("adopted", adopted.getOrDefault(a.id(), -1));
            acts.add(m);
        }
        out.put("actions", acts);
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(Path.of(args[3]).toFile(), out);
        System.out.printf("seed %d: %s cost %s bound %s gap %s%% (%.2f s)%n", seed, plan.status(), plan.totalCost(),
                plan.bound(), plan.gapPercent(), plan.totalSeconds());
    }

    private static long cents(BigDecimal v) {
        return v.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
