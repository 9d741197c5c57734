package org.mutualrecognition.decision.facts;

import java.math.BigDecimal;
import java.util.List;

/**
 * One host matter set against what the applicant shows for it (P-12.4, P-12.5): the host amount, the applicant amount
 * (sum of the applicant's matters with the identical code in the host unit), the part of it from qualifications whose
 * evidence is established and the evidence pointers of the others (P-04.1: they are needed when the verdict depends on
 * them), and the ids of validated experience or lifelong-learning entries that list the code. Whether this is a
 * substantial difference is for the rules.
 */
public final class MatterComparison {
    private final String route;
    private final String code;
    private final String title;
    private final String unit;
    private final BigDecimal hostAmount;
    private final BigDecimal applicantAmount;
    private final boolean essential;
    private final int adaptationMonths;
    private final List<String> validatedCover;
    private final BigDecimal establishedApplicantAmount;
    private final List<String> unestablishedSources;

    public MatterComparison(String route, String code, String title, String unit, BigDecimal hostAmount,
                            BigDecimal applicantAmount, boolean essential, int adaptationMonths,
                            List<String> validatedCover, BigDecimal establishedApplicantAmount,
                            List<String> unestablishedSources) {
        this.route = route;
        this.code = code;
        this.title = title;
        this.unit = unit;
        this.hostAmount = hostAmount;
        this.applicantAmount = applicantAmount;
        this.essential = essential;
        this.adaptationMonths = adaptationMonths;
        this.validatedCover = List.copyOf(validatedCover);
        this.establishedApplicantAmount = establishedApplicantAmount;
        this.unestablishedSources = List.copyOf(unestablishedSources);
    }

    public String getRoute() { return route; }
    public String getCode() { return code; }
    public String getTitle() { return title; }
    public String getUnit() { return unit; }
    public BigDecimal getHostAmount() { return hostAmount; }
    public BigDecimal getApplicantAmount() { return applicantAmount; }
    public boolean isEssential() { return essential; }
    public int getAdaptationMonths() { return adaptationMonths; }
    public List<String> getValidatedCover() { return validatedCover; }
    public boolean isCoveredByValidatedLearning() { return !validatedCover.isEmpty(); }
    public BigDecimal getEstablishedApplicantAmount() { return establishedApplicantAmount; }
    public List<String> getUnestablishedSources() { return unestablishedSources; }
}
