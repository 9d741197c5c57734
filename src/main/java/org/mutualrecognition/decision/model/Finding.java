package org.mutualrecognition.decision.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A validation finding: evidence that contradicts itself (policy P-03). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(String code, String path, String detail) {
}
