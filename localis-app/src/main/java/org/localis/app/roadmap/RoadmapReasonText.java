package org.localis.app.roadmap;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.localis.app.shared.Figures;
import org.localis.roadmap.RoadmapPlan;
import org.localis.roadmap.Target;
import org.localis.scheme.SchemeCatalog;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Why an action is in the roadmap, in the reader's language: the plan gives each clause as a code with its figures
 * ({@link RoadmapPlan.WhyPart}); the words come from {@code roadmap.why.*}, numbers in the reader's number format.
 * Templates call it as {@code ${@roadmapReasonText.text(c, #locale)}}. The same for what blocks a plan and the
 * notes ({@link RoadmapPlan.Remark}, {@code roadmap.remark.*}), each year's target ({@code roadmap.goal.*}) and the
 * tier a year reaches (the scheme's tier name in the reader's language).
 */
@Component
public class RoadmapReasonText {

    private final MessageSource messages;
    private final SchemeCatalog schemes;

    public RoadmapReasonText(MessageSource messages, SchemeCatalog schemes) {
        this.messages = messages;
        this.schemes = schemes;
    }

    /** A blocker or a note of the plan in the reader's language. */
    public String remark(RoadmapPlan.Remark r, RoadmapPlan plan, Locale locale) {
        String key = r.code().name();
        List<Object> args = new ArrayList<>();
        for (Object v : r.figures()) {
            args.add(figure(v, plan, locale));
        }
        if (r.code() == RoadmapPlan.RemarkCode.MODEL_DISAGREES && "".equals(r.figures().get(1))) {
            key += "_BASELINE";
        }
        // the unit, the direction and the extreme of the plan's score, for the sentences about a target's level
        args.add(messages.getMessage(plan.unit().equals("points") ? "roadmap.unit.points" : "roadmap.unit.percent", null, locale));
        args.add(messages.getMessage(plan.lowerIsBetter() ? "roadmap.atMost" : "roadmap.atLeast", null, locale));
        args.add(messages.getMessage(plan.lowerIsBetter() ? "roadmap.lowest" : "roadmap.highest", null, locale));
        return messages.getMessage("roadmap.remark." + key, args.toArray(), locale);
    }

    /** What a year must reach, in the reader's language ("tier Confirmed production", "score 3500"). */
    public String goal(Target goal, RoadmapPlan plan, Locale locale) {
        if (goal == null) {
            return "";
        }
        if (goal instanceof Target.Tier t) {
            return messages.getMessage("roadmap.goal.tier", new Object[] {tier(t.id(), plan, locale)}, locale);
        }
        return messages.getMessage("roadmap.goal.score", new Object[] {Figures.number(((Target.Score) goal).value(), locale)},
                locale);
    }

    /** A tier of the plan's scheme by its name in the reader's language (the id when the scheme does not know it). */
    public String tier(String id, RoadmapPlan plan, Locale locale) {
        if (id == null) {
            return "";
        }
        return schemes.find(plan.scheme(), plan.schemeVersion()).flatMap(s -> s.tiers().stream()
                        .filter(t -> t.id().equals(id)).findFirst())
                .map(t -> "ru".equals(locale.getLanguage()) ? t.nameRu() : t.name()).orElse(id);
    }

    private Object figure(Object v, RoadmapPlan plan, Locale locale) {
        if (v instanceof BigDecimal d) {
            return Figures.number(d, locale);
        }
        if (v instanceof Target t) {
            return goal(t, plan, locale);
        }
        if (v instanceof List<?> l) {
            return String.join(", ", l.stream().map(String::valueOf).toList());
        }
        return String.valueOf(v); // a year (no digit grouping), a count, a currency code, an id
    }

    public String text(RoadmapPlan.Chosen c, Locale locale) {
        StringBuilder sb = new StringBuilder();
        for (RoadmapPlan.WhyPart part : c.why()) {
            if (!sb.isEmpty()) {
                boolean follows = part.code() == RoadmapPlan.WhyCode.MEETS_MANDATORY
                        || part.code() == RoadmapPlan.WhyCode.PER_MILLION;
                sb.append(follows ? " " : "; ");
            }
            List<Object> args = new ArrayList<>();
            for (Object v : part.figures()) {
                if (v instanceof BigDecimal d) {
                    args.add(Figures.number(d, locale));
                } else if (v instanceof List<?> l) {
                    args.add(String.join(", ", l.stream().map(String::valueOf).toList()));
                } else {
                    args.add(String.valueOf(v)); // a year (no digit grouping), a currency code
                }
            }
            sb.append(messages.getMessage("roadmap.why." + part.code().name(), args.toArray(), locale));
        }
        return sb.toString();
    }
}
