package org.mutualrecognition.persistence;

import java.time.Instant;

/** A stored decision record with its place in the hash chain. */
public record DecisionRecord(long seq, String decisionId, String reference, String outcome, String rulesetVersion,
                             Instant decidedAt, String applicationJson, String decisionJson, String traceJson,
                             String previousHash, String recordHash) {
}
