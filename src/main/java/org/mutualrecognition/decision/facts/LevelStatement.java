package org.mutualrecognition.decision.facts;

import java.util.List;
import org.mutualrecognition.decision.model.Level;

/** Level referencing of one qualification into the host framework through level-referencing.dmn (P-22). */
public final class LevelStatement {
    private final Level applicant;
    private final String hostFramework;
    private final List<Level> reference;
    private final List<Level> hostEquivalent;

    public LevelStatement(Level applicant, String hostFramework, List<Level> reference, List<Level> hostEquivalent) {
        this.applicant = applicant;
        this.hostFramework = hostFramework;
        this.reference = List.copyOf(reference);
        this.hostEquivalent = List.copyOf(hostEquivalent);
    }

    public Level getApplicant() { return applicant; }
    public String getHostFramework() { return hostFramework; }
    public List<Level> getReference() { return reference; }
    public List<Level> getHostEquivalent() { return hostEquivalent; }
    public boolean isMapped() { return !hostEquivalent.isEmpty(); }
    public boolean isBand() { return hostEquivalent.size() > 1; }
}
