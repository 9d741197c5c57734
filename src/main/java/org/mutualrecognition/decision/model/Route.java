package org.mutualrecognition.decision.model;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Route(String agreement, String model, String legalBasis) {

    public static Route none() {
        return new Route(null, "NONE", null);
    }
}
