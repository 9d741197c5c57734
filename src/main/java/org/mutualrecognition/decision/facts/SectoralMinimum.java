package org.mutualrecognition.decision.facts;

import java.math.BigDecimal;

/**
 * One row of eu-sectoral-minima.dmn: the minimum training conditions of one training route of a sectoral profession
 * in the text version in force (P-10.2, P-02.3). Null = no such minimum. Shares are exact fractions of minHours
 * (numerator / denominator).
 */
public final class SectoralMinimum {
    private final String rowId;
    private final String profession;
    private final String textVersion;
    private final String route;
    private final BigDecimal minYears;
    private final BigDecimal minMonths;
    private final BigDecimal minHours;
    private final String combine;
    private final BigDecimal theoryNumerator;
    private final BigDecimal theoryDenominator;
    private final BigDecimal practicalNumerator;
    private final BigDecimal practicalDenominator;
    private final BigDecimal minEntryRequirementYears;
    private final BigDecimal minTraineeshipMonths;
    private final boolean fullTimeRequired;
    private final String prerequisite;

    public SectoralMinimum(String rowId, String profession, String textVersion, String route, BigDecimal minYears,
                           BigDecimal minMonths, BigDecimal minHours, String combine, BigDecimal theoryNumerator,
                           BigDecimal theoryDenominator, BigDecimal practicalNumerator, BigDecimal practicalDenominator,
                           BigDecimal minEntryRequirementYears, BigDecimal minTraineeshipMonths, boolean fullTimeRequired,
                           String prerequisite) {
        this.rowId = rowId;
        this.profession = profession;
        this.textVersion = textVersion;
        this.route = route;
        this.minYears = minYears;
        this.minMonths = minMonths;
        this.minHours = minHours;
        this.combine = combine;
        this.theoryNumerator = theoryNumerator;
        this.theoryDenominator = theoryDenominator;
        this.practicalNumerator = practicalNumerator;
        this.practicalDenominator = practicalDenominator;
        this.minEntryRequirementYears = minEntryRequirementYears;
        this.minTraineeshipMonths = minTraineeshipMonths;
        this.fullTimeRequired = fullTimeRequired;
        this.prerequisite = prerequisite;
    }

    /** The minimum duration in months (years x 12, or the months of a route stated in months); null when none. */
    public BigDecimal getMinDurationMonths() {
        if (minYears != null) {
            return minYears.multiply(BigDecimal.valueOf(12));
        }
        return minMonths;
    }

    public String getRowId() { return rowId; }
    public String getProfession() { return profession; }
    public String getTextVersion() { return textVersion; }
    public String getRoute() { return route; }
    public BigDecimal getMinYears() { return minYears; }
    public BigDecimal getMinMonths() { return minMonths; }
    public BigDecimal getMinHours() { return minHours; }
    public String getCombine() { return combine; }
    public BigDecimal getTheoryNumerator() { return theoryNumerator; }
    public BigDecimal getTheoryDenominator() { return theoryDenominator; }
    public BigDecimal getPracticalNumerator() { return practicalNumerator; }
    public BigDecimal getPracticalDenominator() { return practicalDenominator; }
    public BigDecimal getMinEntryRequirementYears() { return minEntryRequirementYears; }
    public BigDecimal getMinTraineeshipMonths() { return minTraineeshipMonths; }
    public boolean isFullTimeRequired() { return fullTimeRequired; }
    public String getPrerequisite() { return prerequisite; }
}
