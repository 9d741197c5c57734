package org.mutualrecognition.evidence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * "At least N days of experience inside some window of Y years ending on or before submittedOn" (ASEAN CPA, P-18.3
 * with P-06.4 and P-06.5): the best window and, when it falls short and experience is ongoing, the first day a window
 * would reach the requirement (P-06.7).
 *
 * <p>A window ends on a day {@code e} and starts on {@code e} minus Y years (calendar subtraction, both days counted);
 * its sum is the days × fte of every period inside it, exactly. The sum changes its daily increment only where a
 * window end or start crosses a period's first or last day, where a start reaches the first period, and around
 * 28 February (where subtracting years holds a start for a day or skips one). Between two such days the sum is
 * linear, so the best window, and the latest of equally good ones, ends on one of them, and the first projected day
 * can be found inside one stretch. Only those days are evaluated, instead of every day since the first period
 * (a 40-year career was 14,600 days, each with BigDecimal sums: half a millisecond per decision).
 */
final class BestWindow {

    /** The best sum, the end of the latest window reaching it, and the projected first day (or null). */
    record Result(BigDecimal best, LocalDate end, LocalDate projected) {
    }

    private final List<Period> periods;
    private final LocalDate first;
    private final LocalDate submitted;
    private final int years;

    private BestWindow(List<Period> periods, LocalDate first, LocalDate submitted, int years) {
        this.periods = periods;
        this.first = first;
        this.submitted = submitted;
        this.years = years;
    }

    /**
     * @param periods    the counted periods, none ending after {@code submitted}; without any, nothing is counted and
     *                   the window is the one ending on {@code submitted}
     * @param ongoingFte the fte that continues after {@code submitted} (sum over ongoing periods), zero if none
     */
    static Result of(List<Period> periods, LocalDate submitted, int years, BigDecimal required, BigDecimal ongoingFte) {
        LocalDate first = periods.stream().map(Period::from).min(LocalDate::compareTo).orElse(null);
        if (first == null) {
            return new Result(BigDecimal.ZERO, submitted, null); // no period: no ongoing fte either
        }
        BestWindow window = new BestWindow(periods, first, submitted, years);
        BigDecimal best = null;
        LocalDate bestEnd = null;
        for (LocalDate end : window.turningDays(window.first, submitted)) {
            BigDecimal sum = window.pastSum(end);
            if (best == null || sum.compareTo(best) >= 0) {
                best = sum;
                bestEnd = end;
            }
        }
        LocalDate projected = null;
        if (best.compareTo(required) < 0 && ongoingFte.signum() > 0) {
            projected = window.firstReaching(required, ongoingFte, submitted.plusDays(1), submitted.plusYears(years + 1L));
        }
        return new Result(best, bestEnd, projected);
    }

    /** Days × fte inside the window ending on {@code end} (not after submittedOn), counted up to submittedOn. */
    private BigDecimal pastSum(LocalDate end) {
        LocalDate start = end.minusYears(years);
        LocalDate until = end.isAfter(submitted) ? submitted : end;
        BigDecimal sum = BigDecimal.ZERO;
        for (Period p : periods) {
            LocalDate from = p.from().isAfter(start) ? p.from() : start;
            LocalDate to = p.to().isBefore(until) ? p.to() : until;
            long days = TimeArithmetic.days(from, to);
            if (days > 0) {
                sum = sum.add(p.fte().multiply(BigDecimal.valueOf(days)));
            }
        }
        return sum;
    }

    /** A projected window: what was done up to submittedOn inside it, plus the ongoing fte for each later day. */
    private BigDecimal projectedSum(LocalDate end, BigDecimal ongoingFte) {
        LocalDate start = end.minusYears(years);
        BigDecimal past = start.isAfter(submitted) ? BigDecimal.ZERO : pastSum(end);
        LocalDate futureStart = start.isAfter(submitted) ? start : submitted.plusDays(1);
        return past.add(ongoingFte.multiply(BigDecimal.valueOf(TimeArithmetic.days(futureStart, end))));
    }

    /** The first day in [from, to] whose projected window reaches {@code required}, or null. */
    private LocalDate firstReaching(BigDecimal required, BigDecimal ongoingFte, LocalDate from, LocalDate to) {
        LocalDate previous = null;
        BigDecimal previousSum = null;
        for (LocalDate day : turningDays(from, to)) {
            BigDecimal sum = projectedSum(day, ongoingFte);
            if (previous != null && sum.compareTo(required) >= 0 && previous.plusDays(1).isBefore(day)) {
                // linear between the two turning days: the first day reaching it is found by division, then checked
                long span = TimeArithmetic.days(previous, day) - 1;
                BigDecimal step = sum.subtract(previousSum).divide(BigDecimal.valueOf(span), 40, RoundingMode.DOWN);
                long k = step.signum() > 0
                        ? required.subtract(previousSum).divide(step, 0, RoundingMode.CEILING).longValueExact() : span;
                LocalDate candidate = previous.plusDays(Math.max(1, Math.min(k, span)));
                return walkBack(candidate, previous, required, ongoingFte);
            }
            if (sum.compareTo(required) >= 0) {
                return day;
            }
            previous = day;
            previousSum = sum;
        }
        return null;
    }

    /** The first day after {@code after} and not after {@code candidate} that reaches {@code required}, checked day by day. */
    private LocalDate walkBack(LocalDate candidate, LocalDate after, BigDecimal required, BigDecimal ongoingFte) {
        LocalDate day = candidate;
        while (projectedSum(day, ongoingFte).compareTo(required) < 0) {
            day = day.plusDays(1); // the division rounded below the crossing: walk forward to it
        }
        while (day.minusDays(1).isAfter(after) && projectedSum(day.minusDays(1), ongoingFte).compareTo(required) >= 0) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** The days in [from, to] around which a window's sum may change its daily increment, with both ends. */
    private TreeSet<LocalDate> turningDays(LocalDate from, LocalDate to) {
        TreeSet<LocalDate> days = new TreeSet<>();
        List<LocalDate> edges = new ArrayList<>(List.of(first, submitted, submitted.plusDays(1)));
        for (Period p : periods) {
            edges.add(p.from());
            edges.add(p.to().plusDays(1));
        }
        for (LocalDate edge : edges) {
            around(days, edge, from, to);                 // a window's end crosses it
            around(days, edge.plusYears(years), from, to); // a window's start crosses it
        }
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            around(days, LocalDate.of(year, Month.FEBRUARY, 28), from, to); // minusYears holds or skips a start
            around(days, LocalDate.of(year, Month.MARCH, 1), from, to);
        }
        days.add(from);
        days.add(to);
        return days;
    }

    private static void around(TreeSet<LocalDate> days, LocalDate day, LocalDate from, LocalDate to) {
        for (int d = -2; d <= 2; d++) {
            LocalDate near = day.plusDays(d);
            if (!near.isBefore(from) && !near.isAfter(to)) {
                days.add(near);
            }
        }
    }
}
