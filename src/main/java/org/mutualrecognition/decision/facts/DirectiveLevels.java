package org.mutualrecognition.decision.facts;

/** Directive Art. 11 levels (P-09): the applicant's highest, derived through eu-art11-level.dmn, and the host's required. */
public final class DirectiveLevels {
    private final String route;
    private final String applicantLevel;
    private final String requiredLevel;

    public DirectiveLevels(String route, String applicantLevel, String requiredLevel) {
        this.route = route;
        this.applicantLevel = applicantLevel;
        this.requiredLevel = requiredLevel;
    }

    public String getRoute() { return route; }
    public String getApplicantLevel() { return applicantLevel; }
    public String getRequiredLevel() { return requiredLevel; }
    public boolean isApplicantKnown() { return applicantLevel != null; }
}
