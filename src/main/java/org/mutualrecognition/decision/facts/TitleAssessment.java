package org.mutualrecognition.decision.facts;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.definition.type.Modifies;

/**
 * Inserted and updated by rules/eu/sectoral.drl: where a sectoral title stands (P-10.2-10.6). Status MEETS_MINIMA,
 * ACQUIRED_RIGHTS_CHECK (to be decided by a certificate), ACQUIRED_RIGHTS, DOUBT, NOT_COVERED. {@code doubtItems}
 * are the qualifications a justified doubt concerns; {@code evidenceItems} the evidence the status relies on that
 * is not established.
 */
public final class TitleAssessment {
    private final int titleIndex;
    private final String profession;
    private final boolean hostOccupation;
    private String status;
    private String detail;
    private final List<String> doubtItems = new ArrayList<>();
    private final List<String> evidenceItems = new ArrayList<>();

    public TitleAssessment(int titleIndex, String profession, boolean hostOccupation, String status, String detail) {
        this.titleIndex = titleIndex;
        this.profession = profession;
        this.hostOccupation = hostOccupation;
        this.status = status;
        this.detail = detail;
    }

    @Modifies({"status", "detail", "recognisable"})
    public void assess(String status, String detail) {
        this.status = status;
        this.detail = detail;
    }

    public boolean isRecognisable() {
        return "MEETS_MINIMA".equals(status) || "ACQUIRED_RIGHTS".equals(status);
    }

    public int getTitleIndex() { return titleIndex; }
    public String getProfession() { return profession; }
    public boolean isHostOccupation() { return hostOccupation; }
    public String getStatus() { return status; }
    public String getDetail() { return detail; }
    public List<String> getDoubtItems() { return doubtItems; }
    public List<String> getEvidenceItems() { return evidenceItems; }
}
