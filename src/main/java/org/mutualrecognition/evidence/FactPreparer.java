package org.mutualrecognition.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import org.mutualrecognition.agreements.RouteCandidate;

/** Prepares the facts the rules of one recognition model judge (sums, look-ups, table rows; no judgement). */
public interface FactPreparer {

    /** Whether this preparer serves the route (by its model, and its agreement where models are shared). */
    boolean serves(RouteCandidate route);

    PreparedFacts prepare(JsonNode application, RouteCandidate route);
}
