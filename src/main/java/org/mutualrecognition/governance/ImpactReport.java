package org.mutualrecognition.governance;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a proposed rule set would change: outcome changes counted by route, and every changed case from what to what. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class ImpactReport {

    public String baselineVersion;
    public String draftVersion;
    public int evaluated;
    public int changed;
    public int outcomeChanged;
    public int errors;
    /** Stored decisions decided again (the most recent ones; the fixtures are counted in {@code evaluated} as well). */
    public Integer storedEvaluated;
    /** Stored decisions in all: more than {@code storedEvaluated} when the preview was limited to the most recent ones. */
    public Long storedTotal;
    /** "agreement/model" of the baseline route -> "FROM -> TO" -> count. */
    public Map<String, Map<String, Integer>> outcomeChangesByRoute = new TreeMap<>();
    public List<ChangedCase> cases = new ArrayList<>();

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ChangedCase(String source, String id, String route, String outcomeBefore, String outcomeAfter,
                              List<String> changedFields, String error) {
    }
}
