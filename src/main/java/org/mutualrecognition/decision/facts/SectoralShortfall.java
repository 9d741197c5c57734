package org.mutualrecognition.decision.facts;

/** Inserted by rules/eu/sectoral.drl: a declared fact of a title contradicts one minimum of one training route. */
public final class SectoralShortfall {
    private final int titleIndex;
    private final String route;
    private final String kind;
    private final String detail;

    public SectoralShortfall(int titleIndex, String route, String kind, String detail) {
        this.titleIndex = titleIndex;
        this.route = route;
        this.kind = kind;
        this.detail = detail;
    }

    /** Years and hours are the two parts an AND/OR combination joins; every other kind always counts. */
    public boolean isCombined() {
        return "YEARS".equals(kind) || "HOURS".equals(kind);
    }

    public int getTitleIndex() { return titleIndex; }
    public String getRoute() { return route; }
    public String getKind() { return kind; }
    public String getDetail() { return detail; }
}
