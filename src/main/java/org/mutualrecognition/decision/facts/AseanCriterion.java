package org.mutualrecognition.decision.facts;

import java.time.LocalDate;
import java.util.List;
import org.mutualrecognition.decision.model.MissingEvidence;

/**
 * The judgement of one criterion of an ASEAN route, inserted by the rules of rules/asean/: {@code MET}, {@code UNMET}
 * or {@code UNVERIFIED} (met on what the application states, but evidence a counted fact rests on is not established:
 * {@code gaps}, P-04.3). {@code projectedOn} is the first day an unmet duration criterion would be met while the
 * relevant experience continues (P-06.7), null otherwise; {@code period} is the merged period a continuity criterion
 * was judged on (null when none).
 */
public final class AseanCriterion {
    public static final String MET = "MET";
    public static final String UNMET = "UNMET";
    public static final String UNVERIFIED = "UNVERIFIED";

    private final String agreement;
    private final String id;
    private final String status;
    private final Integer period;
    private final LocalDate projectedOn;
    private final List<MissingEvidence> gaps;

    public AseanCriterion(String agreement, String id, String status, Integer period, LocalDate projectedOn,
                          List<MissingEvidence> gaps) {
        this.agreement = agreement;
        this.id = id;
        this.status = status;
        this.period = period;
        this.projectedOn = projectedOn;
        this.gaps = List.copyOf(gaps);
    }

    public static AseanCriterion met(String agreement, String id) {
        return new AseanCriterion(agreement, id, MET, null, null, List.of());
    }

    public static AseanCriterion unmet(String agreement, String id, LocalDate projectedOn) {
        return new AseanCriterion(agreement, id, UNMET, null, projectedOn, List.of());
    }

    public static AseanCriterion unverified(String agreement, String id, List<MissingEvidence> gaps) {
        return new AseanCriterion(agreement, id, UNVERIFIED, null, null, gaps);
    }

    public boolean isUnmet() {
        return UNMET.equals(status);
    }

    public boolean isUnverified() {
        return UNVERIFIED.equals(status);
    }

    public String getAgreement() { return agreement; }
    public String getId() { return id; }
    public String getStatus() { return status; }
    public Integer getPeriod() { return period; }
    public LocalDate getProjectedOn() { return projectedOn; }
    public List<MissingEvidence> getGaps() { return gaps; }
}
