package org.mutualrecognition.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** P-06: time arithmetic. */
class TimeArithmeticTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Period fullTime(String from, String to) {
        return Period.fullTime(d(from), d(to));
    }

    private static Period partTime(String from, String to, String fte) {
        return new Period(d(from), d(to), new BigDecimal(fte));
    }

    @Test
    void daysAreInclusive() {
        assertThat(TimeArithmetic.days(d("2024-01-01"), d("2024-01-01"))).isEqualTo(1);
        assertThat(TimeArithmetic.days(d("2024-01-01"), d("2024-12-31"))).isEqualTo(366);
        assertThat(fullTime("2023-01-01", "2023-12-31").days()).isEqualTo(365);
        assertThat(TimeArithmetic.days(d("2024-01-02"), d("2024-01-01"))).isZero();
    }

    @Test
    void anOngoingPeriodEndsOnSubmittedOn() {
        assertThat(TimeArithmetic.endOrSubmitted(null, d("2024-06-30"))).isEqualTo(d("2024-06-30"));
        assertThat(TimeArithmetic.endOrSubmitted(d("2023-01-31"), d("2024-06-30"))).isEqualTo(d("2023-01-31"));
    }

    @Test
    void sevenYearsExampleOfP063() {
        assertThat(TimeArithmetic.reachesYears(d("2017-07-01"), d("2024-06-30"), 7)).isTrue();
        assertThat(TimeArithmetic.reachesYears(d("2017-07-01"), d("2024-06-29"), 7)).isFalse();
        assertThat(TimeArithmetic.reachesMonths(d("2017-07-01"), d("2024-06-30"), 84)).isTrue();
        assertThat(TimeArithmetic.reachesMonths(d("2017-07-01"), d("2024-06-30"), 85)).isFalse();
    }

    @Test
    void monthAdditionClampsToTheMonthEnd() {
        // 2020-01-31 + 1 month = 2020-02-29 (leap year), minus one day: one month is reached on 2020-02-28
        assertThat(TimeArithmetic.firstDayReachingMonths(d("2020-01-31"), 1)).isEqualTo(d("2020-02-28"));
        assertThat(TimeArithmetic.reachesMonths(d("2020-01-31"), d("2020-02-28"), 1)).isTrue();
        assertThat(TimeArithmetic.reachesMonths(d("2020-01-31"), d("2020-02-27"), 1)).isFalse();
        assertThat(TimeArithmetic.firstDayReachingMonths(d("2021-01-31"), 1)).isEqualTo(d("2021-02-27"));
    }

    @Test
    void firstDayReachingYearsOfAnOngoingPeriod() {
        assertThat(TimeArithmetic.firstDayReachingYears(d("2017-07-01"), 7)).isEqualTo(d("2024-06-30"));
        assertThat(TimeArithmetic.firstDayReachingYears(d("2020-02-29"), 1)).isEqualTo(d("2021-02-27"));
    }

    @Test
    void periodsMergeWhenTheNextStartsTheDayAfter() {
        List<MergedPeriod> merged = TimeArithmetic.merge(List.of(
                fullTime("2021-01-01", "2021-12-31"),
                fullTime("2020-01-01", "2020-12-31")));

        assertThat(merged).hasSize(1);
        assertThat(merged.get(0).from()).isEqualTo(d("2020-01-01"));
        assertThat(merged.get(0).to()).isEqualTo(d("2021-12-31"));
        assertThat(merged.get(0).parts()).hasSize(2);
    }

    @Test
    void periodsWithAOneDayGapDoNotMerge() {
        // 2021-01-01 is not worked: the next from is two days after the previous to
        List<MergedPeriod> merged = TimeArithmetic.merge(List.of(
                fullTime("2020-01-01", "2020-12-31"),
                fullTime("2021-01-02", "2021-12-31")));

        assertThat(merged).extracting(MergedPeriod::from).containsExactly(d("2020-01-01"), d("2021-01-02"));
    }

    @Test
    void overlappingAndContainedPeriodsMerge() {
        List<MergedPeriod> merged = TimeArithmetic.merge(List.of(
                fullTime("2020-01-01", "2022-12-31"),
                fullTime("2020-06-01", "2020-08-31"),
                fullTime("2023-01-01", "2023-03-31"),
                fullTime("2023-05-01", "2023-05-31")));

        assertThat(merged).hasSize(2);
        assertThat(merged.get(0).to()).isEqualTo(d("2023-03-31"));
        assertThat(merged.get(1).from()).isEqualTo(d("2023-05-01"));
    }

    @Test
    void mergedPeriodLengthByCalendarWhenFullTimeByDaySumWhenPartTime() {
        MergedPeriod fullTime = TimeArithmetic.merge(List.of(
                fullTime("2017-07-01", "2020-12-31"), fullTime("2021-01-01", "2024-06-30"))).get(0);
        assertThat(TimeArithmetic.reachesYears(fullTime, 7)).isTrue();

        // 2 years at half time = 731 days x 0.5 = 365.5 >= 365
        MergedPeriod partTime = TimeArithmetic.merge(List.of(partTime("2020-01-01", "2021-12-31", "0.5"))).get(0);
        assertThat(TimeArithmetic.reachesYears(partTime, 1)).isTrue();
        assertThat(TimeArithmetic.reachesMonths(partTime, 13)).isFalse();
    }

    @Test
    void sumsCountDaysTimesFte() {
        List<Period> periods = List.of(
                fullTime("2023-01-01", "2023-06-30"),            // 181 days
                partTime("2024-01-01", "2024-12-31", "0.5"));    // 366 x 0.5 = 183

        assertThat(TimeArithmetic.fteDays(periods)).isEqualByComparingTo("364");
        assertThat(TimeArithmetic.reachesYearsBySum(periods, 1)).isFalse();
        assertThat(TimeArithmetic.reachesMonthsBySum(periods, 12)).isTrue();
        assertThat(TimeArithmetic.reachesYearsBySum(List.of(fullTime("2023-01-01", "2023-12-31")), 1)).isTrue();
        assertThat(TimeArithmetic.reachesMonthsBySum(List.of(fullTime("2023-01-01", "2023-01-29")), 1)).isFalse();
        assertThat(TimeArithmetic.reachesMonthsBySum(List.of(fullTime("2023-01-01", "2023-01-30")), 1)).isTrue();
    }

    @Test
    void clippingToTheTenYearWindow() {
        LocalDate submittedOn = d("2024-06-30");
        assertThat(TimeArithmetic.lookBackStart(submittedOn, 10)).isEqualTo(d("2014-06-30"));

        assertThat(TimeArithmetic.clipToLookBack(partTime("2010-01-01", "2015-06-29", "0.5"), submittedOn, 10))
                .contains(partTime("2014-06-30", "2015-06-29", "0.5"));
        assertThat(TimeArithmetic.clipToLookBack(fullTime("2020-01-01", "2024-12-31"), submittedOn, 10))
                .contains(fullTime("2020-01-01", "2024-06-30"));
        assertThat(TimeArithmetic.clipToLookBack(fullTime("2000-01-01", "2014-06-29"), submittedOn, 10)).isEmpty();
        assertThat(TimeArithmetic.clipToLookBack(fullTime("2000-01-01", "2014-06-30"), submittedOn, 10))
                .contains(fullTime("2014-06-30", "2014-06-30"));
        assertThat(TimeArithmetic.clip(fullTime("2019-01-01", "2019-12-31"), d("2019-03-01"), d("2019-03-31")))
                .contains(fullTime("2019-03-01", "2019-03-31"));
    }

    @Test
    void notCeasedMoreThanTenYearsBefore() {
        LocalDate submittedOn = d("2024-06-30");
        assertThat(TimeArithmetic.endedWithinLookBack(d("2014-06-30"), submittedOn, 10)).isTrue();
        assertThat(TimeArithmetic.endedWithinLookBack(d("2014-06-29"), submittedOn, 10)).isFalse();
    }

    @Test
    void wholeMonths() {
        assertThat(TimeArithmetic.wholeMonths(d("2020-01-15"), d("2020-03-14"))).isEqualTo(2);
        assertThat(TimeArithmetic.wholeMonths(d("2020-01-15"), d("2020-03-13"))).isEqualTo(1);
        assertThat(TimeArithmetic.wholeMonths(d("2020-01-31"), d("2020-02-28"))).isEqualTo(1);
        assertThat(TimeArithmetic.wholeMonths(d("2020-01-31"), d("2020-02-27"))).isZero();
        assertThat(TimeArithmetic.wholeMonths(d("2017-07-01"), d("2024-06-30"))).isEqualTo(84);
        assertThat(TimeArithmetic.wholeMonths(d("2020-01-01"), d("2020-01-01"))).isZero();
    }

    @Test
    void monthsRoundedUp() {
        assertThat(TimeArithmetic.monthsRoundedUp(d("2020-01-15"), d("2020-03-14"))).isEqualTo(2);
        assertThat(TimeArithmetic.monthsRoundedUp(d("2020-01-15"), d("2020-03-15"))).isEqualTo(3);
        assertThat(TimeArithmetic.monthsRoundedUp(d("2020-01-01"), d("2020-01-01"))).isEqualTo(1);
        assertThat(TimeArithmetic.monthsRoundedUp(d("2020-01-31"), d("2020-02-28"))).isEqualTo(1);
        assertThat(TimeArithmetic.monthsRoundedUp(d("2020-01-02"), d("2020-01-01"))).isZero();
    }

    @Test
    void peakFteSweepsBoundaries() {
        assertThat(TimeArithmetic.peakFte(List.of())).isEqualByComparingTo("0");
        assertThat(TimeArithmetic.peakFte(List.of(
                fullTime("2020-01-01", "2020-06-30"), fullTime("2020-07-01", "2020-12-31")))).isEqualByComparingTo("1");
        assertThat(TimeArithmetic.peakFte(List.of(
                fullTime("2020-01-01", "2020-07-01"), fullTime("2020-07-01", "2020-12-31")))).isEqualByComparingTo("2");
        assertThat(TimeArithmetic.peakFte(List.of(
                partTime("1980-01-01", "2024-06-30", "0.5"),
                partTime("1990-01-01", "2000-12-31", "0.25"),
                partTime("2001-01-01", "2024-06-30", "0.25"),
                partTime("2000-12-31", "2000-12-31", "0.01")))).isEqualByComparingTo("0.76");
    }

    @Test
    void aPeriodCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> fullTime("2020-01-02", "2020-01-01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> partTime("2020-01-01", "2020-01-01", "0")).isInstanceOf(IllegalArgumentException.class);
    }
}
