package org.mutualrecognition.decision.facts;

import java.math.BigDecimal;
import java.util.List;

/**
 * A {@code requiredMatters} entry of one rung (P-17.2 LEARNING_OUTCOMES) and the applicant's amount of it: the sum,
 * over all the applicant's qualifications, of the matters with the identical code in the entry's unit (P-12.4, P-01.4);
 * the same sum over the qualifications whose evidence is established, and the evidence pointers of the others (P-04.1:
 * they are needed when the verdict on the matter depends on them).
 */
public final class LisbonMatter {
    private final int rank;
    private final String code;
    private final String title;
    private final String unit;
    private final BigDecimal minimum;
    private final BigDecimal applicantAmount;
    private final BigDecimal establishedApplicantAmount;
    private final List<String> unestablishedSources;

    public LisbonMatter(int rank, String code, String title, String unit, BigDecimal minimum, BigDecimal applicantAmount,
                        BigDecimal establishedApplicantAmount, List<String> unestablishedSources) {
        this.rank = rank;
        this.code = code;
        this.title = title;
        this.unit = unit;
        this.minimum = minimum;
        this.applicantAmount = applicantAmount;
        this.establishedApplicantAmount = establishedApplicantAmount;
        this.unestablishedSources = List.copyOf(unestablishedSources);
    }

    public int getRank() { return rank; }
    public String getCode() { return code; }
    public String getTitle() { return title; }
    public String getUnit() { return unit; }
    public BigDecimal getMinimum() { return minimum; }
    public BigDecimal getApplicantAmount() { return applicantAmount; }
    public BigDecimal getEstablishedApplicantAmount() { return establishedApplicantAmount; }
    public List<String> getUnestablishedSources() { return unestablishedSources; }
}
