package org.mutualrecognition.decision.facts;

/**
 * The row of eu-measure-choice.dmn that applies to this case (P-12.6): who chooses which measure. For a sectoral
 * profession the preparer also evaluates the row of the sectoral fallback ({@code sectoralFallback} true, P-10.7);
 * rules/eu/sectoral.drl keeps the one that applies once the sectoral route has decided.
 */
public final class MeasurePolicy {
    private final String route;
    private final String policy;
    private final boolean sectoralFallback;

    public MeasurePolicy(String route, String policy) {
        this(route, policy, false);
    }

    public MeasurePolicy(String route, String policy, boolean sectoralFallback) {
        this.route = route;
        this.policy = policy;
        this.sectoralFallback = sectoralFallback;
    }

    public String getRoute() { return route; }
    public String getPolicy() { return policy; }
    public boolean isSectoralFallback() { return sectoralFallback; }
}
