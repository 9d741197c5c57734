package org.mutualrecognition.decision.facts;

import java.util.List;

/**
 * The certificate judged on a regional-standard route (P-20.1): the first qualification naming a regional standard of
 * the agreement for the application's occupation, the units it covers (its {@code matters} codes; the whole origin
 * profile when it lists none) and whether those units include every unit of the origin profile.
 */
public final class RegionalCertificate {
    private final String route;
    private final String standard;
    private final int qualificationIndex;
    private final String originCountry;
    private final List<String> units;
    private final boolean unitsFromProfile;
    private final boolean wholeOriginProfile;
    private final List<String> originUnitsNotCovered;

    public RegionalCertificate(String route, String standard, int qualificationIndex, String originCountry,
                               List<String> units, boolean unitsFromProfile, boolean wholeOriginProfile,
                               List<String> originUnitsNotCovered) {
        this.route = route;
        this.standard = standard;
        this.qualificationIndex = qualificationIndex;
        this.originCountry = originCountry;
        this.units = List.copyOf(units);
        this.unitsFromProfile = unitsFromProfile;
        this.wholeOriginProfile = wholeOriginProfile;
        this.originUnitsNotCovered = List.copyOf(originUnitsNotCovered);
    }

    public String getRoute() { return route; }
    public String getStandard() { return standard; }
    public int getQualificationIndex() { return qualificationIndex; }
    public String getOriginCountry() { return originCountry; }
    public List<String> getUnits() { return units; }
    public boolean isUnitsFromProfile() { return unitsFromProfile; }
    public boolean isWholeOriginProfile() { return wholeOriginProfile; }
    public List<String> getOriginUnitsNotCovered() { return originUnitsNotCovered; }
}
