package org.mutualrecognition.decision.facts;

import java.util.List;

/**
 * A national profile measured against its regional standard (P-20.2 to P-20.4): total weight W(P) in nominal hours,
 * adapted weight and its exact share (as "adapted/W" and as the P-07.2 display string), the core units of the
 * standard the profile lacks, and the conformity the decision table regional-tolerances.dmn gave for them.
 * {@code role} is ORIGIN (the profile of the qualification's country) or HOST.
 */
public final class RegionalProfile {
    private final String route;
    private final String role;
    private final String standard;
    private final String profileId;
    private final String country;
    private final String fraction;
    private final String adaptedShare;
    private final List<String> adaptedUnits;
    private final List<String> missingCoreUnits;
    private final boolean conforms;
    private final String tolerance;

    public RegionalProfile(String route, String role, String standard, String profileId, String country, String fraction,
                           String adaptedShare, List<String> adaptedUnits, List<String> missingCoreUnits,
                           boolean conforms, String tolerance) {
        this.route = route;
        this.role = role;
        this.standard = standard;
        this.profileId = profileId;
        this.country = country;
        this.fraction = fraction;
        this.adaptedShare = adaptedShare;
        this.adaptedUnits = List.copyOf(adaptedUnits);
        this.missingCoreUnits = List.copyOf(missingCoreUnits);
        this.conforms = conforms;
        this.tolerance = tolerance;
    }

    public String getRoute() { return route; }
    public String getRole() { return role; }
    public String getStandard() { return standard; }
    public String getProfileId() { return profileId; }
    public String getCountry() { return country; }
    /** The adapted share as the exact fraction "adapted hours/W(P)", e.g. "80/400". */
    public String getFraction() { return fraction; }
    /** P-07.2 display string, e.g. "0.2". */
    public String getAdaptedShare() { return adaptedShare; }
    /** Codes whose hours make up the adapted weight (national, modified, removed non-core units). */
    public List<String> getAdaptedUnits() { return adaptedUnits; }
    public List<String> getMissingCoreUnits() { return missingCoreUnits; }
    public boolean isConforms() { return conforms; }
    public String getTolerance() { return tolerance; }
}
