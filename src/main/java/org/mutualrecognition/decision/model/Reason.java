package org.mutualrecognition.decision.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One rule or table row that contributed to a decision: its id, where it is written, its legal basis, what it found. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Reason(String code, String ruleId, String source, String legalBasis, String text) {
}
