package org.mutualrecognition.governance;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;
import org.mutualrecognition.audit.RuleSetVersions;
import org.mutualrecognition.decision.CompiledRuleSet;
import org.mutualrecognition.decision.EarlyRuleSet;
import org.mutualrecognition.decision.RuleSetSelector;
import org.mutualrecognition.persistence.RuleSetArchive;

/**
 * The rule-set version in force at a date: the most recent activation whose {@code inForceFrom} is on or before the
 * date decides; without one, the version packaged with the service. Activations take effect without a restart.
 */
@ApplicationScoped
public class ScheduledRuleSets implements RuleSetSelector {

    private static final Logger LOG = Logger.getLogger(ScheduledRuleSets.class);

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

    /**
     * When a version other than the packaged one is in force, it is made ready on a thread of its own as soon as the
     * service has started (from its kept model, else compiled) and decides the warm-up cases, as the packaged one does
     * while the service boots ({@link EarlyRuleSet}): otherwise the first submission after a restart would wait for it.
     * A submission arriving meanwhile waits for the same preparation; one that fails is logged and retried by that
     * submission.
     */
    void prepareVersionInForce(@Observes StartupEvent start) {
        String version = versionFor(LocalDate.now(clock));
        if (version.equals(versions.packaged().version())) {
            return;
        }
        Thread thread = new Thread(() -> {
            long begin = System.nanoTime();
            try {
                CompiledRuleSet ruleSet = versions.version(version);
                long ready = System.nanoTime();
                int warmed = EarlyRuleSet.warmUp(ruleSet);
                LOG.infof("rule set %s in force, ready %d ms after the start; %d warm-up decisions in %d ms", version,
                        (ready - begin) / 1_000_000, warmed, (System.nanoTime() - ready) / 1_000_000);
            } catch (RuntimeException e) {
                LOG.warnf("rule set %s in force could not be prepared at start (%s); the first submission tries again",
                        version, e);
            }
        }, "rule-set-in-force");
        thread.setDaemon(true);
        thread.start();
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
