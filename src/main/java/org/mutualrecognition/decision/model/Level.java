package org.mutualrecognition.decision.model;

/** A level in a framework; {@code level} is a number or a string (Directive Art. 11 letters, QF-EHEA cycles). */
public record Level(String framework, Object level) {
}
