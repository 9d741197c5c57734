package org.mutualrecognition.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** What a decision needs besides the application: its id and the instant it is made (from the injected Clock). */
public record DecisionContext(String decisionId, Instant decidedAt) {

    public LocalDate decisionDate() {
        return LocalDate.ofInstant(decidedAt, ZoneOffset.UTC);
    }
}
