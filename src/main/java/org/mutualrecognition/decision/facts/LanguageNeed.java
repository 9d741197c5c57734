package org.mutualrecognition.decision.facts;

/** language-requirements.json for (host, occupation) and the best CEFR rank the applicant shows in a listed language (P-15). */
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
}
