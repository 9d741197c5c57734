package org.mutualrecognition.decision;

import org.mutualrecognition.decision.model.Decision;

/** A decision with the trace of how the engines reached it. */
public record TracedDecision(Decision decision, DecisionTrace trace) {
}
