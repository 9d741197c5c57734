package org.mutualrecognition.decision.facts;

import java.time.LocalDate;

/** Annex IV ten-year rule (P-06.5): the first day of [submittedOn - 10 years, submittedOn], and submittedOn. */
public final class ExperienceWindow {
    private final LocalDate tenYearStart;
    private final LocalDate submittedOn;

    public ExperienceWindow(LocalDate tenYearStart, LocalDate submittedOn) {
        this.tenYearStart = tenYearStart;
        this.submittedOn = submittedOn;
    }

    public LocalDate getTenYearStart() { return tenYearStart; }
    public LocalDate getSubmittedOn() { return submittedOn; }
}
