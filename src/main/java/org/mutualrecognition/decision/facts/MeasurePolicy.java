package org.mutualrecognition.decision.facts;

/** The row of eu-measure-choice.dmn that applies to this case (P-12.6): who chooses which measure. */
public final class MeasurePolicy {
    private final String route;
    private final String policy;

    public MeasurePolicy(String route, String policy) {
        this.route = route;
        this.policy = policy;
    }

    public String getRoute() { return route; }
    public String getPolicy() { return policy; }
}
