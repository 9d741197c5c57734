package org.mutualrecognition.decision.facts;

/** A condition of a route that a rule found not met (e.g. Art. 4f(1)(a)-(c) for partial access, P-13.3). */
public final class UnmetCondition {
    private final String route;
    private final String condition;

    public UnmetCondition(String route, String condition) {
        this.route = route;
        this.condition = condition;
    }

    public String getRoute() { return route; }
    public String getCondition() { return condition; }
}
