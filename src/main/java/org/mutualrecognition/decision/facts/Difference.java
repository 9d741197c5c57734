package org.mutualrecognition.decision.facts;

import java.util.List;

/** A substantial difference found by a rule (P-12.4), with whether validated experience or learning covers it. */
public final class Difference {
    private final String route;
    private final String code;
    private final boolean covered;
    private final int adaptationMonths;
    private final List<String> coveredBy;

    public Difference(String route, String code, boolean covered, int adaptationMonths, List<String> coveredBy) {
        this.route = route;
        this.code = code;
        this.covered = covered;
        this.adaptationMonths = adaptationMonths;
        this.coveredBy = List.copyOf(coveredBy);
    }

    public String getRoute() { return route; }
    public String getCode() { return code; }
    public boolean isCovered() { return covered; }
    public boolean isRemaining() { return !covered; }
    public int getAdaptationMonths() { return adaptationMonths; }
    public List<String> getCoveredBy() { return coveredBy; }
}
