package org.mutualrecognition.decision.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * A registration of the applicant for the occupation sought, as the Australian and New Zealand routes (P-19) read it:
 * which route it was prepared for (agreement and model, because Part 3 and Part 3A may be evaluated in one session),
 * whether it is the home registration (jurisdiction = home), its status and s 42D(4) flags, its restrictions verbatim,
 * whether its evidence is established (P-04.2) and the age in days of its certificate of good standing at
 * {@code submittedOn} with the accepted maximum from procedural-deadlines.json (P-04.4). No judgement.
 */
public final class AuNzRegistration {
    private final String agreement;
    private final String model;
    private final int index;
    private final String jurisdiction;
    private final boolean home;
    private final String status;
    private final boolean proceedingsPending;
    private final boolean sanctioned;
    private final List<String> restrictions;
    private final boolean evidenceEstablished;
    private final LocalDate goodStandingIssuedOn;
    private final Long goodStandingAgeDays;
    private final long goodStandingMaxAgeDays;

    public AuNzRegistration(String agreement, String model, int index, String jurisdiction, boolean home, String status,
                            boolean proceedingsPending, boolean sanctioned, List<String> restrictions,
                            boolean evidenceEstablished, LocalDate goodStandingIssuedOn, Long goodStandingAgeDays,
                            long goodStandingMaxAgeDays) {
        this.agreement = agreement;
        this.model = model;
        this.index = index;
        this.jurisdiction = jurisdiction;
        this.home = home;
        this.status = status;
        this.proceedingsPending = proceedingsPending;
        this.sanctioned = sanctioned;
        this.restrictions = List.copyOf(restrictions);
        this.evidenceEstablished = evidenceEstablished;
        this.goodStandingIssuedOn = goodStandingIssuedOn;
        this.goodStandingAgeDays = goodStandingAgeDays;
        this.goodStandingMaxAgeDays = goodStandingMaxAgeDays;
    }

    /** JSON Pointer of the registration in the application, e.g. {@code /registrations/0}. */
    public String getPointer() { return "/registrations/" + index; }
    public String getAgreement() { return agreement; }
    public String getModel() { return model; }
    public int getIndex() { return index; }
    public String getJurisdiction() { return jurisdiction; }
    public boolean isHome() { return home; }
    public String getStatus() { return status; }
    public boolean isProceedingsPending() { return proceedingsPending; }
    public boolean isSanctioned() { return sanctioned; }
    public List<String> getRestrictions() { return restrictions; }
    public boolean isEvidenceEstablished() { return evidenceEstablished; }
    public LocalDate getGoodStandingIssuedOn() { return goodStandingIssuedOn; }
    public Long getGoodStandingAgeDays() { return goodStandingAgeDays; }
    public long getGoodStandingMaxAgeDays() { return goodStandingMaxAgeDays; }
}
