package org.mutualrecognition.evidence;

import com.fasterxml.jackson.databind.JsonNode;

/** Policy P-04.2: when a fact's evidence establishes it. */
public final class EvidenceStatus {

    private EvidenceStatus() {
    }

    /**
     * Established when the evidence object is absent (the submitting authority vouches for it) or its verification is
     * NOT_REQUESTED or VERIFIED; not established when PENDING or FAILED, or when its kind is NONE or SELF_DECLARED.
     */
    public static boolean established(JsonNode evidence) {
        if (evidence == null || evidence.isMissingNode() || evidence.isNull()) {
            return true;
        }
        String kind = evidence.path("kind").asText();
        String verification = evidence.path("verification").asText("NOT_REQUESTED");
        if ("NONE".equals(kind) || "SELF_DECLARED".equals(kind)) {
            return false;
        }
        return "NOT_REQUESTED".equals(verification) || "VERIFIED".equals(verification);
    }

    /** P-12.5: experience or learning counts against a substantial difference only when formally validated. */
    public static boolean validated(JsonNode entry) {
        return !entry.path("validatedBy").asText("").isBlank()
                || "VERIFIED".equals(entry.path("evidence").path("verification").asText());
    }
}
