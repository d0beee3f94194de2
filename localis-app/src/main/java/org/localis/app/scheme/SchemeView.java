package org.localis.app.scheme;

import java.math.BigDecimal;
import java.util.List;

import org.localis.scheme.Criterion;
import org.localis.scheme.PointsScheme;
import org.localis.scheme.Powertrain;
import org.localis.scheme.Scheme;
import org.localis.scheme.SchemeTable;
import org.localis.scheme.ValueShareScheme;

/** What the API and pages show of a scheme. */
public record SchemeView(String id, String version, String title, String titleRu, String kind, String unit,
                         boolean official, String source, String notes, List<String> territory, String method,
                         String originRule, boolean lowerIsBetter, List<PeriodView> periods, List<TierView> tiers,
                         List<CriterionView> criteria, List<OperationView> operations, String vehicleCategory,
                         List<PurposeView> purposes, List<CoefficientView> coefficients, List<String> carriedInFrom,
                         String sourceRu, String notesRu) {

    /** Whether a page in this language reads the Russian twins of the scheme file's texts. */
    static boolean russian(String language) {
        return "ru".equals(language);
    }

    /** The source in the page's language (the English one when the file has no Russian). */
    public String source(String language) {
        return russian(language) ? sourceRu : source;
    }

    /** The notes in the page's language (the English ones when the file has no Russian). */
    public String notes(String language) {
        return russian(language) ? notesRu : notes;
    }

    /** A threshold from a year, for a purpose (blank: the scheme's only one) and powertrains (empty: all). */
    public record PeriodView(int year, BigDecimal threshold, String note, String purpose, List<String> powertrains,
                             String noteRu) {
        public String note(String language) {
            return russian(language) ? noteRu : note;
        }
    }

    public record TierView(String id, String name, String nameRu, BigDecimal margin, String support, String supportRu) {
        public String support(String language) {
            return russian(language) ? supportRu : support;
        }
    }

    /**
     * @param pointsText the points as one number or the values per category/powertrain ("default 300, M2M3 100")
     * @param tags       one-of group, ratio, ladder steps, dates, coefficient, certificate (SchemeTable's wording)
     * @param groupTitle the group's title ({@code groups} of the file), or its id when the file does not name it
     */
    public record CriterionView(String code, String title, String titleRu, BigDecimal points, List<String> requires,
                                Integer mandatoryFrom, Integer from, Integer until, String note, String group,
                                String pointsText, List<String> tags, String source, String noteRu, String sourceRu,
                                String groupTitle, String groupTitleRu) {
        public String note(String language) {
            return russian(language) ? noteRu : note;
        }

        public String source(String language) {
            return russian(language) ? sourceRu : source;
        }

        public String groupTitle(String language) {
            return russian(language) ? groupTitleRu : groupTitle;
        }

        /** Whether the file names the group (its title is then text by language, not the group's id). */
        public boolean groupNamed() {
            return !group.isEmpty() && !group.equals(groupTitle);
        }
    }

    public record OperationView(String code, String title, String titleRu, String type) {
    }

    public record PurposeView(String id, String title, String titleRu, String note, String noteRu) {
    }

    public record CoefficientView(String id, String title, String titleRu, BigDecimal factor, String appliesTo,
                                  List<String> emissionStandards, String purpose, List<Integer> years, String source,
                                  String sourceRu) {
        public String source(String language) {
            return russian(language) ? sourceRu : source;
        }
    }

    public static SchemeView of(Scheme s) {
        PointsScheme ps = s instanceof PointsScheme p ? p : null;
        List<CriterionView> criteria = ps != null ? ps.criteria().stream().map(c -> criterion(s, c)).toList() : List.of();
        ValueShareScheme vs = s instanceof ValueShareScheme v ? v : null;
        return new SchemeView(s.id(), s.info().version(), s.info().title(), s.info().titleRu(), s.kind(), s.unit(),
                s.info().official(), s.info().source(), s.info().notes(), s.territory().stream().sorted().toList(),
                vs == null ? null : vs.method().code(), vs == null ? null : vs.originRule().code(), s.lowerIsBetter(),
                s.periods().stream().map(p -> new PeriodView(p.year(), p.threshold(), p.note(), p.purpose(),
                        p.powertrains().stream().map(Powertrain::code).sorted().toList(), p.noteRu())).toList(),
                s.tiers().stream().map(t -> new TierView(t.id(), t.name(), t.nameRu(), t.margin(), t.support(),
                        t.supportRu())).toList(),
                criteria,
                s.operations().values().stream().map(o -> new OperationView(o.code(), o.title(), o.titleRu(),
                        o.type().name().toLowerCase(java.util.Locale.ROOT))).toList(),
                ps == null || ps.vehicleCategory() == null ? null : ps.vehicleCategory().code(),
                s.purposes().stream().map(p -> new PurposeView(p.id(), p.title(), p.titleRu(), p.note(), p.noteRu())).toList(),
                ps == null ? List.of() : ps.coefficients().stream().map(k -> new CoefficientView(k.id(), k.title(),
                        k.titleRu(), k.factor(), k.appliesTo(), k.standardsSorted(), k.purpose(),
                        k.years().stream().sorted().toList(), k.source(), k.sourceRu())).toList(),
                ps == null ? List.of() : ps.carriedInFrom().stream().sorted().toList(), s.info().sourceRu(),
                s.info().notesRu());
    }

    /** The title of a purpose id in the page's language (the id itself when the scheme does not name it). */
    public String purposeTitle(String purposeId, String language) {
        return purposes.stream().filter(p -> p.id().equals(purposeId)).findFirst()
                .map(p -> "ru".equals(language) ? p.titleRu() : p.title()).orElse(purposeId);
    }

    /** Whether the criteria table needs the group, values and tags columns (vehicle schemes). */
    public boolean detailed() {
        return criteria.stream().anyMatch(c -> !c.group().isEmpty() || !c.tags().isEmpty());
    }

    private static CriterionView criterion(Scheme s, Criterion c) {
        var def = s.operations().get(c.code());
        var group = s instanceof PointsScheme ps ? ps.group(c.group()).orElse(null) : null;
        return new CriterionView(c.code(), def.title(), def.titleRu(), c.points(), c.requires(), c.mandatoryFrom(),
                c.from(), c.until(), c.note(), c.group(), SchemeTable.pointsText(c), SchemeTable.tags(c), c.source(),
                c.noteRu(), c.sourceRu(), group == null ? c.group() : group.title(), group == null ? c.group() : group.titleRu());
    }
}
