package org.mutualrecognition.audit;

/**
 * The hash of a decision record: sha256 over the previous record's hash and this record's content (ids, outcome, rule-set
 * version, canonical application, decision, trace), so that changing any stored record breaks the chain from there on.
 */
public final class RecordHash {

    private RecordHash() {
    }

    public static String of(String previousHash, String decisionId, String reference, String outcome, String rulesetVersion,
                            String applicationJson, String decisionJson, String traceJson) {
        String content = String.join("\u001f", previousHash, decisionId, reference, outcome, rulesetVersion,
                applicationJson, decisionJson, traceJson);
        return "sha256:" + CanonicalJson.sha256(content);
    }
}
