package org.localis.app.scheme;

import java.math.BigDecimal;
import java.util.List;

import org.localis.scheme.Criterion;
import org.localis.scheme.PointsScheme;
import org.localis.scheme.Scheme;
import org.localis.scheme.ValueShareScheme;

/** What the API and pages show of a scheme. */
public record SchemeView(String id, String version, String title, String titleRu, String kind, String unit,
                         boolean official, String source, String notes, List<String> territory, String method,
                         String originRule, boolean lowerIsBetter, List<PeriodView> periods, List<TierView> tiers,
                         List<CriterionView> criteria, List<OperationView> operations) {

    public record PeriodView(int year, BigDecimal threshold, String note) {
    }

    public record TierView(String id, String name, String nameRu, BigDecimal margin, String support) {
    }

    public record CriterionView(String code, String title, String titleRu, BigDecimal points, List<String> requires,
                                Integer mandatoryFrom, Integer from, Integer until, String note) {
    }

    public record OperationView(String code, String title, String titleRu, String type) {
    }

    public static SchemeView of(Scheme s) {
        List<CriterionView> criteria = s instanceof PointsScheme ps ? ps.criteria().stream().map(c -> criterion(s, c)).toList() : List.of();
        ValueShareScheme vs = s instanceof ValueShareScheme v ? v : null;
        return new SchemeView(s.id(), s.info().version(), s.info().title(), s.info().titleRu(), s.kind(), s.unit(),
                s.info().official(), s.info().source(), s.info().notes(), s.territory().stream().sorted().toList(),
                vs == null ? null : vs.method().code(), vs == null ? null : vs.originRule().code(), s.lowerIsBetter(),
                s.periods().stream().map(p -> new PeriodView(p.year(), p.threshold(), p.note())).toList(),
                s.tiers().stream().map(t -> new TierView(t.id(), t.name(), t.nameRu(), t.margin(), t.support())).toList(),
                criteria,
                s.operations().values().stream().map(o -> new OperationView(o.code(), o.title(), o.titleRu(),
                        o.type().name().toLowerCase(java.util.Locale.ROOT))).toList());
    }

    private static CriterionView criterion(Scheme s, Criterion c) {
        var def = s.operations().get(c.code());
        return new CriterionView(c.code(), def.title(), def.titleRu(), c.points(), c.requires(), c.mandatoryFrom(),
                c.from(), c.until(), c.note());
    }
}
