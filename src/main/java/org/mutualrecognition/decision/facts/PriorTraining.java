package org.mutualrecognition.decision.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A qualification for the host occupation that may serve as the prior training of an Annex IV option (P-11.2), as
 * stated; {@code basis} ESTABLISHED lists only qualifications whose evidence is established, ALL lists every one.
 */
public final class PriorTraining {
    private final String basis;
    private final int index;
    private final LocalDate awardedOn;
    private final BigDecimal durationYears;
    private final Boolean fullTime;
    private final boolean established;

    public PriorTraining(String basis, int index, LocalDate awardedOn, BigDecimal durationYears, Boolean fullTime, boolean established) {
        this.basis = basis;
        this.index = index;
        this.awardedOn = awardedOn;
        this.durationYears = durationYears;
        this.fullTime = fullTime;
        this.established = established;
    }

    public String getEvidenceItem() { return "/qualifications/" + index + "/evidence"; }
    public String getPointer() { return "/qualifications/" + index; }

    public String getBasis() { return basis; }
    public int getIndex() { return index; }
    public LocalDate getAwardedOn() { return awardedOn; }
    public BigDecimal getDurationYears() { return durationYears; }
    public Boolean getFullTime() { return fullTime; }
    public boolean isEstablished() { return established; }
}
