package org.mutualrecognition.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class DecidingSourcesTest {

    private static final Predicate<BigDecimal> AT_LEAST_90 = amount -> amount.compareTo(new BigDecimal("90")) >= 0;
    /** Not below one half of 18 (P-12.4: applicant * 2 >= host). */
    private static final Predicate<BigDecimal> HALF_OF_18 = amount -> amount.multiply(BigDecimal.valueOf(2)).compareTo(new BigDecimal("18")) >= 0;

    private static LinkedHashMap<String, BigDecimal> sources(Object... pointerAmount) {
        LinkedHashMap<String, BigDecimal> out = new LinkedHashMap<>();
        for (int i = 0; i < pointerAmount.length; i += 2) {
            DecidingSources.add(out, (String) pointerAmount[i], new BigDecimal(String.valueOf(pointerAmount[i + 1])));
        }
        return out;
    }

    @Test
    void aSourceThatNeverChangesTheVerdictIsLeftOut() {
        // 80 + {10, 5}: 80 and 85 fall short, 90 and 95 meet: only the 10 decides
        assertThat(DecidingSources.of(new BigDecimal("80"), sources("/q/1", 10, "/q/2", 5), AT_LEAST_90))
                .containsExactly("/q/1");
        // 0 of 18 + {18, 1}: 0 and 1 are below half, 18 and 19 are not: only the 18 decides
        assertThat(DecidingSources.of(BigDecimal.ZERO, sources("/q/1", 18, "/q/2", 1), HALF_OF_18))
                .containsExactly("/q/1");
    }

    @Test
    void sourcesThatDecideOnlyTogetherAreBothNeeded() {
        // 80 + {6, 6}: either alone falls short, both meet: each decides when the other is verified
        assertThat(DecidingSources.of(new BigDecimal("80"), sources("/q/1", 6, "/q/2", 6), AT_LEAST_90))
                .containsExactly("/q/1", "/q/2");
        // 80 + {10, 10}: either alone meets: each decides when the other is not verified
        assertThat(DecidingSources.of(new BigDecimal("80"), sources("/q/1", 10, "/q/2", 10), AT_LEAST_90))
                .containsExactly("/q/1", "/q/2");
    }

    @Test
    void aSmallSourceDecidesWhenTheOthersBringTheAmountToTheEdge() {
        // 80 + {9, 1, 30}: 89 + 1 = 90, so the 1 decides when the 9 is verified and the 30 is not
        assertThat(DecidingSources.of(new BigDecimal("80"), sources("/q/1", 9, "/q/2", 1, "/q/3", 30), AT_LEAST_90))
                .containsExactly("/q/1", "/q/2", "/q/3");
        // 80 + {4, 1, 30}: 85 at most without the 30, the 30 meets alone: only the 30 decides
        assertThat(DecidingSources.of(new BigDecimal("80"), sources("/q/1", 4, "/q/2", 1, "/q/3", 30), AT_LEAST_90))
                .containsExactly("/q/3");
    }

    @Test
    void nothingDecidesWhenTheVerdictIsTheSameWithEveryOrNoSource() {
        assertThat(DecidingSources.of(new BigDecimal("90"), sources("/q/1", 10), AT_LEAST_90)).isEmpty();
        assertThat(DecidingSources.of(new BigDecimal("70"), sources("/q/1", 10, "/q/2", 5), AT_LEAST_90)).isEmpty();
        assertThat(DecidingSources.of(new BigDecimal("80"), sources(), AT_LEAST_90)).isEmpty();
    }

    @Test
    void aQualificationListingTheMatterTwiceIsOneSourceWithTheSum() {
        LinkedHashMap<String, BigDecimal> twice = sources("/q/1", 5, "/q/1", 5, "/q/2", 1);
        assertThat(twice).containsEntry("/q/1", new BigDecimal("10"));
        assertThat(DecidingSources.of(new BigDecimal("80"), twice, AT_LEAST_90)).containsExactly("/q/1");
    }

    @Test
    void anyMeasureIsJudgedOverTheCombinationsOfItsSources() {
        // met only when sources 0 and 1 are both verified (e.g. two periods that merge into one long enough): both decide
        assertThat(DecidingSources.indices(3, mask -> (mask & 0b011) == 0b011)).containsExactly(0, 1);
        // met when source 2 is verified, whatever the others: only source 2 decides
        assertThat(DecidingSources.indices(3, mask -> (mask & 0b100) != 0)).containsExactly(2);
        // met with source 0 alone but not with 0 and 1 (a later award moving the count's start): both decide
        assertThat(DecidingSources.indices(2, mask -> mask == 0b01)).containsExactly(0, 1);
    }

    @Test
    void beyondTheCombinedLimitEverySourceWithAnAmountIsKept() {
        Object[] many = new Object[2 * (DecidingSources.MAX_COMBINED + 1)];
        for (int i = 0; i <= DecidingSources.MAX_COMBINED; i++) {
            many[2 * i] = "/q/" + i;
            many[2 * i + 1] = i == 0 ? 0 : 1;
        }
        List<String> kept = DecidingSources.of(new BigDecimal("80"), sources(many), AT_LEAST_90);
        assertThat(kept).hasSize(DecidingSources.MAX_COMBINED).doesNotContain("/q/0");
    }
}
