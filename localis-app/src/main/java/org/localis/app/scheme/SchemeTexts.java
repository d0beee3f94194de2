package org.localis.app.scheme;

import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.localis.app.shared.Figures;
import org.localis.scheme.Criterion;
import org.localis.scheme.Ladder;
import org.localis.scheme.PointValues;
import org.localis.scheme.PointsScheme;
import org.localis.scheme.Scheme;
import org.localis.scheme.SchemeCatalog;
import org.localis.scheme.VehicleCategory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A criterion's points per vehicle category and powertrain and its rules (alternative levels, count ratio, per-unit
 * points, ladder, dates, coefficient class, certificate, mandatory year) in the reader's language, worded from the
 * criterion's data with {@code scheme.points.*} and {@code scheme.tag.*} (the engine's {@code SchemeTable} says them
 * in English for the command line). An id a person types into product.yaml (an item kind counted) is a
 * {@link Part#code() code} part, shown as code. Templates call it as {@code ${@schemeTexts.points(scheme, c.code, #locale)}}.
 */
@Component("schemeTexts")
public class SchemeTexts {

    /** A piece of a rule: words, or an id to type (shown as code). */
    public record Part(String text, boolean code) {
    }

    private static final String SLOT = "\u0000";

    private final MessageSource messages;
    private final SchemeCatalog schemes;

    public SchemeTexts(MessageSource messages, SchemeCatalog schemes) {
        this.messages = messages;
        this.schemes = schemes;
    }

    private static Optional<Criterion> criterion(Scheme s, String code) {
        return s instanceof PointsScheme ps ? ps.criteria().stream().filter(c -> c.code().equals(code)).findFirst()
                : Optional.empty();
    }

    /** The points: one figure, "by ladder", or the figure for each category and/or powertrain ("" for a ladder by category). */
    public String points(Scheme s, String code, Locale locale) {
        return criterion(s, code).map(c -> points(c, locale)).orElse("");
    }

    String points(Criterion c, Locale locale) {
        PointValues v = c.values();
        if (c.ladder() != null) {
            return v.isSingle() ? msg("scheme.points.ladder", locale) : "";
        }
        if (v.isSingle()) {
            return Figures.number(c.points(), locale);
        }
        return v.byKey().entrySet().stream().map(e -> msg("scheme.points.for", locale, key(e.getKey(), locale),
                Figures.number(e.getValue(), locale))).collect(Collectors.joining("; "));
    }

    /** A key of {@link PointValues}: default, a category, a powertrain or category/powertrain, by name. */
    private String key(String key, Locale locale) {
        if (key.equals(PointValues.DEFAULT)) {
            return msg("scheme.points.default", locale);
        }
        int slash = key.indexOf('/');
        if (slash > 0) {
            return category(key.substring(0, slash), locale) + ", " + powertrain(key.substring(slash + 1), locale);
        }
        return VehicleCategory.fromCode(key).isPresent() ? category(key, locale) : powertrain(key, locale);
    }

    private String category(String code, Locale locale) {
        return messages.getMessage("vehicle.category." + code, null, code, locale);
    }

    private String powertrain(String code, Locale locale) {
        return messages.getMessage("vehicle.powertrain." + code, null, code, locale);
    }

    /** The criterion's rules, each as parts of text and ids. */
    public List<List<Part>> tags(Scheme s, String code, Locale locale) {
        return criterion(s, code).map(c -> tags(s, c, locale)).orElse(List.of());
    }

    List<List<Part>> tags(Scheme s, Criterion c, Locale locale) {
        List<List<Part>> tags = new ArrayList<>();
        if (!c.oneOf().isEmpty()) {
            long levels = s instanceof PointsScheme ps ? ps.criteria().stream().filter(x -> x.oneOf().equals(c.oneOf())).count() : 1;
            tags.add(words(msg("scheme.tag.oneOf", locale, levels)));
        }
        if (c.ratio() != null) {
            tags.add(withCode(msg("scheme.tag.ratio", locale, SLOT, msg("why.crit.rounded." + c.ratio().roundingCode(), locale)),
                    c.ratio().items()));
        }
        if (c.perUnit() != null) {
            tags.add(words(msg("scheme.tag.perUnit", locale, Figures.number(c.perUnit().step(), locale), input(c.perUnit().input(), locale))));
        }
        if (c.ladder() != null) {
            List<String> steps = new ArrayList<>();
            for (Ladder.Step st : c.ladder().steps()) {
                String pts = st.pointsFromYear().entrySet().stream().map(e -> msg("scheme.tag.ladder.fromYear", locale,
                        String.valueOf(e.getKey()), Figures.number(e.getValue(), locale))).collect(Collectors.joining(", "));
                steps.add(msg("scheme.tag.ladder.step", locale, Figures.number(st.min(), locale), pts)
                        + (st.lastYear() == null ? "" : msg("scheme.tag.ladder.until", locale, String.valueOf(st.lastYear()))));
            }
            tags.add(words(msg("scheme.tag.ladder", locale, input(c.ladder().input(), locale), String.join("; ", steps))));
        }
        if (c.validFrom() != null) {
            tags.add(words(msg("scheme.tag.from", locale, c.validFrom().toString())));
        }
        if (c.validTo() != null) {
            tags.add(words(msg("scheme.tag.until", locale, c.validTo().toString())));
        }
        if (!c.coefficient().isEmpty()) {
            String named = messages.getMessage("scheme.tag.coefficient." + c.coefficient(), null, null, locale);
            tags.add(named != null ? words(named) : withCode(msg("scheme.tag.coefficient", locale, SLOT), c.coefficient()));
        }
        if (!c.certifiedBy().isEmpty()) {
            String title = schemes.find(c.certifiedBy()).map(x -> "ru".equals(locale.getLanguage()) ? x.info().titleRu() : x.info().title())
                    .filter(t -> t != null && !t.isBlank()).orElse(null);
            tags.add(title != null ? words(msg("scheme.tag.certifiedBy", locale, title))
                    : withCode(msg("scheme.tag.certifiedBy", locale, SLOT), c.certifiedBy()));
        }
        if (c.mandatoryFrom() != null) {
            tags.add(words(msg("scheme.tag.mandatory", locale, String.valueOf(c.mandatoryFrom()))));
        }
        return tags;
    }

    /**
     * A scheme a form offers: {@code value} is what the form sends (the id, or {@code id@version} for an earlier
     * version), {@code label} the title in the reader's language (an earlier version says which).
     */
    public record Choice(String value, String label) {
    }

    /** The current schemes, by title; each sends its id. */
    public List<Choice> schemes(Locale locale) {
        return schemes.all().stream().map(s -> new Choice(s.id(), title(s, locale))).toList();
    }

    /** Every version of every scheme, by title (an earlier version named with its version); current ones send the id. */
    public List<Choice> schemeVersions(Locale locale) {
        List<Choice> out = new ArrayList<>();
        for (Scheme s : schemes.allVersions()) {
            boolean current = schemes.find(s.id()).map(x -> x.info().version().equals(s.info().version())).orElse(true);
            out.add(current ? new Choice(s.id(), title(s, locale))
                    : new Choice(s.id() + "@" + s.info().version(), msg("scheme.earlierVersion", locale, title(s, locale), s.info().version())));
        }
        return out;
    }

    /** The support tiers of every scheme (each id once), by name in the reader's language; each sends its id. */
    public List<Choice> tiers(Locale locale) {
        Map<String, Choice> out = new LinkedHashMap<>();
        for (Scheme s : schemes.all()) {
            for (var t : s.tiers()) {
                String named = "ru".equals(locale.getLanguage()) ? t.nameRu() : t.name();
                out.putIfAbsent(t.id(), new Choice(t.id(), messages.getMessage("tier." + t.id(), null,
                        named == null || named.isBlank() ? t.id() : named, locale)));
            }
        }
        return List.copyOf(out.values());
    }

    /** A scheme's title in the reader's language by its id (or {@code id@version}); the id when no scheme has it. */
    public String title(String id, Locale locale) {
        return id == null ? "" : schemes.find(id).map(s -> title(s, locale)).orElse(id);
    }

    private static String title(Scheme s, Locale locale) {
        return "ru".equals(locale.getLanguage()) ? s.info().titleRu() : s.info().title();
    }

    /** A product input by its name ({@code why.input.*}, as the criteria's explanations name it), or its id. */
    private String input(String id, Locale locale) {
        return messages.getMessage("why.input." + id, null, id, locale);
    }

    private static List<Part> words(String text) {
        return List.of(new Part(text, false));
    }

    /** A sentence whose {@link #SLOT} is an id to type. */
    private static List<Part> withCode(String sentence, String id) {
        List<Part> parts = new ArrayList<>();
        int at = sentence.indexOf(SLOT);
        if (at < 0) {
            return words(sentence);
        }
        if (at > 0) {
            parts.add(new Part(sentence.substring(0, at), false));
        }
        parts.add(new Part(id, true));
        if (at + 1 < sentence.length()) {
            parts.add(new Part(sentence.substring(at + 1), false));
        }
        return parts;
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
