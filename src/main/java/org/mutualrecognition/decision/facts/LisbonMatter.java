package org.mutualrecognition.decision.facts;

import java.math.BigDecimal;

/**
 * A {@code requiredMatters} entry of one rung (P-17.2 LEARNING_OUTCOMES) and the applicant's amount of it: the sum,
 * over all the applicant's qualifications, of the matters with the identical code in the entry's unit (P-12.4, P-01.4).
 */
public final class LisbonMatter {
    private final int rank;
    private final String code;
    private final String title;
    private final String unit;
    private final BigDecimal minimum;
    private final BigDecimal applicantAmount;

    public LisbonMatter(int rank, String code, String title, String unit, BigDecimal minimum, BigDecimal applicantAmount) {
        this.rank = rank;
        this.code = code;
        this.title = title;
        this.unit = unit;
        this.minimum = minimum;
        this.applicantAmount = applicantAmount;
    }

    public int getRank() { return rank; }
    public String getCode() { return code; }
    public String getTitle() { return title; }
    public String getUnit() { return unit; }
    public BigDecimal getMinimum() { return minimum; }
    public BigDecimal getApplicantAmount() { return applicantAmount; }
}
