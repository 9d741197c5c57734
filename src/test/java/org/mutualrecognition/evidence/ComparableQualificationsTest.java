package org.mutualrecognition.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** P-04.1 for the qualifications of the Directive routes: which unestablished qualification would change the decision. */
class ComparableQualificationsTest {

    @Test
    void withoutAnEstablishedQualificationEveryOtherIsNeeded() {
        ComparableQualifications none = new ComparableQualifications();

        assertThat(none.needs("b", false)).isTrue();
        assertThat(none.needs(null, false)).as("even one whose level cannot be derived: applicability rests on it").isTrue();
    }

    @Test
    void onlyAHigherLevelIsNeeded() {
        ComparableQualifications established = new ComparableQualifications();
        established.add("d", false);

        assertThat(established.needs("e", false)).isTrue();
        assertThat(established.needs("d", false)).isFalse();
        assertThat(established.needs("c", false)).isFalse();
        assertThat(established.needs(null, false)).isFalse();
    }

    @Test
    void aLevelIsNeededWhereTheEstablishedOnesHaveNone() {
        ComparableQualifications established = new ComparableQualifications();
        established.add(null, false);

        assertThat(established.needs("a", false)).isTrue();
        assertThat(established.needs(null, false)).isFalse();
    }

    @Test
    void regulatedEducationIsNeededOnlyWhereNoEstablishedQualificationHasIt() {
        ComparableQualifications without = new ComparableQualifications();
        without.add("e", false);
        ComparableQualifications with = new ComparableQualifications();
        with.add("e", true);

        assertThat(without.needs("c", true)).isTrue();
        assertThat(with.needs("c", true)).isFalse();
    }

    @Test
    void higherComparesArticle11Levels() {
        assertThat(ComparableQualifications.higher(null, "a")).isEqualTo("a");
        assertThat(ComparableQualifications.higher("c", null)).isEqualTo("c");
        assertThat(ComparableQualifications.higher("c", "e")).isEqualTo("e");
        assertThat(ComparableQualifications.higher("e", "c")).isEqualTo("e");
    }
}
