package org.mutualrecognition.decision.facts;

/**
 * A regional designation of the arrangement's scheme held by the applicant (ACPE, AA, ASEAN CPA), with whether its
 * evidence is established (P-04.2) and its JSON Pointer ({@code /designations/i}).
 */
public final class AseanDesignation {
    private final String agreement;
    private final int index;
    private final String scheme;
    private final String status;
    private final boolean established;

    public AseanDesignation(String agreement, int index, String scheme, String status, boolean established) {
        this.agreement = agreement;
        this.index = index;
        this.scheme = scheme;
        this.status = status;
        this.established = established;
    }

    public String getPointer() {
        return "/designations/" + index;
    }

    public String getEvidencePointer() {
        return getPointer() + "/evidence";
    }

    public String getAgreement() { return agreement; }
    public int getIndex() { return index; }
    public String getScheme() { return scheme; }
    public String getStatus() { return status; }
    public boolean isEstablished() { return established; }
}
