package org.mutualrecognition.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link BestWindow} evaluates only the days where a window's sum can turn; it must give exactly what walking every day
 * gives (the day-by-day computation it replaced, kept below as the oracle): the best sum, the end of the latest best
 * window, and the first projected day.
 */
class BestWindowProperties {

    record Case(List<Period> periods, List<Boolean> ongoing, LocalDate submitted, int years, BigDecimal required) {

        BigDecimal ongoingFte() {
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < periods.size(); i++) {
                if (ongoing.get(i)) {
                    sum = sum.add(periods.get(i).fte());
                }
            }
            return sum;
        }
    }

    @Property(tries = 400)
    void gives_what_walking_every_day_gives(@ForAll("cases") Case c) {
        BestWindow.Result expected = dayByDay(c);
        BestWindow.Result actual = BestWindow.of(c.periods(), c.submitted(), c.years(), c.required(), c.ongoingFte());

        assertThat(actual.best()).as("best sum of %s", c).isEqualByComparingTo(expected.best());
        assertThat(actual.end()).as("end of the latest best window of %s", c).isEqualTo(expected.end());
        assertThat(actual.projected()).as("first projected day of %s", c).isEqualTo(expected.projected());
    }

    @Example
    void a_forty_year_career_with_a_leap_day_window() {
        LocalDate submitted = LocalDate.of(2024, 2, 29);
        Case c = new Case(List.of(new Period(LocalDate.of(1984, 1, 1), LocalDate.of(1999, 6, 30), new BigDecimal("0.5")),
                new Period(LocalDate.of(2020, 2, 29), submitted, new BigDecimal("0.75"))),
                List.of(false, true), submitted, 4, BigDecimal.valueOf(3 * 365));
        gives_what_walking_every_day_gives(c);
    }

    /** No counted period (none, or only periods of no workload): nothing counted, the window ending on submittedOn. */
    @Example
    void without_a_counted_period_nothing_is_counted() {
        LocalDate submitted = LocalDate.of(2024, 3, 1);
        BestWindow.Result result = BestWindow.of(List.of(), submitted, 5, BigDecimal.valueOf(1095), BigDecimal.ZERO);
        assertThat(result.best()).isZero();
        assertThat(result.end()).isEqualTo(submitted);
        assertThat(result.projected()).isNull();
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<LocalDate> submitted = Arbitraries.longs()
                .between(LocalDate.of(2004, 1, 1).toEpochDay(), LocalDate.of(2030, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);
        Arbitrary<BigDecimal> fte = Arbitraries.of("1", "0.5", "0.75", "0.2", "0.6", "0.8").map(BigDecimal::new);
        Arbitrary<List<long[]>> spans = Arbitraries.longs().between(0, 16_000).list().ofMinSize(2).ofMaxSize(8)
                .map(ends -> {
                    List<long[]> out = new ArrayList<>();
                    for (int i = 0; i + 1 < ends.size(); i += 2) {
                        long a = Math.min(ends.get(i), ends.get(i + 1));
                        long b = Math.max(ends.get(i), ends.get(i + 1));
                        out.add(new long[] {a, b}); // days before submittedOn: start, end
                    }
                    return out;
                });
        return Combinators.combine(submitted, spans, fte.list().ofSize(4), Arbitraries.of(true, false).list().ofSize(4),
                Arbitraries.of(3, 4, 5, 10), Arbitraries.integers().between(30, 4_000)).as((sub, sp, ftes, ongoing, years, req) -> {
            List<Period> periods = new ArrayList<>();
            List<Boolean> ongoingFlags = new ArrayList<>();
            for (int i = 0; i < sp.size(); i++) {
                boolean isOngoing = ongoing.get(i);
                LocalDate from = sub.minusDays(sp.get(i)[1]);
                LocalDate to = isOngoing ? sub : sub.minusDays(sp.get(i)[0]);
                periods.add(new Period(from, to, ftes.get(i)));
                ongoingFlags.add(isOngoing);
            }
            return new Case(periods, ongoingFlags, sub, years, BigDecimal.valueOf(req));
        });
    }

    /** The computation BestWindow replaced (AseanFacts before 2026-11-30): every day since the first period. */
    static BestWindow.Result dayByDay(Case c) {
        LocalDate submitted = c.submitted();
        int window = c.years();
        LocalDate first = c.periods().stream().map(Period::from).min(LocalDate::compareTo).orElseThrow();
        int n = (int) TimeArithmetic.days(first, submitted);
        BigDecimal[] prefix = new BigDecimal[n + 1];
        BigDecimal[] perDay = new BigDecimal[n];
        Arrays.fill(perDay, BigDecimal.ZERO);
        for (Period p : c.periods()) {
            int a = (int) ChronoUnit.DAYS.between(first, p.from());
            int b = (int) ChronoUnit.DAYS.between(first, p.to());
            for (int d = a; d <= b; d++) {
                perDay[d] = perDay[d].add(p.fte());
            }
        }
        prefix[0] = BigDecimal.ZERO;
        for (int d = 0; d < n; d++) {
            prefix[d + 1] = prefix[d].add(perDay[d]);
        }
        BigDecimal best = BigDecimal.ZERO;
        LocalDate bestEnd = submitted;
        for (int e = 0; e < n; e++) {
            LocalDate end = first.plusDays(e);
            LocalDate start = end.minusYears(window);
            int s = start.isAfter(first) ? (int) ChronoUnit.DAYS.between(first, start) : 0;
            BigDecimal sum = prefix[e + 1].subtract(prefix[s]);
            if (sum.compareTo(best) >= 0) {
                best = sum;
                bestEnd = end;
            }
        }
        BigDecimal ongoingFte = c.ongoingFte();
        LocalDate projected = null;
        if (best.compareTo(c.required()) < 0 && ongoingFte.signum() > 0) {
            LocalDate limit = submitted.plusYears(window + 1L);
            for (LocalDate end = submitted.plusDays(1); !end.isAfter(limit); end = end.plusDays(1)) {
                LocalDate start = end.minusYears(window);
                BigDecimal past = BigDecimal.ZERO;
                if (!start.isAfter(submitted)) {
                    int s = start.isAfter(first) ? (int) ChronoUnit.DAYS.between(first, start) : 0;
                    past = prefix[n].subtract(prefix[s]);
                }
                LocalDate futureStart = start.isAfter(submitted) ? start : submitted.plusDays(1);
                BigDecimal future = ongoingFte.multiply(BigDecimal.valueOf(TimeArithmetic.days(futureStart, end)));
                if (past.add(future).compareTo(c.required()) >= 0) {
                    projected = end;
                    break;
                }
            }
        }
        return new BestWindow.Result(best, bestEnd, projected);
    }
}
