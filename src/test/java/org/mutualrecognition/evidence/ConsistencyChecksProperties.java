package org.mutualrecognition.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.mutualrecognition.decision.RuleSetFiles;
import org.mutualrecognition.knowledge.KnowledgeBase;

/**
 * Properties of the consistency checks (P-03) and the time arithmetic (P-06) for random valid periods, with jqwik.
 * Each property runs a few hundred tries, so that the suite stays fast; a failure prints its shrunk example and the
 * seed to replay it.
 */
class ConsistencyChecksProperties {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final LocalDate SUBMITTED_ON = LocalDate.parse("2024-06-30");
    /** The earliest day a generated period starts: about 34 years before submission. */
    private static final LocalDate EARLIEST = LocalDate.parse("1990-01-01");
    private static final int SPAN = (int) (SUBMITTED_ON.toEpochDay() - EARLIEST.toEpochDay());
    private static final ConsistencyChecks CHECKS = new ConsistencyChecks(
            new KnowledgeBase(RuleSetFiles.fromDirectory(Path.of(".")).files(), JSON));

    // ------------------------------------------------------------------------ EXPERIENCE_EXCEEDS_ELAPSED

    /** Periods that follow each other day after day (any FTE up to 1) never add up to more than 1 FTE on a day. */
    @Property(tries = 300)
    void touchingPeriodsNeverExceedOneFte(@ForAll("touchingPeriods") List<Period> periods, @ForAll long seed) {
        assertThat(TimeArithmetic.peakFte(periods)).isLessThanOrEqualTo(BigDecimal.ONE);
        List<Period> shuffled = new ArrayList<>(periods);
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(codes(CHECKS.check(withExperience(shuffled)))).doesNotContain("EXPERIENCE_EXCEEDS_ELAPSED");
    }

    /** Two full-time periods that share at least one day are more work than time elapsed, whatever else. */
    @Property(tries = 300)
    void twoOverlappingFullTimePeriodsAlwaysExceedElapsed(@ForAll("overlappingFullTimePairs") List<Period> pair,
                                                           @ForAll boolean ongoingAsAbsentTo) {
        ObjectNode app = withExperience(pair);
        if (ongoingAsAbsentTo) {
            // a period that ends on submittedOn may as well be ongoing (no "to", P-06.1)
            for (var e : ((ArrayNode) app.get("experience"))) {
                if (SUBMITTED_ON.toString().equals(e.path("to").asText())) {
                    ((ObjectNode) e).remove("to");
                }
            }
        }
        assertThat(codes(CHECKS.check(app))).contains("EXPERIENCE_EXCEEDS_ELAPSED");
        assertThat(TimeArithmetic.peakFte(pair)).isEqualByComparingTo("2");
    }

    // ------------------------------------------------------------------------ RESPONSIBLE_CHARGE_EXCEEDS_EXPERIENCE

    /**
     * The period's months rounded up (the smallest m with from + m months ≥ to + 1 day) are the most responsible
     * charge it can hold: exactly that many never give a finding; one more, or any fraction more, always does.
     */
    @Property(tries = 300)
    void responsibleChargeUpToTheRoundedUpMonths(@ForAll("periods") Period period,
                                                 @ForAll @IntRange(min = 1, max = 99) int hundredths) {
        long months = TimeArithmetic.monthsRoundedUp(period.from(), period.to());
        LocalDate end = period.to().plusDays(1);
        assertThat(period.from().plusMonths(months)).isAfterOrEqualTo(end);
        if (months > 0) {
            assertThat(period.from().plusMonths(months - 1)).isBefore(end);
        }

        BigDecimal exact = BigDecimal.valueOf(months);
        assertThat(responsibleChargeFindings(period, exact)).isEmpty();
        assertThat(responsibleChargeFindings(period, exact.add(BigDecimal.ONE))).hasSize(1);
        assertThat(responsibleChargeFindings(period, exact.add(BigDecimal.valueOf(hundredths, 2)))).hasSize(1);
    }

    // ------------------------------------------------------------------------ WORKLOAD_INCONSISTENT

    /**
     * A full-time qualification with ects = rate × durationYears exactly: no finding for a rate in [45, 75], a finding
     * for any rate outside, to the last decimal (no floating point decides the boundary).
     */
    @Property(tries = 400)
    void workloadFindingExactlyOutside45To75EctsAYear(@ForAll("rates") BigDecimal rate,
                                                      @ForAll("durations") BigDecimal years) {
        BigDecimal ects = rate.multiply(years);
        ObjectNode app = application();
        app.putArray("qualifications").addObject().put("title", "Qualification").put("country", "PH")
                .put("durationYears", years).put("ects", ects);
        boolean inside = rate.compareTo(BigDecimal.valueOf(45)) >= 0 && rate.compareTo(BigDecimal.valueOf(75)) <= 0;

        assertThat(codes(CHECKS.check(app)).contains("WORKLOAD_INCONSISTENT"))
                .as("%s ECTS in %s years (%s a year)", ects.toPlainString(), years.toPlainString(), rate.toPlainString())
                .isEqualTo(!inside);

        ((ObjectNode) ((ArrayNode) app.get("qualifications")).get(0)).put("fullTime", false);
        assertThat(codes(CHECKS.check(app))).doesNotContain("WORKLOAD_INCONSISTENT");
    }

    // ------------------------------------------------------------------------ P-06.3 reaching N months

    /** Reaching N months is monotone in {@code to}, and the first day that reaches it is from + N months − 1 day. */
    @Property(tries = 400)
    void reachingMonthsIsMonotoneInTo(@ForAll("days") LocalDate from, @ForAll @IntRange(min = 1, max = 480) int months,
                                      @ForAll @IntRange(min = 0, max = 15_000) int a, @ForAll @IntRange(min = 0, max = 15_000) int b) {
        LocalDate earlier = from.plusDays(Math.min(a, b));
        LocalDate later = from.plusDays(Math.max(a, b));
        if (TimeArithmetic.reachesMonths(from, earlier, months)) {
            assertThat(TimeArithmetic.reachesMonths(from, later, months)).isTrue();
        }
        LocalDate first = TimeArithmetic.firstDayReachingMonths(from, months);
        assertThat(TimeArithmetic.reachesMonths(from, first, months)).isTrue();
        assertThat(TimeArithmetic.reachesMonths(from, first.minusDays(1), months)).isFalse();
        assertThat(TimeArithmetic.reachesMonths(from, earlier, months)).isEqualTo(!earlier.isBefore(first));
        // and antitone in N: what reaches N months reaches every shorter length
        if (TimeArithmetic.reachesMonths(from, earlier, months)) {
            assertThat(TimeArithmetic.reachesMonths(from, earlier, months - 1)).isTrue();
        }
    }

    // ------------------------------------------------------------------------ P-06.2 merging

    /** Merging does not depend on the order of the periods, and merging merged periods changes nothing. */
    @Property(tries = 300)
    void mergeIsOrderIndependentAndIdempotent(@ForAll("periodLists") List<Period> periods, @ForAll long seed) {
        List<MergedPeriod> merged = TimeArithmetic.merge(periods);
        List<Period> shuffled = new ArrayList<>(periods);
        Collections.shuffle(shuffled, new Random(seed));
        List<MergedPeriod> again = TimeArithmetic.merge(shuffled);

        assertThat(spans(again)).isEqualTo(spans(merged));
        for (int i = 0; i < merged.size(); i++) {
            assertThat(again.get(i).parts()).containsExactlyInAnyOrderElementsOf(merged.get(i).parts());
        }
        List<Period> asPeriods = merged.stream().map(m -> Period.fullTime(m.from(), m.to())).toList();
        assertThat(spans(TimeArithmetic.merge(asPeriods))).isEqualTo(spans(merged));

        // the merged periods are sorted, separated by at least one day, and hold every period exactly once
        for (int i = 1; i < merged.size(); i++) {
            assertThat(merged.get(i).from()).isAfter(merged.get(i - 1).to().plusDays(1));
        }
        assertThat(merged.stream().mapToInt(m -> m.parts().size()).sum()).isEqualTo(periods.size());
        for (MergedPeriod m : merged) {
            for (Period p : m.parts()) {
                assertThat(p.from()).isAfterOrEqualTo(m.from());
                assertThat(p.to()).isBeforeOrEqualTo(m.to());
            }
        }
    }

    // ------------------------------------------------------------------------ generators

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, SPAN).map(EARLIEST::plusDays);
    }

    /** A valid period ending on or before submittedOn. */
    @Provide
    Arbitrary<Period> periods() {
        return Combinators.combine(days(), days(), ftes()).as((x, y, fte) -> new Period(
                x.isBefore(y) ? x : y, x.isBefore(y) ? y : x, fte));
    }

    @Provide
    Arbitrary<List<Period>> periodLists() {
        Arbitrary<Period> shortPeriods = Combinators.combine(days(), Arbitraries.integers().between(0, 1500), ftes())
                .as((from, length, fte) -> new Period(from, min(from.plusDays(length), SUBMITTED_ON), fte));
        return shortPeriods.list().ofMinSize(1).ofMaxSize(10);
    }

    /** 1 to 8 periods, each starting the day after the previous one ends, all before submittedOn. */
    @Provide
    Arbitrary<List<Period>> touchingPeriods() {
        Arbitrary<List<Integer>> lengths = Arbitraries.integers().between(1, 1500).list().ofMinSize(1).ofMaxSize(8);
        Arbitrary<List<BigDecimal>> ftes = ftes().list().ofSize(8);
        return Combinators.combine(lengths, ftes, Arbitraries.integers().between(0, 3000)).as((ls, fs, slack) -> {
            long total = ls.stream().mapToLong(Integer::longValue).sum();
            LocalDate from = SUBMITTED_ON.minusDays(total + slack - 1);
            List<Period> out = new ArrayList<>();
            for (int i = 0; i < ls.size(); i++) {
                LocalDate to = from.plusDays(ls.get(i) - 1);
                out.add(new Period(from, to, fs.get(i)));
                from = to.plusDays(1);
            }
            return out;
        });
    }

    /** Two full-time periods with at least one day in common. */
    @Provide
    Arbitrary<List<Period>> overlappingFullTimePairs() {
        return Combinators.combine(periods(), Arbitraries.integers().between(0, 1000),
                Arbitraries.integers().between(0, 1000), Arbitraries.doubles().between(0, 1)).as((a, before, after, at) -> {
            // a day of a, then b around it
            long length = a.to().toEpochDay() - a.from().toEpochDay();
            LocalDate shared = a.from().plusDays(Math.round(length * at));
            LocalDate bFrom = max(shared.minusDays(before), EARLIEST);
            LocalDate bTo = min(shared.plusDays(after), SUBMITTED_ON);
            return List.of(Period.fullTime(a.from(), a.to()), Period.fullTime(bFrom, bTo));
        });
    }

    /** FTE in (0, 1] in hundredths, 1 often. */
    @Provide
    Arbitrary<BigDecimal> ftes() {
        return Arbitraries.oneOf(Arbitraries.just(BigDecimal.ONE),
                Arbitraries.bigDecimals().between(new BigDecimal("0.01"), BigDecimal.ONE).ofScale(2));
    }

    /** ECTS a year: anything from 30 to 90 to four decimals, and the boundaries and their neighbours often. */
    @Provide
    Arbitrary<BigDecimal> rates() {
        return Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(BigDecimal.valueOf(30), BigDecimal.valueOf(90)).ofScale(4),
                Arbitraries.of(new BigDecimal("45"), new BigDecimal("75"), new BigDecimal("44.9999"),
                        new BigDecimal("75.0001"), new BigDecimal("45.0001"), new BigDecimal("74.9999")));
    }

    /** durationYears in (0, 8], in hundredths. */
    @Provide
    Arbitrary<BigDecimal> durations() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), BigDecimal.valueOf(8)).ofScale(2);
    }

    // ------------------------------------------------------------------------ helpers

    private static List<String> responsibleChargeFindings(Period period, BigDecimal months) {
        ObjectNode app = withExperience(List.of(period));
        ((ObjectNode) ((ArrayNode) app.get("experience")).get(0)).put("capacity", "RESPONSIBLE_CHARGE")
                .put("responsibleChargeMonths", months);
        return codes(CHECKS.check(app)).stream().filter("RESPONSIBLE_CHARGE_EXCEEDS_EXPERIENCE"::equals).toList();
    }

    /** A minimal schema-valid application without findings (civil engineer, PH to SG) with the given experience. */
    private static ObjectNode application() {
        ObjectNode app = JSON.createObjectNode();
        app.put("reference", "PROPERTY");
        app.put("submittedOn", SUBMITTED_ON.toString());
        app.put("purpose", "PRACTICE");
        app.put("home", "PH");
        app.put("host", "SG");
        app.putObject("occupation").put("isco08", "2142").put("title", "Civil engineer");
        return app;
    }

    private static ObjectNode withExperience(List<Period> periods) {
        ObjectNode app = application();
        ArrayNode experience = app.putArray("experience");
        for (Period p : periods) {
            ObjectNode e = experience.addObject().put("jurisdiction", "PH").put("occupation", "2142")
                    .put("capacity", "EMPLOYED").put("from", p.from().toString()).put("to", p.to().toString());
            if (p.fte().compareTo(BigDecimal.ONE) != 0) {
                e.put("fte", p.fte());
            }
        }
        return app;
    }

    private static List<String> codes(List<ValidationFinding> findings) {
        return findings.stream().map(ValidationFinding::code).toList();
    }

    private static List<String> spans(List<MergedPeriod> merged) {
        return merged.stream().sorted(Comparator.comparing(MergedPeriod::from)).map(m -> m.from() + "/" + m.to()).toList();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
