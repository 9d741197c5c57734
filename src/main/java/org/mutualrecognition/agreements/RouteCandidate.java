package org.mutualrecognition.agreements;

/**
 * An applicable route: an agreement, one of its recognition models, the model's legal basis, and the rule-set version
 * of the agreement in force at {@code submittedOn} (P-02; null when the agreement's versions do not reach that date).
 * {@code partialAccess} marks the general-system candidate that answers a {@code requestedScope} PARTIAL request under
 * Art. 4f (P-13); the full-access general system is a candidate of its own. {@code refugeeProcedureOnly} marks the Lisbon
 * route opened for a refugee only because a qualification is not established (P-04.6), where it would not apply
 * otherwise (another purpose, another agreement named).
 */
public record RouteCandidate(String agreement, String model, String legalBasis, String versionId, String inForceFrom,
                             boolean partialAccess, boolean refugeeProcedureOnly) {

    public RouteCandidate(String agreement, String model, String legalBasis, String versionId, String inForceFrom) {
        this(agreement, model, legalBasis, versionId, inForceFrom, false, false);
    }

    public RouteCandidate(String agreement, String model, String legalBasis, String versionId, String inForceFrom,
                          boolean partialAccess) {
        this(agreement, model, legalBasis, versionId, inForceFrom, partialAccess, false);
    }
}
