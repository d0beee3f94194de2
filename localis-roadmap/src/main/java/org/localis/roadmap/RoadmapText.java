package org.localis.roadmap;

import java.math.BigDecimal;

/** A plain-text rendering of a roadmap plan for the terminal. */
public final class RoadmapText {

    private RoadmapText() {
    }

    public static String format(RoadmapPlan p) {
        String nl = System.lineSeparator();
        StringBuilder sb = new StringBuilder();
        String unit = p.unit().equals("points") ? " pts" : "%";
        sb.append("Roadmap ").append(p.firstYear()).append("-").append(p.lastYear()).append(" under ").append(p.scheme())
                .append(" ").append(p.schemeVersion()).append(nl);
        sb.append("Status: ").append(p.status());
        if (p.totalCost() != null) {
            sb.append(", total cost ").append(money(p.totalCost())).append(" ").append(p.currency());
            sb.append(p.provenOptimal() ? " (proven optimal)" : p.bound() == null
                    ? " (not proven cheapest: the model is not exact here)"
                    : " (gap " + p.gapPercent() + "%, bound " + money(p.bound()) + ")");
        }
        sb.append(String.format(java.util.Locale.ROOT, ", solved in %.2f s (total %.2f s)", p.solveSeconds(), p.totalSeconds()));
        sb.append(nl);
        for (String b : p.blockers()) {
            sb.append("  blocked: ").append(b).append(nl);
        }
        sb.append(nl).append(String.format(java.util.Locale.ROOT, "%-6s %-16s %10s %10s %-8s %16s %16s  %s%n", "year", "target",
                "required", "score", "tier", "spending", "cumulative", "adopted"));
        for (RoadmapPlan.Year y : p.years()) {
            sb.append(String.format(java.util.Locale.ROOT, "%-6d %-16s %10s %10s %-8s %16s %16s  %s%n", y.year(),
                    y.target() == null ? "-" : y.target(), y.required() == null ? "-" : plain(y.required()) + unit,
                    plain(y.score()) + unit + (y.meetsTarget() ? "" : "!"), y.tier() == null ? "-" : y.tier(),
                    money(y.spending()), money(y.cumulativeCost()),
                    y.adopted().isEmpty() ? "-" : String.join(", ", y.adopted())));
        }
        if (!p.actions().isEmpty()) {
            sb.append(nl).append("Why each action:").append(nl);
            for (RoadmapPlan.Chosen c : p.actions()) {
                sb.append("  ").append(c.year()).append(" ").append(c.id()).append(" (").append(c.kind()).append(" ")
                        .append(c.target()).append(", ").append(money(c.cost())).append(" ").append(p.currency()).append("): ")
                        .append(c.reason()).append(nl);
            }
        }
        RoadmapPlan.Greedy g = p.greedy();
        sb.append(nl).append("Greedy baseline: ");
        if (g.found()) {
            sb.append(money(g.cost())).append(" ").append(p.currency());
            BigDecimal saving = p.savingVersusGreedy();
            if (saving != null && g.cost().signum() > 0) {
                sb.append("; the optimal plan saves ").append(money(saving)).append(" (")
                        .append(saving.multiply(BigDecimal.valueOf(100)).divide(g.cost(), 2, java.math.RoundingMode.HALF_UP))
                        .append("%)");
            }
            if (!g.verified()) {
                sb.append("; ").append(g.message());
            }
        } else {
            sb.append(g.message());
        }
        sb.append(nl);
        if (!p.frontier().isEmpty()) {
            sb.append(nl).append("Cost-optimal frontier, ").append(p.lastYear()).append(" (level: cheapest cost):").append(nl);
            for (RoadmapPlan.FrontierPoint f : p.frontier()) {
                sb.append("  ").append(plain(f.level())).append(unit).append(": ").append(money(f.cost())).append(" ")
                        .append(p.currency()).append(" (").append(f.actions()).append(" actions")
                        .append(f.optimal() ? "" : ", not proven").append(")").append(nl);
            }
        }
        for (String note : p.notes()) {
            sb.append("Note: ").append(note).append(nl);
        }
        return sb.toString();
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private static String money(BigDecimal v) {
        return v == null ? "-" : v.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
