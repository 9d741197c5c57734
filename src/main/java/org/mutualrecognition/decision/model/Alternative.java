package org.mutualrecognition.decision.model;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Alternative(String agreement, String model, String outcome, String reason) {
}
