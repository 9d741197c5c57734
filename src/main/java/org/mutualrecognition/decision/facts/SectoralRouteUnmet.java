package org.mutualrecognition.decision.facts;

/** Inserted by rules/eu/sectoral.drl: a training route of the title's profession is not met by the title's declared facts. */
public final class SectoralRouteUnmet {
    private final int titleIndex;
    private final String route;

    public SectoralRouteUnmet(int titleIndex, String route) {
        this.titleIndex = titleIndex;
        this.route = route;
    }

    public int getTitleIndex() { return titleIndex; }
    public String getRoute() { return route; }
}
