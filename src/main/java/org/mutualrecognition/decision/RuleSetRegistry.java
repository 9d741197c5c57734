package org.mutualrecognition.decision;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The rule sets the service can decide with: the packaged one (rules/ and decision-tables/ on the class path),
 * compiled once at start ({@link EarlyRuleSet}: in the background while the service boots), plus other versions
 * (activated, archived, replayed; not drafts, which decide their preview as validated) compiled on demand and kept by
 * version. Each kept version holds its
 * KieBase, DMN models and rule sessions (up to about 15 MiB of heap, and metaspace), so at most
 * {@code recognition.rulesets.cached-versions} besides the packaged one are kept; the one used longest ago goes first
 * and is compiled again if it is asked for again. The version in force is asked for at every submission, so it stays.
 * Other versions' executable models are kept in the database ({@link RuleModelStore}): after a restart, a version
 * compiled before is built from its model, without the rule compiler.
 */
@ApplicationScoped
@Startup
public class RuleSetRegistry {

    private static final Logger LOG = Logger.getLogger(RuleSetRegistry.class);

    private final RuleSetCompiler compiler;
    private final CompiledRuleSet active;
    private final int maxOthers;
    private final Map<String, CompiledRuleSet> compiled = new ConcurrentHashMap<>();
    private final Map<String, Long> lastUsed = new ConcurrentHashMap<>();
    private final AtomicLong uses = new AtomicLong();

    @Inject
    public RuleSetRegistry(ObjectMapper mapper, RuleModelStore models, RuleModelCompiler modelCompiler,
                           @ConfigProperty(name = "recognition.rulesets.cached-versions", defaultValue = "4") int maxOthers) {
        this(new RuleSetCompiler(mapper, models, modelCompiler), EarlyRuleSet.take(), maxOthers);
    }

    RuleSetRegistry(RuleSetCompiler compiler, CompiledRuleSet early, int maxOthers) {
        this.compiler = compiler;
        this.maxOthers = Math.max(1, maxOthers);
        long start = System.nanoTime();
        this.active = early != null ? early : compiler.compile(RuleSetFiles.fromClasspath());
        LOG.infof("rule set %s ready after %d ms (%d files%s)", active.version(), (System.nanoTime() - start) / 1_000_000,
                active.files().files().size(), early != null ? ", compiled while the service started" : "");
    }

    public CompiledRuleSet active() {
        return active;
    }

    /** The compiled rule set of {@code version} when it is kept: no archive read, no hashing of its files. */
    public Optional<CompiledRuleSet> cached(String version) {
        if (active.version().equals(version)) {
            return Optional.of(active);
        }
        CompiledRuleSet ruleSet = compiled.get(version);
        if (ruleSet != null) {
            lastUsed.put(version, uses.incrementAndGet());
        }
        return Optional.ofNullable(ruleSet);
    }

    /** Keeps a rule set compiled elsewhere, as if compiled here (RuleSetRegistryTest: versions without compiling them). */
    void remember(CompiledRuleSet ruleSet) {
        if (!active.version().equals(ruleSet.version())) {
            compiled.putIfAbsent(ruleSet.version(), ruleSet);
            used(ruleSet.version());
        }
    }

    public CompiledRuleSet compile(RuleSetFiles files) {
        String version = files.version();
        if (active.version().equals(version)) {
            return active;
        }
        CompiledRuleSet ruleSet = compiled.computeIfAbsent(version, v -> compiler.compile(files, active.tables()));
        used(version);
        return ruleSet;
    }

    private void used(String version) {
        lastUsed.put(version, uses.incrementAndGet());
        if (compiled.size() > maxOthers) {
            forgetLeastRecentlyUsed();
        }
    }

    private synchronized void forgetLeastRecentlyUsed() {
        while (compiled.size() > maxOthers) {
            String oldest = compiled.keySet().stream()
                    .min(Comparator.comparing((String v) -> lastUsed.getOrDefault(v, 0L))).orElseThrow();
            compiled.remove(oldest);
            lastUsed.remove(oldest);
            LOG.infof("rule set %s no longer kept compiled (%d other versions are kept at most)", oldest, maxOthers);
        }
    }
}
