package org.mutualrecognition.decision.facts;

/**
 * A fact a route relies on whose evidence is not established (P-04.2), or a certificate of good standing and its age
 * in days (P-04.4). {@code item} is the JSON Pointer that goes into missingEvidence.
 */
public final class EvidenceGap {
    private final String route;
    private final String kind;
    private final String item;
    private final String detail;
    private final long ageDays;

    public EvidenceGap(String route, String kind, String item, String detail, long ageDays) {
        this.route = route;
        this.kind = kind;
        this.item = item;
        this.detail = detail;
        this.ageDays = ageDays;
    }

    public static EvidenceGap notEstablished(String route, String item, String detail) {
        return new EvidenceGap(route, "NOT_ESTABLISHED", item, detail, 0);
    }

    public static EvidenceGap goodStanding(String route, String item, long ageDays) {
        return new EvidenceGap(route, "GOOD_STANDING", item, "certificate of good standing", ageDays);
    }

    public String getRoute() { return route; }
    public String getKind() { return kind; }
    public String getItem() { return item; }
    public String getDetail() { return detail; }
    public long getAgeDays() { return ageDays; }
}
