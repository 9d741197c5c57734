package org.mutualrecognition.persistence;

/** An application as stored: its reference, the hash of its canonical content, the JSON, and its decision. */
public record StoredApplication(String reference, String organisation, String contentHash, String applicationJson, String decisionId,
                                String decisionJson) {
}
