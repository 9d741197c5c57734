package org.mutualrecognition.decision.facts;

import java.util.Objects;

/**
 * language-requirements.json for (host, occupation) and the best CEFR rank the applicant shows in a listed language (P-15).
 * A value: the preparers of several EU routes prepare the same need, and the engine inserts equal facts once.
 */
public final class LanguageNeed {
    private final String languages;
    private final String cefr;
    private final boolean patientSafety;
    private final int requiredRank;
    private final int bestRank;

    public LanguageNeed(String languages, String cefr, boolean patientSafety, int requiredRank, int bestRank) {
        this.languages = languages;
        this.cefr = cefr;
        this.patientSafety = patientSafety;
        this.requiredRank = requiredRank;
        this.bestRank = bestRank;
    }

    public String getLanguages() { return languages; }
    public String getCefr() { return cefr; }
    public boolean isPatientSafety() { return patientSafety; }
    public int getRequiredRank() { return requiredRank; }
    public int getBestRank() { return bestRank; }

    @Override
    public boolean equals(Object o) {
        return o instanceof LanguageNeed n && patientSafety == n.patientSafety && requiredRank == n.requiredRank
                && bestRank == n.bestRank && Objects.equals(languages, n.languages) && Objects.equals(cefr, n.cefr);
    }

    @Override
    public int hashCode() {
        return Objects.hash(languages, cefr, patientSafety, requiredRank, bestRank);
    }
}
