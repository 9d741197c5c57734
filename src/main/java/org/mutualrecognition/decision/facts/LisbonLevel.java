package org.mutualrecognition.decision.facts;

import java.util.List;
import org.mutualrecognition.decision.model.Level;

/**
 * The applicant's level mapped into the framework of one rung (P-17.2 LEVEL through P-22.3) and the verdict row of
 * lrc-level-verdict.dmn: MET, DIFFERENCE, BAND_STRADDLES or UNMAPPED. {@code applicant} is the qualification's own
 * framework level (or its ISCED proxy as an EQF level, {@code iscedProxy}), {@code reference} the meta-framework levels
 * used, {@code hostEquivalent} the rung framework's levels (ascending; more than one = a band), {@code required} the
 * rung's level.
 */
public final class LisbonLevel {
    private final int rank;
    private final String verdict;
    private final Level applicant;
    private final boolean iscedProxy;
    private final List<Level> reference;
    private final List<Level> hostEquivalent;
    private final Level required;

    public LisbonLevel(int rank, String verdict, Level applicant, boolean iscedProxy, List<Level> reference,
                       List<Level> hostEquivalent, Level required) {
        this.rank = rank;
        this.verdict = verdict;
        this.applicant = applicant;
        this.iscedProxy = iscedProxy;
        this.reference = List.copyOf(reference);
        this.hostEquivalent = List.copyOf(hostEquivalent);
        this.required = required;
    }

    public int getRank() { return rank; }
    public String getVerdict() { return verdict; }
    public Level getApplicant() { return applicant; }
    public boolean isIscedProxy() { return iscedProxy; }
    public List<Level> getReference() { return reference; }
    public List<Level> getHostEquivalent() { return hostEquivalent; }
    public Level getRequired() { return required; }
}
