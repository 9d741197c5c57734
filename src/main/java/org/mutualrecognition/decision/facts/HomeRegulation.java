package org.mutualrecognition.decision.facts;

import java.math.BigDecimal;

/**
 * Whether the home regulates the occupation (P-23) and the practice the applicant shows in the ten years before
 * submission, in days weighted by FTE (P-06.4, P-06.5), for Art. 13(2): all of it, and the part whose evidence is
 * established (P-04.2), so that unverified practice is asked for only when the outcome depends on it (P-04.1);
 * regulated education likewise, from every comparable qualification and from those whose evidence is established.
 */
public final class HomeRegulation {
    private final boolean regulated;
    private final String basis;
    private final boolean regulatedEducation;
    private final boolean establishedRegulatedEducation;
    private final BigDecimal practiceDaysInLastTenYears;
    private final BigDecimal establishedPracticeDaysInLastTenYears;

    public HomeRegulation(boolean regulated, String basis, boolean regulatedEducation, boolean establishedRegulatedEducation,
                          BigDecimal practiceDaysInLastTenYears, BigDecimal establishedPracticeDaysInLastTenYears) {
        this.regulated = regulated;
        this.basis = basis;
        this.regulatedEducation = regulatedEducation;
        this.establishedRegulatedEducation = establishedRegulatedEducation;
        this.practiceDaysInLastTenYears = practiceDaysInLastTenYears;
        this.establishedPracticeDaysInLastTenYears = establishedPracticeDaysInLastTenYears;
    }

    public boolean isRegulated() { return regulated; }
    public String getBasis() { return basis; }
    public boolean isRegulatedEducation() { return regulatedEducation; }
    public boolean isEstablishedRegulatedEducation() { return establishedRegulatedEducation; }
    public BigDecimal getPracticeDaysInLastTenYears() { return practiceDaysInLastTenYears; }
    public BigDecimal getEstablishedPracticeDaysInLastTenYears() { return establishedPracticeDaysInLastTenYears; }
}
