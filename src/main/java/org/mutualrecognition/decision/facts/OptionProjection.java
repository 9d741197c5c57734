package org.mutualrecognition.decision.facts;

import java.time.LocalDate;

/**
 * Inserted by rules/eu/experience.drl for a refused route (P-06.7): the first day on which an option would be met if
 * the ongoing experience continues, for an option whose unmet criteria are all durations of ongoing experience.
 */
public final class OptionProjection {
    private final String option;
    private final LocalDate firstDay;

    public OptionProjection(String option, LocalDate firstDay) {
        this.option = option;
        this.firstDay = firstDay;
    }

    public String getOption() { return option; }
    public LocalDate getFirstDay() { return firstDay; }
}
