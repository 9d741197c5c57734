package org.mutualrecognition.decision.model;

public record Appeal(boolean available, String text) {
}
