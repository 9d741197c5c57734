package org.mutualrecognition.decision.model;

public record RecognisedAs(String title, String framework, Integer level) {
}
