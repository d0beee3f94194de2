package org.localis.app.roadmap;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.localis.app.shared.Figures;
import org.localis.roadmap.RoadmapPlan;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Why an action is in the roadmap, in the reader's language: the plan gives each clause as a code with its figures
 * ({@link RoadmapPlan.WhyPart}); the words come from {@code roadmap.why.*}, numbers in the reader's number format.
 * Templates call it as {@code ${@roadmapReasonText.text(c, #locale)}}.
 */
@Component
public class RoadmapReasonText {

    private final MessageSource messages;

    public RoadmapReasonText(MessageSource messages) {
        this.messages = messages;
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
