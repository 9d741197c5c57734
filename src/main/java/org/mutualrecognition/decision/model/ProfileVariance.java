package org.mutualrecognition.decision.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProfileVariance(String standard, String adaptedShare, String tolerance, List<String> missingCoreUnits,
                              Boolean conforms) {
}
