package org.mutualrecognition.decision.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.mutualrecognition.decision.model.MissingEvidence;

/**
 * A quantity measured for a duration criterion of an ASEAN arrangement (P-18.3 with the P-06 arithmetic), and the
 * quantity the criterion's terms require, in the same unit: whole calendar months of one full-time merged period
 * (P-06.3: N years reached iff whole months >= 12 N), full-time-equivalent days of summed or part-time periods
 * (P-06.4: 365 per year), months in responsible charge (P-06.6) or years of study. Criteria that concern one
 * continuous period get one fact per merged period ({@code period} numbers them; {@code latest} marks the most recent).
 * {@code projectedOn} is the first day on which the criterion would be met if the ongoing experience continues (P-06.7),
 * null when no relevant experience is ongoing, the quantity cannot grow, or it is already reached. {@code gaps} lists the evidence of counted
 * facts that is not established (P-04.2). {@code establishedOnly} is the same measure over the established facts
 * alone (itself when every counted fact is established): P-04.1 needs the gaps only when that measure falls short.
 * Comparing {@code amount} with {@code required} is the rules' business.
 */
public final class AseanDuration {
    private final String agreement;
    private final String criterion;
    private final String partOf;
    private final int period;
    private final boolean latest;
    private final String unit;
    private final BigDecimal amount;
    private final BigDecimal required;
    private final boolean ongoing;
    private final LocalDate projectedOn;
    private final String description;
    private final List<MissingEvidence> gaps;
    private final AseanDuration establishedOnly;

    public AseanDuration(String agreement, String criterion, String partOf, int period, boolean latest, String unit,
                         BigDecimal amount, BigDecimal required, boolean ongoing, LocalDate projectedOn, String description,
                         List<MissingEvidence> gaps) {
        this(agreement, criterion, partOf, period, latest, unit, amount, required, ongoing, projectedOn, description, gaps, null);
    }

    private AseanDuration(String agreement, String criterion, String partOf, int period, boolean latest, String unit,
                          BigDecimal amount, BigDecimal required, boolean ongoing, LocalDate projectedOn, String description,
                          List<MissingEvidence> gaps, AseanDuration establishedOnly) {
        this.agreement = agreement;
        this.criterion = criterion;
        this.partOf = partOf;
        this.period = period;
        this.latest = latest;
        this.unit = unit;
        this.amount = amount;
        this.required = required;
        this.ongoing = ongoing;
        this.projectedOn = projectedOn;
        this.description = description;
        this.gaps = List.copyOf(gaps);
        this.establishedOnly = establishedOnly;
    }

    /** This measure with the same measure over the established facts alone. */
    public AseanDuration withEstablishedOnly(AseanDuration measure) {
        return new AseanDuration(agreement, criterion, partOf, period, latest, unit, amount, required, ongoing, projectedOn,
                description, gaps, measure);
    }

    /** This measure listing only {@code gaps} (a subset of its own: the evidence that can decide it, P-04.1). */
    public AseanDuration withGaps(List<MissingEvidence> gaps) {
        return new AseanDuration(agreement, criterion, partOf, period, latest, unit, amount, required, ongoing, projectedOn,
                description, gaps, establishedOnly);
    }

    /** "84 MONTHS of 84 required (2017-07-01 to 2024-06-30)" for reasons. */
    public String getSummary() {
        return amount.stripTrailingZeros().toPlainString() + " " + unit + " of " + required.stripTrailingZeros().toPlainString()
                + " required (" + description + ")";
    }

    public String getAgreement() { return agreement; }
    public String getCriterion() { return criterion; }
    public String getPartOf() { return partOf; }
    public int getPeriod() { return period; }
    public boolean isLatest() { return latest; }
    public String getUnit() { return unit; }
    public BigDecimal getAmount() { return amount; }
    public BigDecimal getRequired() { return required; }
    public boolean isOngoing() { return ongoing; }
    public LocalDate getProjectedOn() { return projectedOn; }
    public String getDescription() { return description; }
    public List<MissingEvidence> getGaps() { return gaps; }
    public AseanDuration getEstablishedOnly() { return establishedOnly == null ? this : establishedOnly; }
}
