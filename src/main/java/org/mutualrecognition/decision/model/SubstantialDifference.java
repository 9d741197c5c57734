package org.mutualrecognition.decision.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubstantialDifference(String criterion, String matter, String detail, String covered,
                                    List<String> coveredBy, String reasonNotCovered) {
}
