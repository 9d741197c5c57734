package org.mutualrecognition.decision.facts;

import java.math.BigDecimal;

/**
 * Whether the home regulates the occupation (P-23) and the practice the applicant shows in the ten years before
 * submission, in days weighted by FTE (P-06.4, P-06.5), for Art. 13(2).
 */
public final class HomeRegulation {
    private final boolean regulated;
    private final String basis;
    private final boolean regulatedEducation;
    private final BigDecimal practiceDaysInLastTenYears;

    public HomeRegulation(boolean regulated, String basis, boolean regulatedEducation, BigDecimal practiceDaysInLastTenYears) {
        this.regulated = regulated;
        this.basis = basis;
        this.regulatedEducation = regulatedEducation;
        this.practiceDaysInLastTenYears = practiceDaysInLastTenYears;
    }

    public boolean isRegulated() { return regulated; }
    public String getBasis() { return basis; }
    public boolean isRegulatedEducation() { return regulatedEducation; }
    public BigDecimal getPracticeDaysInLastTenYears() { return practiceDaysInLastTenYears; }
}
