package org.localis.roadmap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The JSON form of a roadmap plan, the same for the CLI ({@code --format json}) and the web page: money to
 * the cent and scores as JSON numbers, years in order, the frontier as points for a chart of score against cost.
 */
public final class RoadmapJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RoadmapJson() {
    }

    /** An ordered map ready for any JSON serializer. */
    public static Map<String, Object> toMap(RoadmapPlan p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scheme", p.scheme());
        m.put("schemeVersion", p.schemeVersion());
        m.put("kind", p.kind());
        m.put("unit", p.unit());
        m.put("comparison", p.lowerIsBetter() ? "at-most" : "at-least");
        m.put("currency", p.currency());
        m.put("years", List.of(p.firstYear(), p.lastYear()));
        m.put("status", p.status().name());
        m.put("provenOptimal", p.provenOptimal());
        m.put("totalCost", p.totalCost());
        m.put("bound", p.bound());
        m.put("gapPercent", p.gapPercent());
        m.put("solveSeconds", round3(p.solveSeconds()));
        m.put("totalSeconds", round3(p.totalSeconds()));
        m.put("engineCuts", p.engineCuts());
        m.put("modelExact", p.modelExact());
        m.put("blockers", p.blockers());
        List<Object> years = new ArrayList<>();
        for (RoadmapPlan.Year y : p.years()) {
            Map<String, Object> ym = new LinkedHashMap<>();
            ym.put("year", y.year());
            ym.put("adopted", y.adopted());
            ym.put("spending", y.spending());
            ym.put("cumulativeCost", y.cumulativeCost());
            ym.put("budget", y.budget());
            ym.put("target", y.target());
            ym.put("required", y.required());
            ym.put("score", y.score());
            ym.put("modelScore", y.modelScore());
            ym.put("tier", y.tier());
            ym.put("passed", y.passed());
            ym.put("meetsTarget", y.meetsTarget());
            years.add(ym);
        }
        m.put("plan", years);
        List<Object> actions = new ArrayList<>();
        for (RoadmapPlan.Chosen c : p.actions()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("id", c.id());
            cm.put("kind", c.kind());
            cm.put("target", c.target());
            cm.put("year", c.year());
            cm.put("cost", c.cost());
            cm.put("contribution", c.contribution());
            cm.put("contributionPerMillion", c.contributionPerMillion());
            cm.put("neededFor", c.neededFor());
            cm.put("requiredBy", c.requiredBy());
            cm.put("reason", c.reason());
            actions.add(cm);
        }
        m.put("actions", actions);
        Map<String, Object> g = new LinkedHashMap<>();
        RoadmapPlan.Greedy gr = p.greedy();
        g.put("found", gr.found());
        g.put("cost", gr.cost());
        g.put("verified", gr.verified());
        g.put("saving", p.savingVersusGreedy());
        g.put("message", gr.message());
        g.put("years", new java.util.TreeMap<>(gr.years()));
        m.put("greedy", g);
        List<Object> frontier = new ArrayList<>();
        for (RoadmapPlan.FrontierPoint f : p.frontier()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("level", f.level());
            fm.put("cost", f.cost());
            fm.put("optimal", f.optimal());
            fm.put("score", f.score());
            fm.put("actions", f.actions());
            frontier.add(fm);
        }
        m.put("frontier", frontier);
        m.put("notes", p.notes());
        return m;
    }

    public static String toJson(RoadmapPlan p) {
        try {
            return MAPPER.writeValueAsString(toMap(p));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render the plan as JSON", e);
        }
    }

    private static double round3(double s) {
        return Math.round(s * 1000) / 1000.0;
    }
}
