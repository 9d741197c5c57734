package org.mutualrecognition.agreements;

/**
 * An applicable route: an agreement, one of its recognition models, the model's legal basis, and the rule-set version
 * of the agreement in force at {@code submittedOn} (P-02; null when the agreement's versions do not reach that date).
 * {@code partialAccess} marks the general-system candidate that answers a {@code requestedScope} PARTIAL request under
 * Art. 4f (P-13); the full-access general system is a candidate of its own.
 */
public record RouteCandidate(String agreement, String model, String legalBasis, String versionId, String inForceFrom,
                             boolean partialAccess) {

    public RouteCandidate(String agreement, String model, String legalBasis, String versionId, String inForceFrom) {
        this(agreement, model, legalBasis, versionId, inForceFrom, false);
    }
}
