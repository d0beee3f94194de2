package org.localis.app.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.localis.assessment.Assessment;
import org.localis.assessment.Assessment.Reason;
import org.localis.assessment.Assessment.ReasonCode;
import org.localis.assessment.LineBasis;
import org.localis.assessment.Warnings;
import org.localis.app.shared.Figures;
import org.localis.scheme.OperationDef;
import org.localis.scheme.Scheme;
import org.localis.scheme.SchemeCatalog;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An assessment's classification reason, failed requirements, next-tier advice, criterion explanations and each BOM
 * line's basis in the reader's language: the engine gives each as a code with its figures ({@link Assessment.Reason});
 * the sentence comes from {@code why.*}, with a scheme's operations and inputs and a line's origin country by name.
 * A stored run scored before the engine gave the codes has only the English sentences, which are shown as they are.
 * Templates call it as {@code ${@reasonText.classification(a, #locale)}} with the engine's result or a stored run's JSON.
 */
@Component
public class ReasonText {

    private final MessageSource messages;
    private final SchemeCatalog schemes;

    public ReasonText(MessageSource messages, SchemeCatalog schemes) {
        this.messages = messages;
        this.schemes = schemes;
    }

    public String classification(Assessment a, Locale locale) {
        Reason w = a.classification().why();
        return w == null ? a.classification().reason() : say(w, locale, scheme(a.scheme().id(), a.scheme().version()));
    }

    public String classification(JsonNode a, Locale locale) {
        return sayStored(read(a.path("classificationWhy")), a.path("classificationReason").asText(), locale, scheme(a));
    }

    public List<String> failed(Assessment a, Locale locale) {
        return a.failedBecauseWhy().size() != a.failedBecause().size() ? a.failedBecause()
                : say(a.failedBecauseWhy(), locale, scheme(a.scheme().id(), a.scheme().version()));
    }

    public List<String> failed(JsonNode a, Locale locale) {
        return sayAll(a.path("failedBecause"), a.path("failedBecauseWhy"), locale, scheme(a));
    }

    private Scheme scheme(JsonNode a) {
        return scheme(a.path("scheme").asText(), a.path("schemeVersion").asText());
    }

    private Scheme scheme(String id, String version) {
        return schemes.find(id, version).or(() -> schemes.find(id)).orElse(null);
    }

    public List<String> advice(Assessment.NextTier t, Locale locale) {
        return t.adviceWhy().size() != t.advice().size() ? t.advice() : say(t.adviceWhy(), locale, null);
    }

    public List<String> advice(JsonNode nextTier, Locale locale) {
        return sayAll(nextTier.path("advice"), nextTier.path("adviceWhy"), locale, null);
    }

    /**
     * The warnings (an unofficial scheme, lines without origin, certificates that do not count, an assumed powertrain,
     * a rounded score across the threshold); the engine gives each as a code with its figures.
     */
    public List<String> warnings(Assessment a, Locale locale) {
        return a.warningsWhy().size() != a.warnings().size() ? a.warnings()
                : say(a.warningsWhy(), locale, scheme(a.scheme().id(), a.scheme().version()));
    }

    /**
     * A stored run's warnings: the documents carry only the engine's English sentences, which {@link Warnings#read}
     * turns back into their codes and figures; a sentence it does not know is shown as stored.
     */
    public List<String> warnings(JsonNode a, Locale locale) {
        Scheme scheme = scheme(a);
        List<String> out = new ArrayList<>();
        for (JsonNode w : a.path("warnings")) {
            out.add(sayStored(Warnings.read(w.asText()), w.asText(), locale, scheme));
        }
        return out;
    }

    /** A criterion's explanation. */
    public String criterion(Assessment.CriterionResult c, Locale locale) {
        return c.why() == null ? c.explanation() : say(c.why(), locale);
    }

    public String criterion(JsonNode c, Locale locale) {
        return sayStored(read(c.path("why")), c.path("explanation").asText(), locale, null);
    }

    /** A criterion's title in the reader's language (the scheme's Russian title, else its own), else its code. */
    public String criterionTitle(Assessment.CriterionResult c, Locale locale) {
        return title(c.code(), c.title(), c.titleRu(), locale);
    }

    public String criterionTitle(JsonNode c, Locale locale) {
        return title(c.path("code").asText(), c.path("title").asText(), c.path("titleRu").asText(), locale);
    }

    private static String title(String code, String title, String titleRu, Locale locale) {
        if ("ru".equals(locale.getLanguage()) && titleRu != null && !titleRu.isBlank()) {
            return titleRu;
        }
        return title == null || title.isBlank() ? code : title;
    }

    /** A BOM line's basis (origin, certificate, roll-up, tracing). */
    public String basis(Assessment.LineResult l, Locale locale) {
        return l.basisWhy() == null ? l.basis() : say(l.basisWhy(), locale);
    }

    /**
     * A stored line's basis: the documents carry only the engine's English sentence, which {@link LineBasis#read}
     * turns back into its code and figures; a sentence it does not know is shown as stored.
     */
    public String basis(JsonNode l, Locale locale) {
        String english = l.path("basis").asText();
        return sayStored(LineBasis.read(english), english, locale, null);
    }

    /** A stored reason in words, or the stored English sentence when there is none or it lacks a figure. */
    private String sayStored(Reason w, String english, Locale locale, Scheme scheme) {
        if (w == null) {
            return english;
        }
        try {
            return say(w, locale, scheme);
        } catch (IndexOutOfBoundsException | NumberFormatException malformed) {
            return english;
        }
    }

    private List<String> sayAll(JsonNode sentences, JsonNode whys, Locale locale, Scheme scheme) {
        List<String> out = new ArrayList<>();
        List<Reason> rs = new ArrayList<>();
        whys.forEach(w -> rs.add(read(w)));
        if (whys.isArray() && rs.size() == sentences.size() && !rs.contains(null)) {
            try {
                return say(rs, locale, scheme);
            } catch (IndexOutOfBoundsException | NumberFormatException malformed) {
                // said below as stored
            }
        }
        sentences.forEach(s -> out.add(s.asText()));
        return out;
    }

    private List<String> say(List<Reason> rs, Locale locale, Scheme scheme) {
        return rs.stream().map(r -> say(r, locale, scheme)).toList();
    }

    /** A reason as the stored JSON gives it, or null when it is missing or has a code this version does not know. */
    static Reason read(JsonNode n) {
        if (n == null || !n.isObject() || !n.path("code").isTextual()) {
            return null;
        }
        ReasonCode code;
        try {
            code = ReasonCode.valueOf(n.path("code").asText());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
        List<String> args = new ArrayList<>();
        n.path("args").forEach(x -> args.add(x.asText()));
        List<Reason> parts = new ArrayList<>();
        for (JsonNode p : n.path("parts")) {
            Reason r = read(p);
            if (r == null) {
                return null;
            }
            parts.add(r);
        }
        return new Reason(code, args, parts);
    }

    String say(Reason r, Locale locale) {
        return say(r, locale, null);
    }

    /** {@code scheme}: the scheme the reason was given under, to name its operations (null: any scheme that has them). */
    private String say(Reason r, Locale locale, Scheme scheme) {
        List<String> a = r.args();
        String key = "why." + r.code().name();
        return switch (r.code()) {
            case CLASS_REACHED -> String.join("; ", say(r.parts(), locale, scheme));
            case CLASS_DEEPER -> msg(key, locale, className(a.get(0), locale), String.join(", ", say(r.parts(), locale, scheme)));
            case CLASS_NONE_ANY_OF, CLASS_NONE_MISSING -> msg(key, locale, operations(a.get(0), scheme, locale),
                    className(a.get(1), locale));
            case CLASS_REQUIRES, CLASS_ALSO, CLASS_NEED_OPS, CLASS_NEED_ONE_OF, CLASS_NEED_ONE_OF_OR_SHARE, CRIT_PREREQ_MISSING -> {
                List<String> args = new ArrayList<>(a);
                args.set(0, operations(a.get(0), scheme, locale));
                yield msg(key, locale, args.toArray());
            }
            case FAIL_MANDATORY, ADVICE_PERFORM, ADVICE_PERFORM_WITH -> {
                List<String> args = new ArrayList<>(a);
                args.set(1, title(a.get(1), a.get(2), locale));
                args.remove(2);
                if (r.code() == ReasonCode.FAIL_MANDATORY && !r.parts().isEmpty()) {
                    args.set(2, say(r.parts().get(0), locale, scheme));
                }
                if (r.code() == ReasonCode.ADVICE_PERFORM_WITH) {
                    args.set(3, operations(a.get(4), scheme, locale));
                }
                // ".titled": the criterion by its title (and, in English, its code as before)
                yield msg(key + ".titled", locale, args.toArray());
            }
            case CRIT_EXPLAINED -> String.join("; ", say(r.parts(), locale, scheme));
            case CRIT_NOT_FOR_VEHICLE -> msg(key, locale, (a.get(0).isEmpty() ? msg("why.crit.thisVehicle", locale)
                    : messages.getMessage("vehicle.category." + a.get(0), null, a.get(0), locale))
                    + (a.get(1).isEmpty() ? "" : " " + msg("why.crit.withPowertrain", locale,
                    messages.getMessage("vehicle.powertrain." + a.get(1), null, a.get(1), locale))));
            case CRIT_NOT_ON_DATE -> {
                List<String> when = new ArrayList<>();
                if (!a.get(0).isEmpty()) {
                    when.add(msg("why.crit.from", locale, a.get(0)));
                }
                if (!a.get(1).isEmpty()) {
                    when.add(msg("why.crit.until", locale, a.get(1)));
                }
                yield msg(key, locale, String.join(" ", when), a.get(2));
            }
            case CRIT_CARRIED -> msg(key, locale, a.get(0), a.get(1))
                    + (a.get(2).isEmpty() ? "" : msg("why.crit.ownLess", locale, a.get(2)));
            case CRIT_RATIO -> msg(key, locale, a.get(0), a.get(1), a.get(2), a.get(3), a.get(4),
                    msg("why.crit.rounded." + ("down".equals(a.get(5)) ? "down" : "nearest"), locale), a.get(6));
            case CRIT_DECLARED_PERFORMED, CRIT_PERFORMED -> msg(key, locale)
                    + (a.get(0).isEmpty() ? "" : msg("why.crit.evidence", locale, a.get(0)));
            case ADVICE_MORE_POINTS -> {
                String listed = a.get(1).isEmpty() ? msg("why.unearned.none", locale)
                        : "0".equals(a.get(2)) ? a.get(1) : msg("why.unearned.more", locale, a.get(1), a.get(2));
                yield msg(key, locale, a.get(0), listed);
            }
            case ADVICE_MEET_FAILED -> msg(key, locale, String.join("; ", say(r.parts(), locale, scheme)));
            case CRIT_NO_INPUT, CRIT_LADDER, CRIT_LADDER_NONE, CRIT_PER_UNIT -> {
                List<String> args = new ArrayList<>(a);
                args.set(0, input(a.get(0), locale));
                yield msg(key, locale, args.toArray());
            }
            case BASIS_IN_TERRITORY, BASIS_FOREIGN, BASIS_MADE_ABROAD -> msg(key, locale, country(a.get(0), locale));
            case WARN_NOT_OFFICIAL -> msg(key, locale, scheme != null && scheme.id().equals(a.get(0))
                    ? ("ru".equals(locale.getLanguage()) ? scheme.info().titleRu() : scheme.info().title()) : schemeTitle(a.get(0), locale));
            case WARN_NO_ORIGIN -> msg(key, locale, a.get(0), String.join(", ", say(r.parts(), locale, scheme))
                    + (Integer.parseInt(a.get(0)) > r.parts().size() ? ", …" : ""));
            case WARN_CERT_NOT_VALID -> {
                List<String> args = new ArrayList<>(a);
                args.set(3, validity(a.get(3), locale));
                yield msg(key, locale, args.toArray());
            }
            case WARN_COMPONENT_NOT_VALID -> msg(key, locale, a.get(0), schemeTitle(a.get(1), locale), validity(a.get(2), locale), a.get(3));
            case WARN_COMPONENT_UNKNOWN_CRITERION -> msg(key, locale, a.get(0), a.get(1), schemeTitle(a.get(2), locale));
            case WARN_EXACT_SCORE -> msg(key, locale, Figures.number(new java.math.BigDecimal(a.get(0)), locale));
            default -> msg(key, locale, a.toArray());
        };
    }

    /** A certificate's validity as the engine writes it ("expired", "not yet valid"...) in words, or as written. */
    private String validity(String validity, Locale locale) {
        return messages.getMessage("why.validity." + validity.replace(' ', '-'), null, validity, locale);
    }

    /** A scheme's title in the reader's language, or its id when the catalogue does not have it. */
    private String schemeTitle(String id, Locale locale) {
        Scheme s = scheme(id, "");
        return s == null ? id : "ru".equals(locale.getLanguage()) ? s.info().titleRu() : s.info().title();
    }

    private String title(String title, String titleRu, Locale locale) {
        return "ru".equals(locale.getLanguage()) && titleRu != null && !titleRu.isBlank() ? titleRu : title;
    }

    /**
     * Operations of a scheme (codes joined by ", ", as the engine writes them) by their titles in the reader's
     * language, each in quotes; an operation without a title in that language keeps its code.
     */
    private String operations(String codes, Scheme scheme, Locale locale) {
        if (codes.isEmpty()) {
            return codes;
        }
        List<String> out = new ArrayList<>();
        for (String code : codes.split(", ")) {
            OperationDef op = scheme == null ? null : scheme.operations().get(code);
            if (op == null) {
                op = schemes.all().stream().map(s -> s.operations().get(code)).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            }
            String title = op == null ? null : "ru".equals(locale.getLanguage()) ? op.titleRu() : op.title();
            out.add(title == null || title.isBlank() ? code : msg("why.operation", locale, title));
        }
        return String.join(", ", out);
    }

    /** A product input of a scheme (a ladder's or a per-unit criterion's) by its name, or its id when it has none. */
    private String input(String id, Locale locale) {
        return messages.getMessage("why.input." + id, null, id, locale);
    }

    /** A country by its name in the reader's language and its code ("Беларусь (BY)"), or the origin as written. */
    static String country(String code, Locale locale) {
        if (code.matches("[A-Z]{2}")) {
            String name = new Locale("", code).getDisplayCountry(locale);
            if (!name.isEmpty() && !name.equals(code)) {
                return name + " (" + code + ")";
            }
        }
        return code;
    }

    private String className(String code, Locale locale) {
        return messages.getMessage("classification." + code, null, code, locale);
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
