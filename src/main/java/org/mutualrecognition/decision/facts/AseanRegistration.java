package org.mutualrecognition.decision.facts;

import java.time.LocalDate;

/**
 * A registration of the applicant as given, with look-ups for the ASEAN rules: whether it is a home registration,
 * whether it is for the application's occupation or for an occupation of the agreement's list, whether its evidence is
 * established (P-04.2), and the age in days of its certificate of good standing at submittedOn (null when none).
 */
public final class AseanRegistration {
    private final String agreement;
    private final int index;
    private final String jurisdiction;
    private final String occupation;
    private final String status;
    private final boolean home;
    private final boolean forOccupation;
    private final boolean inAgreementList;
    private final boolean sanctioned;
    private final boolean proceedingsPending;
    private final LocalDate registeredOn;
    private final boolean established;
    private final Long goodStandingAgeDays;

    public AseanRegistration(String agreement, int index, String jurisdiction, String occupation, String status, boolean home,
                             boolean forOccupation, boolean inAgreementList, boolean sanctioned, boolean proceedingsPending,
                             LocalDate registeredOn, boolean established, Long goodStandingAgeDays) {
        this.agreement = agreement;
        this.index = index;
        this.jurisdiction = jurisdiction;
        this.occupation = occupation;
        this.status = status;
        this.home = home;
        this.forOccupation = forOccupation;
        this.inAgreementList = inAgreementList;
        this.sanctioned = sanctioned;
        this.proceedingsPending = proceedingsPending;
        this.registeredOn = registeredOn;
        this.established = established;
        this.goodStandingAgeDays = goodStandingAgeDays;
    }

    public String getPointer() {
        return "/registrations/" + index;
    }

    public String getEvidencePointer() {
        return getPointer() + "/evidence";
    }

    public String getGoodStandingPointer() {
        return getPointer() + "/goodStandingIssuedOn";
    }

    public String getDescription() {
        return getPointer() + " (" + jurisdiction + ", " + occupation + ", " + status + ")";
    }

    public String getAgreement() { return agreement; }
    public int getIndex() { return index; }
    public String getJurisdiction() { return jurisdiction; }
    public String getOccupation() { return occupation; }
    public String getStatus() { return status; }
    public boolean isHome() { return home; }
    public boolean isForOccupation() { return forOccupation; }
    public boolean isInAgreementList() { return inAgreementList; }
    public boolean isSanctioned() { return sanctioned; }
    public boolean isProceedingsPending() { return proceedingsPending; }
    public LocalDate getRegisteredOn() { return registeredOn; }
    public boolean isEstablished() { return established; }
    public Long getGoodStandingAgeDays() { return goodStandingAgeDays; }
}
