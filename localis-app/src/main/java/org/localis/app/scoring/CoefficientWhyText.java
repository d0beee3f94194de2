package org.localis.app.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.localis.assessment.Assessment;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Why a coefficient applied or not, in the reader's language: the engine gives a code and the figures
 * ({@link Assessment.CoefficientWhy}); the sentence comes from {@code coef.why.*} and {@code coef.cond.*}. A stored
 * run scored before the engine gave the code has only the English reason, which is shown as it is. Templates call
 * it as {@code ${@coefficientWhyText.text(k, #locale)}} with the engine's result or a stored run's JSON.
 */
@Component
public class CoefficientWhyText {

    private final MessageSource messages;

    public CoefficientWhyText(MessageSource messages) {
        this.messages = messages;
    }

    public String text(Assessment.CoefficientResult k, Locale locale) {
        Assessment.CoefficientWhy w = k.why();
        return w == null ? k.reason()
                : say(w.code().name(), w.basePoints(), k.factor(), k.addedPoints(), k.purpose(), w.standards(), w.years(),
                w.productStandard(), w.year(), locale);
    }

    public String text(JsonNode k, Locale locale) {
        JsonNode w = k.path("why");
        if (w.isMissingNode() || !w.has("code")) {
            return k.path("reason").asText();
        }
        List<String> standards = new ArrayList<>();
        w.path("standards").forEach(s -> standards.add(s.asText()));
        List<Integer> years = new ArrayList<>();
        w.path("years").forEach(y -> years.add(y.asInt()));
        return say(w.path("code").asText(), w.path("basePoints").decimalValue(), k.path("factor").decimalValue(),
                k.path("addedPoints").decimalValue(), k.path("purpose").isTextual() ? k.path("purpose").asText() : null,
                standards, years, w.path("productStandard").isTextual() ? w.path("productStandard").asText() : null,
                w.path("year").asInt(), locale);
    }

    private String say(String code, BigDecimal base, BigDecimal factor, BigDecimal added, String purpose, List<String> standards,
                       List<Integer> years, String productStandard, int year, Locale locale) {
        List<String> condition = new ArrayList<>();
        if (!standards.isEmpty()) {
            condition.add(msg("coef.cond.standards", locale, String.join(" / ", standards)));
        }
        if (!years.isEmpty()) {
            condition.add(msg("coef.cond.years", locale, String.join(", ", years.stream().map(String::valueOf).toList())));
        }
        if (purpose != null) {
            condition.add(msg("coef.cond.purpose", locale, messages.getMessage("purpose." + purpose, null, purpose, locale)));
        }
        String cond = condition.isEmpty() ? msg("coef.cond.always", locale) : String.join(", ", condition);
        return switch (code) {
            case "APPLIED", "APPLIED_IN_PURPOSE" -> msg("coef.why." + code, locale, cond, plain(base), plain(factor), plain(added));
            case "LARGER_APPLIES" -> msg("coef.why.LARGER_APPLIES", locale);
            default -> {
                List<String> found = new ArrayList<>();
                if (!standards.isEmpty()) {
                    found.add(productStandard == null ? msg("coef.found.noStandard", locale) : msg("coef.found.standard", locale, productStandard));
                }
                if (!years.isEmpty()) {
                    found.add(msg("coef.found.year", locale, String.valueOf(year)));
                }
                yield msg("coef.why.CONDITION_NOT_MET", locale, cond, String.join(", ", found));
            }
        };
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String plain(BigDecimal v) {
        return v == null ? "0" : v.stripTrailingZeros().toPlainString();
    }
}
