package org.mutualrecognition.decision.facts;

/**
 * Inserted by rules/eu/sectoral.drl when the sectoral route does not recognise and no justified doubt is open: the
 * applicant is assessed under the general system as Art. 10(b)-(g) allows, the host stipulating the measure (P-10.7).
 */
public final class SectoralFallback {
    private final String reason;

    public SectoralFallback(String reason) {
        this.reason = reason;
    }

    public String getReason() { return reason; }
}
