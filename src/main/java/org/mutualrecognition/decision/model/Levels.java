package org.mutualrecognition.decision.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Levels(Level applicant, Level required, List<Level> reference, List<Level> hostEquivalent, String match) {

    public static Levels directive(Level applicant, Level required) {
        return new Levels(applicant, required, null, null, null);
    }
}
