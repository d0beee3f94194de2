package org.localis.app.support;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.localis.app.shared.Figures;
import org.localis.support.AllocationLine;
import org.localis.support.Formula;
import org.localis.support.ReasonPart;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A support allocation's reasons, notes and formula in the reader's language: the engine gives each clause as a code
 * with its figures ({@link ReasonPart}); the words come from {@code support.why.*} and {@code support.formulaText.*},
 * numbers are in the reader's number format and tiers by their names ({@code tier.*}). Templates call it as
 * {@code ${@allocationText.reason(l, #locale)}}.
 */
@Component
public class AllocationText {

    private final MessageSource messages;

    public AllocationText(MessageSource messages) {
        this.messages = messages;
    }

    /** A line's reason: its clauses joined by "; " (the exact amount follows its share clause). */
    public String reason(AllocationLine line, Locale locale) {
        StringBuilder sb = new StringBuilder();
        for (ReasonPart part : line.why()) {
            if (!sb.isEmpty()) {
                sb.append(part.code() == ReasonPart.Code.EXACT ? " " : "; ");
            }
            sb.append(part(part, locale));
        }
        return sb.toString();
    }

    /** The program's notes, one sentence each. */
    public List<String> notes(org.localis.support.Allocation a, Locale locale) {
        return a.noteParts().stream().map(p -> part(p, locale)).toList();
    }

    /** A formula in words, e.g. for the program's description. */
    public String formula(Formula formula, Locale locale) {
        if (formula instanceof Formula.TierWeights tw) {
            List<String> weights = new ArrayList<>();
            for (Map.Entry<String, BigDecimal> e : tw.weights().entrySet()) {
                weights.add(tier(e.getKey(), locale) + " " + Figures.number(e.getValue(), locale));
            }
            return messages.getMessage("support.formulaText.TierWeights", new Object[] {String.join(", ", weights)}, locale);
        }
        return messages.getMessage("support.formulaText." + formula.getClass().getSimpleName(), null, locale);
    }

    String part(ReasonPart part, Locale locale) {
        List<Object> f = part.figures();
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < f.size(); i++) {
            Object v = f.get(i);
            if (part.code() == ReasonPart.Code.NOTE_CAPPED && i == 0) {
                args.add(((BigDecimal) v).longValueExact()); // for the message's plural choice
            } else if (v instanceof BigDecimal d) {
                args.add(Figures.number(d, locale));
            } else if (v instanceof List<?> tiers) {
                args.add(String.join(", ", tiers.stream().map(t -> tier(String.valueOf(t), locale)).toList()));
            } else if (isTier(part.code(), i)) {
                args.add(tier((String) v, locale));
            } else {
                args.add(String.valueOf(v));
            }
        }
        return messages.getMessage("support.why." + part.code().name(), args.toArray(), locale);
    }

    /** Which string figures are tier ids (the others are a company name or a currency code). */
    private static boolean isTier(ReasonPart.Code code, int index) {
        return switch (code) {
            case TIER_NOT_IN_PROGRAM, WEIGHT_TIER -> index == 0;
            case BELOW_MINIMUM, ELIGIBLE -> index <= 1;
            default -> false;
        };
    }

    /** A number of the allocation table (weight, amount) in the reader's number format. */
    public String number(BigDecimal value, Locale locale) {
        return value == null ? "—" : Figures.number(value, locale);
    }

    /** A tier's name in the reader's language ({@code tier.*}), or its id when it has none. */
    public String tier(String id, Locale locale) {
        if (id == null) {
            return messages.getMessage("tier.none", null, "", locale);
        }
        return messages.getMessage("tier." + id, null, id, locale);
    }
}
