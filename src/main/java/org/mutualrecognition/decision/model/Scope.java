package org.mutualrecognition.decision.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Scope(String practiceMode, List<String> activities, List<String> restrictions, String title) {
}
