package org.mutualrecognition.decision.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One qualification of the applicant for a sectoral profession (sectoral-minimum-training.json), awarded in a party of
 * the Directive and not built on third-country basic training (P-10.8), with the facts the Annex V minima are judged
 * on as the application states them (null = not given, presumed met for a listed title, P-10.2), the awarding
 * country's Annex V reference date and the specific acquired-rights rule whose {@code appliesTo} the title matches.
 */
public final class SectoralTitle {
    private final int index;
    private final String title;
    private final String isco;
    private final String profession;
    private final boolean hostOccupation;
    private final boolean listed;
    private final String country;
    private final LocalDate startedOn;
    private final LocalDate referenceDate;
    private final BigDecimal durationYears;
    private final Boolean fullTime;
    private final BigDecimal hoursTotal;
    private final BigDecimal hoursTheory;
    private final BigDecimal hoursPractical;
    private final BigDecimal entryRequirement;
    private final BigDecimal traineeshipMonths;
    private final boolean established;
    private final String specificRule;

    public SectoralTitle(int index, String title, String isco, String profession, boolean hostOccupation, boolean listed,
                         String country, LocalDate startedOn, LocalDate referenceDate, BigDecimal durationYears,
                         Boolean fullTime, BigDecimal hoursTotal, BigDecimal hoursTheory, BigDecimal hoursPractical,
                         BigDecimal entryRequirement, BigDecimal traineeshipMonths, boolean established, String specificRule) {
        this.index = index;
        this.title = title;
        this.isco = isco;
        this.profession = profession;
        this.hostOccupation = hostOccupation;
        this.listed = listed;
        this.country = country;
        this.startedOn = startedOn;
        this.referenceDate = referenceDate;
        this.durationYears = durationYears;
        this.fullTime = fullTime;
        this.hoursTotal = hoursTotal;
        this.hoursTheory = hoursTheory;
        this.hoursPractical = hoursPractical;
        this.entryRequirement = entryRequirement;
        this.traineeshipMonths = traineeshipMonths;
        this.established = established;
        this.specificRule = specificRule;
    }

    /** JSON Pointer of the qualification, the missingEvidence item of a justified doubt (P-04.5). */
    public String getPointer() { return "/qualifications/" + index; }
    /** JSON Pointer of the qualification's evidence object (P-04.5). */
    public String getEvidenceItem() { return "/qualifications/" + index + "/evidence"; }

    public int getIndex() { return index; }
    public String getTitle() { return title; }
    public String getIsco() { return isco; }
    public String getProfession() { return profession; }
    public boolean isHostOccupation() { return hostOccupation; }
    public boolean isListed() { return listed; }
    public String getCountry() { return country; }
    public LocalDate getStartedOn() { return startedOn; }
    public LocalDate getReferenceDate() { return referenceDate; }
    public BigDecimal getDurationYears() { return durationYears; }
    public Boolean getFullTime() { return fullTime; }
    public BigDecimal getHoursTotal() { return hoursTotal; }
    public BigDecimal getHoursTheory() { return hoursTheory; }
    public BigDecimal getHoursPractical() { return hoursPractical; }
    public BigDecimal getEntryRequirement() { return entryRequirement; }
    public BigDecimal getTraineeshipMonths() { return traineeshipMonths; }
    public boolean isEstablished() { return established; }
    public String getSpecificRule() { return specificRule; }
}
