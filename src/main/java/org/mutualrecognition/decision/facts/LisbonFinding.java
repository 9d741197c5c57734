package org.mutualrecognition.decision.facts;

/**
 * What a Lisbon rule found for one rung and one of the five elements (P-17.2); inserted by the rules of
 * rules/lrc/lisbon.drl, never by Java. {@code substantial}: a substantial difference; otherwise the element could not
 * be settled by the engine (a level band across the required level, or no mapping) and a person compares.
 */
public final class LisbonFinding {
    private final int rank;
    private final String criterion;
    private final String matter;
    private final boolean substantial;
    private final String detail;

    public LisbonFinding(int rank, String criterion, String matter, boolean substantial, String detail) {
        this.rank = rank;
        this.criterion = criterion;
        this.matter = matter;
        this.substantial = substantial;
        this.detail = detail;
    }

    public static LisbonFinding difference(int rank, String criterion, String matter, String detail) {
        return new LisbonFinding(rank, criterion, matter, true, detail);
    }

    public static LisbonFinding undetermined(int rank, String criterion, String detail) {
        return new LisbonFinding(rank, criterion, null, false, detail);
    }

    public int getRank() { return rank; }
    public String getCriterion() { return criterion; }
    public String getMatter() { return matter; }
    public boolean isSubstantial() { return substantial; }
    public String getDetail() { return detail; }
}
