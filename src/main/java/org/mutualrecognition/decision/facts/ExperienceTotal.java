package org.mutualrecognition.decision.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * All practice of the host occupation in one capacity group, summed as days x fte (P-06.4), with the last day of the
 * most recent period, whether a period is ongoing (and its fte) and the evidence items not established.
 * {@code basis} as in {@link ExperienceSpan}.
 */
public final class ExperienceTotal {
    private final String basis;
    private final String group;
    private final BigDecimal fteDays;
    private final LocalDate lastDay;
    private final boolean ongoing;
    private final BigDecimal ongoingFte;
    private final List<String> unestablished;

    public ExperienceTotal(String basis, String group, BigDecimal fteDays, LocalDate lastDay, boolean ongoing,
                           BigDecimal ongoingFte, List<String> unestablished) {
        this.basis = basis;
        this.group = group;
        this.fteDays = fteDays;
        this.lastDay = lastDay;
        this.ongoing = ongoing;
        this.ongoingFte = ongoingFte;
        this.unestablished = List.copyOf(unestablished);
    }

    public String getBasis() { return basis; }
    public String getGroup() { return group; }
    public BigDecimal getFteDays() { return fteDays; }
    public LocalDate getLastDay() { return lastDay; }
    public boolean isOngoing() { return ongoing; }
    public BigDecimal getOngoingFte() { return ongoingFte; }
    public List<String> getUnestablished() { return unestablished; }
}
