package org.localis.assessment;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/** A plain-text explanation of an assessment, for terminals and logs. */
public final class AssessmentText {

    /** Above this many BOM lines only the top level and the largest non-originating lines are printed. */
    public static final int FULL_LINE_LIMIT = 200;
    private static final int LARGEST = 20;

    private AssessmentText() {
    }

    public static String format(Assessment a) {
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            write(a, null, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Writes the explanation while it is produced. {@code detail} null: every line of a BOM up to
     * {@link #FULL_LINE_LIMIT} lines, otherwise the top level and the largest non-originating lines;
     * {@code all}: every line, in file order; {@code top N}: the top level and the N largest non-originating
     * lines; {@code none}: no line. The writer is flushed, not closed.
     */
    public static void write(Assessment a, LineDetail detail, java.io.Writer out) throws java.io.IOException {
        StringBuilder sb = new StringBuilder(1 << 12);
        String unit = a.unit().equals("points") ? " points" : "%";
        sb.append("Scheme:         ").append(a.scheme().id()).append(" v").append(a.scheme().version()).append(" - ")
                .append(a.scheme().title()).append(a.scheme().official() ? "" : "  [not confirmed: official=false]").append('\n');
        sb.append("Product:        ").append(a.productName()).append('\n');
        sb.append("Period:         ").append(a.period());
        if (a.thresholdYear() != a.period()) {
            sb.append(" (threshold in force since ").append(a.thresholdYear()).append(')');
        }
        sb.append(", assessed on ").append(a.date()).append('\n');
        sb.append("Score:          ").append(a.score().toPlainString()).append(unit).append('\n');
        sb.append("Threshold:      ").append(a.lowerIsBetter() ? "at most " : "at least ")
                .append(a.threshold().toPlainString()).append(unit).append('\n');
        sb.append("Result:         ").append(a.passed() ? "PASSED" : "NOT PASSED").append('\n');
        for (String f : a.failedBecause()) {
            sb.append("                - ").append(f).append('\n');
        }
        sb.append("Tier:           ").append(a.tier() == null ? "none" : a.tier().id() + " - " + a.tier().name()).append('\n');
        if (a.nextTier() != null) {
            sb.append("Next tier:      ").append(a.nextTier().id()).append(" - ").append(a.nextTier().name())
                    .append(": needs ").append(a.nextTier().required().toPlainString()).append(unit)
                    .append(", gap ").append(a.nextTier().gap().toPlainString()).append(a.unit().equals("points") ? " points" : " pp");
            if (a.nextTier().moneyGap() != null) {
                sb.append(" = ").append(a.nextTier().moneyGap().toPlainString()).append(' ').append(a.totals().currency());
            }
            sb.append('\n');
            for (String adv : a.nextTier().advice()) {
                sb.append("                - ").append(adv).append('\n');
            }
        }
        sb.append("Classification: ").append(a.classification().classification().code()).append(" - ")
                .append(a.classification().classification().title()).append('\n');
        sb.append("                ").append(a.classification().reason()).append('\n');
        if (a.valueShare() != null) {
            sb.append("Method:         ").append(a.valueShare().method()).append(", ").append(a.valueShare().originRule()).append('\n');
            sb.append("Formula:        ").append(a.valueShare().formula()).append('\n');
        }
        Assessment.Totals t = a.totals();
        sb.append("Materials:      ").append(t.materialValue().toPlainString()).append(' ').append(t.currency())
                .append(", originating ").append(t.originatingValue().toPlainString())
                .append(", non-originating ").append(t.nonOriginatingValue().toPlainString())
                .append(" (domestic share ").append(t.domesticShare().toPlainString()).append("%)\n");
        if (t.domesticValueAdded() != null) {
            sb.append("Domestic value added: ").append(t.domesticValueAdded().toPlainString()).append(' ').append(t.currency())
                    .append(" (").append(t.domesticValueAddedShare().toPlainString()).append("% of the price)\n");
        }
        if (a.vehicle() != null) {
            sb.append("Vehicle:        ").append(a.vehicle().category()).append(", powertrain ").append(a.vehicle().powertrain())
                    .append(a.vehicle().emissionStandard() == null ? "" : ", " + a.vehicle().emissionStandard()).append('\n');
        }
        if (!a.purposes().isEmpty()) {
            sb.append("\nBy purpose:\n");
            for (Assessment.PurposeResult p : a.purposes()) {
                sb.append(String.format("  %-28s %s: score %s, threshold %s%n", p.id(), p.met() ? "MET" : "not met",
                        p.score().toPlainString(), p.threshold() == null ? "none in force"
                                : p.threshold().stripTrailingZeros().toPlainString() + " (from " + p.thresholdYear() + ")"));
            }
        }
        if (!a.coefficients().isEmpty()) {
            sb.append("\nCoefficients:\n");
            for (Assessment.CoefficientResult k : a.coefficients()) {
                sb.append(String.format("  %-28s x %s %s%n", k.id(), k.factor().stripTrailingZeros().toPlainString(), k.reason()));
            }
        }
        if (!a.criteria().isEmpty()) {
            sb.append("\nCriteria:\n");
            for (Assessment.CriterionResult c : a.criteria()) {
                sb.append(String.format("  %-28s %7s / %-7s %s%s%n", c.code(), c.earned().toPlainString(),
                        c.points().toPlainString(), c.mandatory() ? "[mandatory] " : "", c.explanation()));
            }
        }
        sb.append('\n');
        List<Assessment.LineResult> lines = a.lines();
        if (detail != null && detail.mode() == LineDetail.Mode.NONE) {
            sb.append("(").append(lines.size()).append(" BOM lines; none listed)\n");
        } else if (detail != null && detail.mode() == LineDetail.Mode.ALL || detail == null && lines.size() <= FULL_LINE_LIMIT) {
            sb.append("BOM lines (value per product unit):\n");
            for (Assessment.LineResult l : lines) {
                line(sb, l);
                if (sb.length() >= 1 << 16) {
                    out.append(sb);
                    sb.setLength(0);
                }
            }
        } else {
            LineResults table = lines instanceof LineResults lr ? lr : null;
            List<Assessment.LineResult> top = table != null ? table.topLevel()
                    : lines.stream().filter(l -> l.parent().isEmpty()).toList();
            sb.append("Top-level BOM lines (value per product unit");
            if (top.size() > LARGEST) {
                sb.append(", the ").append(LARGEST).append(" largest of ").append(top.size());
            }
            sb.append("):\n");
            largest(top, Assessment.LineResult::value).forEach(l -> line(sb, l));
            sb.append("\nLargest non-originating lines:\n");
            List<Assessment.LineResult> largest = detail != null ? detail.select(a) : table != null
                    ? table.largestNonOriginating(LARGEST) : largest(lines, Assessment.LineResult::nonOriginatingValue);
            for (Assessment.LineResult l : largest) {
                if (l.nonOriginatingValue().signum() > 0) {
                    line(sb, l);
                }
                if (sb.length() >= 1 << 16) {
                    out.append(sb);
                    sb.setLength(0);
                }
            }
            sb.append("(").append(lines.size()).append(" lines in all; --format json lists every one)\n");
        }
        if (!a.warnings().isEmpty()) {
            sb.append("\nWarnings:\n");
            a.warnings().forEach(w -> sb.append("  - ").append(w).append('\n'));
        }
        out.append(sb);
        out.flush();
    }

    /** The {@link #LARGEST} lines with the largest key, largest first, without sorting them all. */
    private static List<Assessment.LineResult> largest(List<Assessment.LineResult> lines,
                                                       java.util.function.Function<Assessment.LineResult, BigDecimal> key) {
        Comparator<Assessment.LineResult> byKey = Comparator.comparing(key, BigDecimal::compareTo);
        java.util.PriorityQueue<Assessment.LineResult> heap = new java.util.PriorityQueue<>(LARGEST + 1, byKey);
        for (Assessment.LineResult l : lines) {
            heap.add(l);
            if (heap.size() > LARGEST) {
                heap.poll();
            }
        }
        java.util.List<Assessment.LineResult> out = new java.util.ArrayList<>(heap);
        out.sort(byKey.reversed());
        return out;
    }

    private static void line(StringBuilder sb, Assessment.LineResult l) {
        sb.append("  ");
        pad(sb, String.valueOf(l.line()), 6, true).append(' ');
        pad(sb, l.part(), 20, false).append(' ');
        pad(sb, l.parent().isEmpty() ? "-" : l.parent(), 14, false).append(' ');
        pad(sb, l.value().toPlainString(), 14, true).append("  orig ");
        pad(sb, l.originatingValue().toPlainString(), 14, true).append("  non-orig ");
        pad(sb, l.nonOriginatingValue().toPlainString(), 14, true).append("  ").append(l.basis()).append('\n');
    }

    private static StringBuilder pad(StringBuilder sb, String s, int width, boolean right) {
        int fill = Math.max(0, width - s.length());
        if (right) {
            sb.append(" ".repeat(fill)).append(s);
        } else {
            sb.append(s).append(" ".repeat(fill));
        }
        return sb;
    }
}
