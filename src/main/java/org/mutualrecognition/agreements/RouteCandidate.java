package org.mutualrecognition.agreements;

/**
 * An applicable route: an agreement, one of its recognition models, the model's legal basis, and the rule-set version
 * of the agreement in force at {@code submittedOn} (P-02; null when the agreement's versions do not reach that date).
 */
public record RouteCandidate(String agreement, String model, String legalBasis, String versionId, String inForceFrom) {
}
