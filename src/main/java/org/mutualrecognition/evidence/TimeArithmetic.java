package org.mutualrecognition.evidence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Time arithmetic of policy P-06 (RECOGNITION-RULES.md section 10). Dates are inclusive (P-06.1); month addition
 * is calendar addition with {@link LocalDate#plusMonths(long)}, which turns a day number that does not exist in
 * the target month into that month's last day, as P-06.3 requires. Quantities are exact (P-07.1).
 */
public final class TimeArithmetic {

    /** Days that count as one year in sums (P-06.4). */
    public static final long DAYS_PER_YEAR = 365;
    /** Days that count as one month in sums (P-06.4). */
    public static final long DAYS_PER_MONTH = 30;

    private TimeArithmetic() {
    }

    /** P-06.1: an experience period without {@code to} is ongoing and ends on {@code submittedOn}. */
    public static LocalDate endOrSubmitted(LocalDate to, LocalDate submittedOn) {
        return to != null ? to : submittedOn;
    }

    /** P-06.1: calendar days from {@code from} to {@code to}, both included; 0 when {@code to} is before {@code from}. */
    public static long days(LocalDate from, LocalDate to) {
        return Math.max(0, ChronoUnit.DAYS.between(from, to) + 1);
    }

    /**
     * P-06.2: merges periods (of one occupation and capacity group; grouping is the caller's business) whose next
     * {@code from} is at most one day after the latest {@code to} so far. Overlapping periods merge too. The result
     * is sorted by {@code from}.
     */
    public static List<MergedPeriod> merge(Collection<Period> periods) {
        List<Period> sorted = new ArrayList<>(periods);
        sorted.sort(Comparator.comparing(Period::from).thenComparing(Period::to));
        List<MergedPeriod> merged = new ArrayList<>();
        List<Period> parts = new ArrayList<>();
        LocalDate from = null;
        LocalDate to = null;
        for (Period p : sorted) {
            if (from != null && p.from().isAfter(to.plusDays(1))) {
                merged.add(new MergedPeriod(from, to, parts));
                parts = new ArrayList<>();
                from = null;
            }
            if (from == null) {
                from = p.from();
                to = p.to();
            } else if (p.to().isAfter(to)) {
                to = p.to();
            }
            parts.add(p);
        }
        if (from != null) {
            merged.add(new MergedPeriod(from, to, parts));
        }
        return merged;
    }

    /** P-06.3: a full-time period from {@code from} to {@code to} reaches N months iff to ≥ from + N months − 1 day. */
    public static boolean reachesMonths(LocalDate from, LocalDate to, int months) {
        return !to.isBefore(firstDayReachingMonths(from, months));
    }

    /** P-06.3: N years = 12·N months. 2017-07-01 to 2024-06-30 is exactly 7 years. */
    public static boolean reachesYears(LocalDate from, LocalDate to, int years) {
        return reachesMonths(from, to, 12 * years);
    }

    /**
     * P-06.3 and P-06.4 for one merged ("consecutive") period: a full-time merged period by the calendar rule, a
     * part-time one by its day count (days × fte ≥ 30·N).
     */
    public static boolean reachesMonths(MergedPeriod period, int months) {
        return period.fullTime()
                ? reachesMonths(period.from(), period.to(), months)
                : reachesMonthsBySum(period.parts(), months);
    }

    /** As {@link #reachesMonths(MergedPeriod, int)} for N years (calendar rule, or days × fte ≥ 365·N). */
    public static boolean reachesYears(MergedPeriod period, int years) {
        return period.fullTime()
                ? reachesYears(period.from(), period.to(), years)
                : reachesYearsBySum(period.parts(), years);
    }

    /** P-06.4: the sum of days × fte over the periods, exact. */
    public static BigDecimal fteDays(Collection<Period> periods) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Period p : periods) {
            sum = sum.add(p.fte().multiply(BigDecimal.valueOf(p.days())));
        }
        return sum;
    }

    /** P-06.4: N years summed ("cumulatively", part-time) need at least 365·N days × fte. */
    public static boolean reachesYearsBySum(Collection<Period> periods, int years) {
        return fteDays(periods).compareTo(BigDecimal.valueOf(DAYS_PER_YEAR * years)) >= 0;
    }

    /** P-06.4: N months summed need at least 30·N days × fte. */
    public static boolean reachesMonthsBySum(Collection<Period> periods, int months) {
        return fteDays(periods).compareTo(BigDecimal.valueOf(DAYS_PER_MONTH * months)) >= 0;
    }

    /** P-06.5: the first day of the look-back window [anchor − N years, anchor], e.g. the previous ten years. */
    public static LocalDate lookBackStart(LocalDate anchor, int years) {
        return anchor.minusYears(years);
    }

    /** P-06.5: the part of {@code period} inside the window [{@code windowFrom}, {@code windowTo}], if any. */
    public static Optional<Period> clip(Period period, LocalDate windowFrom, LocalDate windowTo) {
        LocalDate from = period.from().isBefore(windowFrom) ? windowFrom : period.from();
        LocalDate to = period.to().isAfter(windowTo) ? windowTo : period.to();
        return to.isBefore(from) ? Optional.empty() : Optional.of(new Period(from, to, period.fte()));
    }

    /** P-06.5: the part of {@code period} inside [anchor − N years, anchor], e.g. "during the previous ten years". */
    public static Optional<Period> clipToLookBack(Period period, LocalDate anchor, int years) {
        return clip(period, lookBackStart(anchor, years), anchor);
    }

    /**
     * P-06.5 (Annex IV "not ceased more than ten years before"): {@code lastDay} is on or after anchor − N years.
     * Exactly N years passes; one day more fails.
     */
    public static boolean endedWithinLookBack(LocalDate lastDay, LocalDate anchor, int years) {
        return !lastDay.isBefore(lookBackStart(anchor, years));
    }

    /** P-06.6: whole months of a period, the largest m with from + m months ≤ to + 1 day (0 if none). */
    public static long wholeMonths(LocalDate from, LocalDate to) {
        LocalDate end = to.plusDays(1);
        if (end.isBefore(from)) {
            return 0;
        }
        long m = ChronoUnit.MONTHS.between(from, end);
        while (!from.plusMonths(m + 1).isAfter(end)) {
            m++;
        }
        while (m > 0 && from.plusMonths(m).isAfter(end)) {
            m--;
        }
        return m;
    }

    /**
     * P-03 (RESPONSIBLE_CHARGE_EXCEEDS_EXPERIENCE): the period length in months rounded up, the smallest m ≥ 0 with
     * from + m months ≥ to + 1 day.
     */
    public static long monthsRoundedUp(LocalDate from, LocalDate to) {
        LocalDate end = to.plusDays(1);
        if (!end.isAfter(from)) {
            return 0;
        }
        long whole = wholeMonths(from, to);
        return from.plusMonths(whole).isEqual(end) ? whole : whole + 1;
    }

    /**
     * P-06.3 and P-06.7: the first day on which a full-time period starting on {@code start} (and still ongoing)
     * reaches N months: start + N months − 1 day.
     */
    public static LocalDate firstDayReachingMonths(LocalDate start, int months) {
        return start.plusMonths(months).minusDays(1);
    }

    /** As {@link #firstDayReachingMonths(LocalDate, int)} for N years (12·N months). */
    public static LocalDate firstDayReachingYears(LocalDate start, int years) {
        return firstDayReachingMonths(start, 12 * years);
    }

    /**
     * The largest sum of {@code fte} over the periods covering one calendar day (0 for no periods), found by
     * sweeping the period boundaries. P-03 EXPERIENCE_EXCEEDS_ELAPSED: more than 1 is more work than time elapsed.
     */
    public static BigDecimal peakFte(Collection<Period> periods) {
        Map<LocalDate, BigDecimal> changes = new TreeMap<>();
        for (Period p : periods) {
            changes.merge(p.from(), p.fte(), BigDecimal::add);
            changes.merge(p.to().plusDays(1), p.fte().negate(), BigDecimal::add);
        }
        BigDecimal current = BigDecimal.ZERO;
        BigDecimal peak = BigDecimal.ZERO;
        for (BigDecimal change : changes.values()) {
            current = current.add(change);
            if (current.compareTo(peak) > 0) {
                peak = current;
            }
        }
        return peak;
    }
}
