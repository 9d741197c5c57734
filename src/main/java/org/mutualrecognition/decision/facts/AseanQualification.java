package org.mutualrecognition.decision.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A qualification of the applicant as given (ISCED field, accreditation, award date, duration in years, 0 when not
 * given) with its evidence status (P-04.2).
 */
public final class AseanQualification {
    private final String agreement;
    private final int index;
    private final String title;
    private final String iscedField;
    private final Boolean accredited;
    private final LocalDate awardedOn;
    private final BigDecimal durationYears;
    private final boolean established;

    public AseanQualification(String agreement, int index, String title, String iscedField, Boolean accredited,
                              LocalDate awardedOn, BigDecimal durationYears, boolean established) {
        this.agreement = agreement;
        this.index = index;
        this.title = title;
        this.iscedField = iscedField == null ? "" : iscedField;
        this.accredited = accredited;
        this.awardedOn = awardedOn;
        this.durationYears = durationYears == null ? BigDecimal.ZERO : durationYears;
        this.established = established;
    }

    public String getPointer() {
        return "/qualifications/" + index;
    }

    public String getEvidencePointer() {
        return getPointer() + "/evidence";
    }

    public String getAgreement() { return agreement; }
    public int getIndex() { return index; }
    public String getTitle() { return title; }
    public String getIscedField() { return iscedField; }
    public Boolean getAccredited() { return accredited; }
    public LocalDate getAwardedOn() { return awardedOn; }
    public BigDecimal getDurationYears() { return durationYears; }
    public boolean isEstablished() { return established; }
}
