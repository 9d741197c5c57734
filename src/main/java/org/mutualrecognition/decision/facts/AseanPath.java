package org.mutualrecognition.decision.facts;

/**
 * Which checks an ASEAN route runs, as a rule found from the designation (P-18.2, P-18.4): {@code HUB} (an ACTIVE
 * designation establishes the regional criteria, only the host side is checked), {@code CRITERIA} (designation PENDING
 * or absent: every criterion is checked, {@code designationItem} is the pointer for missingEvidence), {@code DIRECT}
 * (nursing: criteria checked directly, then the host rule). Inserted by rules/asean/hub-and-spoke.drl.
 */
public final class AseanPath {
    private final String agreement;
    private final String path;
    private final String designationItem;

    public AseanPath(String agreement, String path, String designationItem) {
        this.agreement = agreement;
        this.path = path;
        this.designationItem = designationItem;
    }

    public String getAgreement() { return agreement; }
    public String getPath() { return path; }
    public String getDesignationItem() { return designationItem; }
}
