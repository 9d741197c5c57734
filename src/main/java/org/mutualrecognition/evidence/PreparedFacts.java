package org.mutualrecognition.evidence;

import java.util.ArrayList;
import java.util.List;
import org.mutualrecognition.decision.model.Reason;

/** Facts prepared for one route, plus the decision-table rows consulted while preparing them (they are reasons too). */
public final class PreparedFacts {
    private final List<Object> facts = new ArrayList<>();
    private final List<Reason> tableReasons = new ArrayList<>();

    public void add(Object fact) {
        facts.add(fact);
    }

    public void addReasons(List<Reason> reasons) {
        tableReasons.addAll(reasons);
    }

    public List<Object> facts() {
        return facts;
    }

    public List<Reason> tableReasons() {
        return tableReasons;
    }
}
