package org.localis.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * A period over which net cost and VNM are summed (SOR/2020-155 s. 7(15): a month, a consecutive three- or
 * six-month period that falls within the fiscal year and divides evenly into the months of it remaining at its
 * start, or the fiscal year; s. 16(4)-(5): declared periods such as 1 July 2020 to the end of the following fiscal
 * year).
 */
public record AveragingPeriod(Kind kind, LocalDate from, LocalDate to) {

    public enum Kind { MONTH, THREE_MONTHS, SIX_MONTHS, FISCAL_YEAR, DECLARED }

    public AveragingPeriod {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
    }

    public static AveragingPeriod month(int year, int month) {
        LocalDate f = LocalDate.of(year, month, 1);
        return new AveragingPeriod(Kind.MONTH, f, f.plusMonths(1).minusDays(1));
    }

    public static AveragingPeriod fiscalYear(LocalDate start) {
        return new AveragingPeriod(Kind.FISCAL_YEAR, start, start.plusYears(1).minusDays(1));
    }

    /** A declared period (s. 16(4)-(5)); any dates. */
    public static AveragingPeriod declared(LocalDate from, LocalDate to) {
        return new AveragingPeriod(Kind.DECLARED, from, to);
    }

    /**
     * A three- or six-month period starting on the first day of a month of the fiscal year that starts on
     * {@code fiscalYearStart} each year.
     *
     * @throws IllegalArgumentException when the period does not fall within the fiscal year or does not divide
     *                                  evenly into the months remaining at its start (s. 7(15)(a)(ii))
     */
    public static AveragingPeriod months(LocalDate from, int months, MonthDay fiscalYearStart) {
        if (months != 3 && months != 6) {
            throw new IllegalArgumentException("a period of s. 7(15)(a)(ii) is three or six months");
        }
        LocalDate fyStart = fiscalYearStart.atYear(from.getYear());
        if (fyStart.isAfter(from)) {
            fyStart = fyStart.minusYears(1);
        }
        Period sinceStart = Period.between(fyStart, from);
        if (sinceStart.getDays() != 0) {
            throw new IllegalArgumentException("the period must start on the day a month of the fiscal year starts ("
                    + fiscalYearStart.getDayOfMonth() + ")");
        }
        int remaining = 12 - (int) sinceStart.toTotalMonths();
        if (remaining % months != 0) {
            throw new IllegalArgumentException("a " + months + "-month period starting " + from + " does not divide evenly into the "
                    + remaining + " months of the fiscal year remaining (s. 7(15)(a)(ii))");
        }
        return new AveragingPeriod(months == 3 ? Kind.THREE_MONTHS : Kind.SIX_MONTHS, from,
                from.plusMonths(months).minusDays(1));
    }

    /** Net cost and VNM of the good over one part of a period (e.g. one month's cost statement). */
    public record Part(String label, BigDecimal netCost, BigDecimal vnm) {
    }

    /** The averaged RVC of a period against the threshold in force on its dates. */
    public record Result(AveragingPeriod period, BigDecimal netCost, BigDecimal vnm, BigDecimal rvc, BigDecimal threshold,
                         boolean meets, List<String> explanation) {
        public Result {
            explanation = List.copyOf(explanation);
        }
    }

    /** Sums net cost and VNM over the parts (s. 7(15)(b)) and compares the RVC with the threshold applying. */
    public Result average(List<Part> parts, ThresholdSchedule thresholds) {
        BigDecimal nc = BigDecimal.ZERO;
        BigDecimal vnm = BigDecimal.ZERO;
        List<String> ex = new ArrayList<>();
        List<String> ncTerms = new ArrayList<>();
        List<String> vnmTerms = new ArrayList<>();
        for (Part p : parts) {
            nc = nc.add(p.netCost());
            vnm = vnm.add(p.vnm());
            ncTerms.add(Money.show(p.netCost()));
            vnmTerms.add(Money.show(p.vnm()));
        }
        ex.add("period " + from + " to " + to + " (" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")");
        ex.add("net cost = " + String.join(" + ", ncTerms) + " = " + Money.show(nc));
        ex.add("VNM = " + String.join(" + ", vnmTerms) + " = " + Money.show(vnm));
        BigDecimal rvc = Rvc.netCost(nc, vnm);
        ThresholdSchedule.Applied t = thresholds.forPeriod(from, to);
        ex.addAll(t.explanation());
        boolean meets = rvc.compareTo(t.threshold()) >= 0;
        ex.add("RVC = (" + Money.show(nc) + " − " + Money.show(vnm) + ") ÷ " + Money.show(nc) + " × 100 = "
                + Money.plain(Rvc.round(rvc, 2)) + "% " + (meets ? "≥ " : "< ") + Money.plain(t.threshold()) + "%");
        return new Result(this, nc, vnm, rvc, t.threshold(), meets, ex);
    }
}
