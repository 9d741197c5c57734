package org.mutualrecognition.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;

/** What a replay found: counts, and for every case that differs the fields before and after. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class ReplayReport {

    public String target;
    public int total;
    public int identical;
    public int different;
    public int errors;
    public List<CaseResult> cases = new ArrayList<>();

    /** One replayed case; {@code fields} lists what differs (empty when identical). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CaseResult(String reference, String decisionId, String source, String rulesetVersion, String status,
                             List<FieldDifference> fields, String error) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldDifference(String field, Object before, Object after) {
    }

    public void add(CaseResult result) {
        total++;
        switch (result.status()) {
            case "IDENTICAL" -> identical++;
            case "DIFFERENT" -> different++;
            default -> errors++;
        }
        cases.add(result);
    }

    public boolean allMatch() {
        return different == 0 && errors == 0;
    }
}
