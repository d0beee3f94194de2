package org.localis.app.scheme;

import java.util.Locale;
import java.util.Optional;

import org.localis.scheme.SchemeCatalog;
import org.localis.scheme.Tier;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Support tiers by their names in the reader's language, never by their ids: the name the certificate's scheme
 * gives the tier (its Russian name for a Russian reader), else the built-in name {@code tier.<id>}, else the id as
 * stored (a tier of a scheme no longer loaded). Pages call it as {@code @schemeNames.tier(schemeId, tierId, #locale)};
 * schemes themselves are named by {@link SchemeTexts#title}.
 */
@Component("schemeNames")
public class SchemeNames {

    private final SchemeCatalog schemes;
    private final MessageSource messages;

    public SchemeNames(SchemeCatalog schemes, MessageSource messages) {
        this.schemes = schemes;
        this.messages = messages;
    }

    /** The tier's name; "no tier" in the reader's language when {@code tierId} is empty. */
    public String tier(String schemeId, String tierId, Locale locale) {
        if (tierId == null || tierId.isBlank()) {
            return messages.getMessage("tier.none", null, "", locale);
        }
        Optional<Tier> tier = schemeId == null || schemeId.isBlank() ? Optional.empty()
                : schemes.find(schemeId).flatMap(s -> s.tiers().stream().filter(t -> t.id().equals(tierId)).findFirst());
        return tier.map(t -> "ru".equals(locale.getLanguage()) ? t.nameRu() : t.name())
                .orElseGet(() -> messages.getMessage("tier." + tierId, null, tierId, locale));
    }

    /** The tier's name with the certified score in the reader's number format and unit ("… · 325 баллов"). */
    public String withScore(String schemeId, String tierId, java.math.BigDecimal score, String unit, Locale locale) {
        String name = tier(schemeId, tierId, locale);
        if (score == null) {
            return name;
        }
        String u = unit == null ? "" : " " + messages.getMessage("unit." + unit, null, unit, locale);
        return name + " · " + org.localis.app.shared.Figures.number(score, locale) + u;
    }
}
