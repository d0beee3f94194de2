package org.localis.scheme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A points-scheme criterion: an operation or component worth points when performed in the country
 * and all its prerequisites are performed too.
 *
 * @param points        the headline points: the single figure, or the largest of {@code values}
 * @param mandatoryFrom first period in which the criterion is mandatory, or null if never
 * @param from          first period in which it earns points, or null for all periods
 * @param until         last period in which it earns points, or null for all periods
 * @param values        points by vehicle category and/or powertrain
 * @param group         the decree's heading it belongs to (body, ICE engine, ...), or ""
 * @param oneOf         id of a set of alternative levels of which only the best earned counts, or ""
 * @param ratio         count ratio, or null
 * @param ladder        points from a ladder on a product input, or null
 * @param perUnit       points per step of a product input, or null
 * @param validFrom     first assessment date it applies on, or null
 * @param validTo       last assessment date it applies on, or null
 * @param coefficient   the coefficient class its points belong to (ice, rnd), or ""
 * @param certifiedBy   id of a scheme whose passing certificate, cited in the BOM, performs it, or ""
 * @param source        clause and amendment of the official text, or ""
 * @param noteRu        the note in Russian ({@code note-ru}), or the English one when the file has none
 * @param sourceRu      the source in Russian ({@code source-ru}), or the English one when the file has none
 */
public record Criterion(String code, BigDecimal points, List<String> requires, Integer mandatoryFrom,
                        Integer from, Integer until, String note, PointValues values, String group, String oneOf,
                        Ratio ratio, Ladder ladder, PerUnit perUnit, LocalDate validFrom, LocalDate validTo,
                        String coefficient, String certifiedBy, String source, String noteRu, String sourceRu) {

    public Criterion {
        requires = List.copyOf(requires);
        note = note == null ? "" : note;
        values = values == null ? PointValues.single(points) : values;
        group = group == null ? "" : group;
        oneOf = oneOf == null ? "" : oneOf;
        coefficient = coefficient == null ? "" : coefficient;
        certifiedBy = certifiedBy == null ? "" : certifiedBy;
        source = source == null ? "" : source;
        noteRu = noteRu == null || noteRu.isEmpty() ? note : noteRu;
        sourceRu = sourceRu == null || sourceRu.isEmpty() ? source : sourceRu;
    }

    /** Without Russian note and source ({@code note-ru}, {@code source-ru}): the English ones stand for them. */
    public Criterion(String code, BigDecimal points, List<String> requires, Integer mandatoryFrom, Integer from,
                     Integer until, String note, PointValues values, String group, String oneOf, Ratio ratio,
                     Ladder ladder, PerUnit perUnit, LocalDate validFrom, LocalDate validTo, String coefficient,
                     String certifiedBy, String source) {
        this(code, points, requires, mandatoryFrom, from, until, note, values, group, oneOf, ratio, ladder, perUnit,
                validFrom, validTo, coefficient, certifiedBy, source, null, null);
    }

    /** A criterion with one figure and none of the newer features. */
    public Criterion(String code, BigDecimal points, List<String> requires, Integer mandatoryFrom,
                     Integer from, Integer until, String note) {
        this(code, points, requires, mandatoryFrom, from, until, note, null, "", "", null, null, null, null, null,
                "", "", "");
    }

    public boolean mandatoryIn(int period) {
        return mandatoryFrom != null && period >= mandatoryFrom;
    }

    public boolean availableIn(int period) {
        return (from == null || period >= from) && (until == null || period <= until);
    }

    /** Whether it applies on an assessment date (its validFrom / validTo). */
    public boolean availableOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }
}
