package org.mutualrecognition.governance;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.mutualrecognition.audit.RuleSetVersions;
import org.mutualrecognition.decision.CompiledRuleSet;
import org.mutualrecognition.decision.RuleSetSelector;
import org.mutualrecognition.persistence.RuleSetArchive;

/**
 * The rule-set version in force at a date: the most recent activation whose {@code inForceFrom} is on or before the
 * date decides; without one, the version packaged with the service. Activations take effect without a restart.
 */
@ApplicationScoped
public class ScheduledRuleSets implements RuleSetSelector {

    private final RuleSetVersions versions;
    private final RuleSetArchive archive;
    private final Clock clock;
    private volatile List<RuleSetArchive.Activation> activations;

    public ScheduledRuleSets(RuleSetVersions versions, RuleSetArchive archive, Clock clock) {
        this.versions = versions;
        this.archive = archive;
        this.clock = clock;
    }

    @Override
    public CompiledRuleSet forSubmission(LocalDate submittedOn) {
        return versions.version(versionFor(submittedOn));
    }

    @Override
    public CompiledRuleSet current() {
        return forSubmission(LocalDate.now(clock));
    }

    public String versionFor(LocalDate date) {
        List<RuleSetArchive.Activation> list = activations();
        for (int i = list.size() - 1; i >= 0; i--) {
            if (!list.get(i).inForceFrom().isAfter(date)) {
                return list.get(i).version();
            }
        }
        return versions.packaged().version();
    }

    void reload() {
        activations = archive.activations();
    }

    private List<RuleSetArchive.Activation> activations() {
        List<RuleSetArchive.Activation> list = activations;
        if (list == null) {
            list = archive.activations();
            activations = list;
        }
        return list;
    }
}
