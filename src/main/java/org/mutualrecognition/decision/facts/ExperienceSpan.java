package org.mutualrecognition.decision.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.mutualrecognition.evidence.Period;

/**
 * One merged ("consecutive") period of practice of the host occupation in one capacity group (P-06.2): calendar length
 * in whole months (P-06.3, used when full time), days x fte (P-06.4, used when a part is part time), whether it is
 * ongoing at submittedOn, and the evidence items of its parts that are not established. {@code basis} ESTABLISHED:
 * built from established periods only; ALL: from every period (P-04).
 */
public final class ExperienceSpan {
    private final String basis;
    private final String group;
    private final LocalDate from;
    private final LocalDate to;
    private final long wholeMonths;
    private final boolean fullTime;
    private final BigDecimal fteDays;
    private final boolean ongoing;
    private final BigDecimal ongoingFte;
    private final List<String> records;
    private final List<String> unestablished;
    private final List<Period> parts;

    public ExperienceSpan(String basis, String group, LocalDate from, LocalDate to, long wholeMonths, boolean fullTime,
                          BigDecimal fteDays, boolean ongoing, BigDecimal ongoingFte, List<String> records, List<String> unestablished,
                          List<Period> parts) {
        this.basis = basis;
        this.group = group;
        this.from = from;
        this.to = to;
        this.wholeMonths = wholeMonths;
        this.fullTime = fullTime;
        this.fteDays = fteDays;
        this.ongoing = ongoing;
        this.ongoingFte = ongoingFte;
        this.records = List.copyOf(records);
        this.unestablished = List.copyOf(unestablished);
        this.parts = List.copyOf(parts);
    }

    public String getBasis() { return basis; }
    public String getGroup() { return group; }
    public LocalDate getFrom() { return from; }
    public LocalDate getTo() { return to; }
    public long getWholeMonths() { return wholeMonths; }
    public boolean isFullTime() { return fullTime; }
    public BigDecimal getFteDays() { return fteDays; }
    public boolean isOngoing() { return ongoing; }
    public BigDecimal getOngoingFte() { return ongoingFte; }
    public List<String> getRecords() { return records; }
    public List<String> getUnestablished() { return unestablished; }
    /** The periods merged into this one (P-06.2), for counting a part of it (from the award of prior training). */
    public List<Period> getParts() { return parts; }
}
