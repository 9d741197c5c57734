package org.mutualrecognition.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** P-04.1 for the qualifications of the Directive routes: which unestablished qualification would change the decision. */
class ComparableQualificationsTest {

    @Test
    void withoutAnEstablishedQualificationEveryOtherIsNeeded() {
        ComparableQualifications none = new ComparableQualifications();

        assertThat(none.needs("b")).isTrue();
        assertThat(none.needs(null)).as("even one whose level cannot be derived: applicability rests on it").isTrue();
    }

    @Test
    void onlyAHigherLevelIsNeeded() {
        ComparableQualifications established = new ComparableQualifications();
        established.add("d", false);

        assertThat(established.needs("e")).isTrue();
        assertThat(established.needs("d")).isFalse();
        assertThat(established.needs("c")).isFalse();
        assertThat(established.needs(null)).isFalse();
    }

    @Test
    void aLevelIsNeededWhereTheEstablishedOnesHaveNone() {
        ComparableQualifications established = new ComparableQualifications();
        established.add(null, false);

        assertThat(established.needs("a")).isTrue();
        assertThat(established.needs(null)).isFalse();
    }

    @Test
    void regulatedEducationIsWhatTheEstablishedQualificationsHave() {
        ComparableQualifications without = new ComparableQualifications();
        without.add("e", false);
        ComparableQualifications with = new ComparableQualifications();
        with.add("c", false);
        with.add("e", true);

        assertThat(without.regulatedEducation()).isFalse();
        assertThat(with.regulatedEducation()).isTrue();
    }

    @Test
    void higherComparesArticle11Levels() {
        assertThat(ComparableQualifications.higher(null, "a")).isEqualTo("a");
        assertThat(ComparableQualifications.higher("c", null)).isEqualTo("c");
        assertThat(ComparableQualifications.higher("c", "e")).isEqualTo("e");
        assertThat(ComparableQualifications.higher("e", "c")).isEqualTo("e");
    }
}
