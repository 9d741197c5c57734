package org.mutualrecognition.decision;

import java.time.LocalDate;

/** Which rule set decides an application: the version in force at its {@code submittedOn}. */
public interface RuleSetSelector {

    CompiledRuleSet forSubmission(LocalDate submittedOn);

    /** The version in force today (the CURRENT of a replay). */
    CompiledRuleSet current();
}
