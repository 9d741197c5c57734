package org.mutualrecognition.decision.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What partial access (Art. 4f, P-13; rules/eu/partial-access.drl) is judged on: the requested and the separable
 * activities, the home occupation the applicant is qualified for and its regulation at home (P-23.2), the Art. 11
 * levels of the level payload (P-05.5), whether the host regulates the occupation, and the hours one unit of each
 * matter unit stands for (eu-partial-access.dmn, P-13.3(b)). Facts only; the conditions are rules.
 */
public final class PartialAccessCase {
    private final String hostStandardId;
    private final boolean hostRegulated;
    private final List<String> requestedActivities;
    private final List<String> separableActivities;
    private final String homeOccupation;
    private final boolean qualifiedForHomeOccupation;
    private final boolean homeRegistrationActive;
    private final boolean homeRegulates;
    private final String homeRegulationBasis;
    private final String applicantLevel;
    private final String requiredLevel;
    private final Map<String, BigDecimal> hoursPerUnit;

    public PartialAccessCase(String hostStandardId, boolean hostRegulated, List<String> requestedActivities,
                             List<String> separableActivities, String homeOccupation, boolean qualifiedForHomeOccupation,
                             boolean homeRegistrationActive, boolean homeRegulates, String homeRegulationBasis,
                             String applicantLevel, String requiredLevel, Map<String, BigDecimal> hoursPerUnit) {
        this.hostStandardId = hostStandardId;
        this.hostRegulated = hostRegulated;
        this.requestedActivities = List.copyOf(requestedActivities);
        this.separableActivities = List.copyOf(separableActivities);
        this.homeOccupation = homeOccupation;
        this.qualifiedForHomeOccupation = qualifiedForHomeOccupation;
        this.homeRegistrationActive = homeRegistrationActive;
        this.homeRegulates = homeRegulates;
        this.homeRegulationBasis = homeRegulationBasis;
        this.applicantLevel = applicantLevel;
        this.requiredLevel = requiredLevel;
        this.hoursPerUnit = Map.copyOf(hoursPerUnit);
    }

    /** A host amount expressed in hours (P-13.3(b): 28 hours = 1 ECTS), exact. */
    public BigDecimal hours(MatterComparison matter) {
        return matter.getHostAmount().multiply(hoursPerUnit.get(matter.getUnit()));
    }

    /** The sum of {@link #hours(MatterComparison)} over the given matters (a list collected by a rule). */
    public BigDecimal hours(List<?> matters) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Object m : matters) {
            sum = sum.add(hours((MatterComparison) m));
        }
        return sum;
    }

    /** The requested activities the host standard does not list as separable (verbatim comparison). */
    public List<String> getActivitiesNotSeparable() {
        List<String> out = new ArrayList<>(requestedActivities);
        out.removeAll(separableActivities);
        return out;
    }

    public String getHostStandardId() { return hostStandardId; }
    public boolean isHostRegulated() { return hostRegulated; }
    public List<String> getRequestedActivities() { return requestedActivities; }
    public List<String> getSeparableActivities() { return separableActivities; }
    public String getHomeOccupation() { return homeOccupation; }
    public boolean isQualifiedForHomeOccupation() { return qualifiedForHomeOccupation; }
    public boolean isHomeRegistrationActive() { return homeRegistrationActive; }
    public boolean isHomeRegulates() { return homeRegulates; }
    public String getHomeRegulationBasis() { return homeRegulationBasis; }
    public String getApplicantLevel() { return applicantLevel; }
    public String getRequiredLevel() { return requiredLevel; }
    public Map<String, BigDecimal> getHoursPerUnit() { return hoursPerUnit; }
}
