package org.mutualrecognition.decision.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * Inserted by rules/eu/experience.drl: one part of an Annex IV option met (CONSECUTIVE with its prior training where
 * required, or SUM), on one evidence basis, with the period counted and the evidence items not established.
 */
public final class OptionPart {
    private final String option;
    private final String basis;
    private final String part;
    private final LocalDate from;
    private final LocalDate lastDay;
    private final List<String> unestablished;

    public OptionPart(String option, String basis, String part, LocalDate from, LocalDate lastDay, List<String> unestablished) {
        this.option = option;
        this.basis = basis;
        this.part = part;
        this.from = from;
        this.lastDay = lastDay;
        this.unestablished = List.copyOf(unestablished);
    }

    public String getOption() { return option; }
    public String getBasis() { return basis; }
    public String getPart() { return part; }
    public LocalDate getFrom() { return from; }
    public LocalDate getLastDay() { return lastDay; }
    public List<String> getUnestablished() { return unestablished; }
}
