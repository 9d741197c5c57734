package org.mutualrecognition.decision;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the engines did for one decision, in order: every DRL rule that fired (id, source) and every DMN decision
 * evaluated (inputs, matched rows, result). Filled from the engines' event listeners while the decision is made on the
 * current thread; Kogito 10 no longer traces decisions, so this record is the project's own.
 */
public final class DecisionTrace {

    private static final ThreadLocal<DecisionTrace> CURRENT = new ThreadLocal<>();

    public final List<FiredRule> rulesFired = new ArrayList<>();
    public final List<EvaluatedTable> tablesEvaluated = new ArrayList<>();

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FiredRule(int order, String ruleId, String source, String route) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EvaluatedTable(int order, String model, String decision, Map<String, Object> inputs,
                                 List<String> matchedRows, Object result) {
    }

    private int order;

    /** Starts recording on this thread; the returned trace must be ended with {@link #end()}. */
    public static DecisionTrace begin() {
        DecisionTrace trace = new DecisionTrace();
        CURRENT.set(trace);
        return trace;
    }

    public void end() {
        CURRENT.remove();
    }

    /** Stops recording on this thread for an untraced decision; returns the trace to {@link #resume} afterwards. */
    static DecisionTrace suspend() {
        DecisionTrace current = CURRENT.get();
        if (current != null) {
            CURRENT.remove();
        }
        return current;
    }

    static void resume(DecisionTrace trace) {
        if (trace != null) {
            CURRENT.set(trace);
        }
    }

    static void tableEvaluated(String model, String decision, Map<String, ?> inputs, TableResult result) {
        DecisionTrace trace = CURRENT.get();
        if (trace != null) {
            trace.tablesEvaluated.add(new EvaluatedTable(++trace.order, model, decision, new LinkedHashMap<>(inputs),
                    result.ruleIds(), result.result()));
        }
    }

    void ruleFired(String ruleId, String source, String route) {
        rulesFired.add(new FiredRule(++order, ruleId, source, route));
    }
}
