package org.mutualrecognition.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ExactRatioTest {

    private static ExactRatio r(long n, long d) {
        return ExactRatio.of(BigDecimal.valueOf(n), BigDecimal.valueOf(d));
    }

    @Test
    void displays_as_policy_P_07_2_says() {
        assertThat(r(80, 400).display()).isEqualTo("0.2");
        assertThat(r(82, 402).display()).isEqualTo("0.20398");
        assertThat(r(60, 340).display()).isEqualTo("0.17647");
        assertThat(r(0, 320).display()).isEqualTo("0");
        assertThat(ExactRatio.display(new BigDecimal("0.2"))).isEqualTo("0.2");
    }

    @Test
    void terminating_fractions_are_passed_exactly() {
        assertThat(r(80, 400).forUpperBounds()).isEqualByComparingTo("0.2");
        assertThat(r(80, 400).forLowerBounds()).isEqualByComparingTo("0.2");
        assertThat(r(360, 400).forLowerBounds()).isEqualByComparingTo("0.9");
    }

    @Test
    void non_terminating_fractions_round_towards_the_side_that_keeps_the_test_exact() {
        BigDecimal fifth = new BigDecimal("0.2");
        // 1/3 + tiny: rounded up it stays above, rounded down it stays below the exact value
        assertThat(r(1, 3).forUpperBounds()).isGreaterThan(new BigDecimal("0.3333333333"));
        assertThat(r(1, 3).forUpperBounds().compareTo(r(1, 3).forLowerBounds())).isPositive();
        // 82/402 > 1/5 stays above; 67/335 = 1/5 exactly stays equal
        assertThat(r(82, 402).forUpperBounds()).isGreaterThan(fifth);
        assertThat(r(67, 335).forUpperBounds()).isEqualByComparingTo(fifth);
        // just below 9/10 never reaches 0.9 when rounded down
        assertThat(r(8999, 9999).forLowerBounds()).isLessThan(new BigDecimal("0.9"));
    }

    @Test
    void quantities_never_come_out_in_exponent_form() {
        assertThat(ExactRatio.plainNumber(new BigDecimal("8E+1")).toString()).isEqualTo("80");
        assertThat(ExactRatio.plainNumber(new BigDecimal("12.50")).toString()).isEqualTo("12.5");
    }
}
