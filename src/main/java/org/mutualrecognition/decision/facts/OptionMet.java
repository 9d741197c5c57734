package org.mutualrecognition.decision.facts;

import java.util.List;

/** Inserted by rules/eu/experience.drl: an Annex IV option met on one evidence basis, with the evidence items not established. */
public final class OptionMet {
    private final String option;
    private final String basis;
    private final List<String> unestablished;

    public OptionMet(String option, String basis, List<String> unestablished) {
        this.option = option;
        this.basis = basis;
        this.unestablished = List.copyOf(unestablished);
    }

    public String getOption() { return option; }
    public String getBasis() { return basis; }
    public List<String> getUnestablished() { return unestablished; }
}
