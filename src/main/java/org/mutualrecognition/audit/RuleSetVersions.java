package org.mutualrecognition.audit;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.List;
import org.mutualrecognition.decision.CompiledRuleSet;
import org.mutualrecognition.decision.RuleSetRegistry;
import org.mutualrecognition.persistence.RuleSetArchive;

/**
 * The rule-set versions the service can decide and replay with: the packaged one (archived at start) and every archived one,
 * compiled on demand and cached by the registry.
 */
@ApplicationScoped
public class RuleSetVersions {

    private final RuleSetRegistry registry;
    private final RuleSetArchive archive;
    private final Clock clock;

    public RuleSetVersions(RuleSetRegistry registry, RuleSetArchive archive, Clock clock) {
        this.registry = registry;
        this.archive = archive;
        this.clock = clock;
    }

    void archiveActiveVersion(@Observes StartupEvent start) {
        archive.store(registry.active().files(), clock.instant());
    }

    /** The version packaged with the service (in force until a policy officer activates another). */
    public CompiledRuleSet packaged() {
        return registry.active();
    }

    /**
     * The compiled rule set of {@code version}; read from the archive and compiled only when the registry does not keep
     * it (the version in force is asked for at every submission: reading and hashing its files each time would cost
     * more than the decision).
     */
    public CompiledRuleSet version(String version) {
        return registry.cached(version).orElseGet(() -> registry.compile(archive.load(version)
                .orElseThrow(() -> new UnknownRuleSetException(version))));
    }

    public List<RuleSetArchive.ArchivedVersion> archived() {
        return archive.list();
    }

    public List<RuleSetArchive.Activation> activations() {
        return archive.activations();
    }

    public static final class UnknownRuleSetException extends RuntimeException {
        public UnknownRuleSetException(String version) {
            super("rule set " + version + " is not archived");
        }
    }
}
