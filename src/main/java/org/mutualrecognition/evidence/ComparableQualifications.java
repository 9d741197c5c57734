package org.mutualrecognition.evidence;

import java.util.Objects;

/**
 * P-04.1 for the qualifications a Directive route assesses (P-12.1, P-13): what the established ones give the route,
 * namely its applicability (at least one qualification) and the applicant's Art. 11 level (the highest, P-09). A
 * qualification whose evidence is not established is needed when it would change one of them. Whether regulated
 * education (Art. 13(2)) or matter amounts resting on it decide is for the rules (EU-GS-015; EU-GS-014, EU-TFEU-014,
 * EU-PA-014): they depend on the home's regulation and the practice required.
 */
final class ComparableQualifications {
    private int count;
    private String level;
    private boolean regulatedEducation;

    /** An established qualification. */
    void add(String qualificationLevel, boolean regulated) {
        count++;
        level = higher(level, qualificationLevel);
        regulatedEducation |= regulated;
    }

    /** Whether a qualification whose evidence is not established would change applicability or the applicant's level. */
    boolean needs(String qualificationLevel) {
        return count == 0 || !Objects.equals(higher(level, qualificationLevel), level);
    }

    /** Whether an established qualification is regulated education (Art. 13(2)). */
    boolean regulatedEducation() {
        return regulatedEducation;
    }

    /** The higher of two Art. 11 levels ("a" to "e"); null is below every level. */
    static String higher(String level, String other) {
        return other != null && (level == null || other.compareTo(level) > 0) ? other : level;
    }
}
