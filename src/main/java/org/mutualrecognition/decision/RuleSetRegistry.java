package org.mutualrecognition.decision;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * The rule sets the service can decide with: the packaged one (rules/ and decision-tables/ on the class path),
 * compiled once at start ({@link EarlyRuleSet}: in the background while the service boots), plus any other version
 * compiled on demand and cached by version.
 */
@ApplicationScoped
@Startup
public class RuleSetRegistry {

    private static final Logger LOG = Logger.getLogger(RuleSetRegistry.class);

    private final RuleSetCompiler compiler;
    private final CompiledRuleSet active;
    private final Map<String, CompiledRuleSet> compiled = new ConcurrentHashMap<>();

    public RuleSetRegistry(ObjectMapper mapper) {
        this.compiler = new RuleSetCompiler(mapper);
        long start = System.nanoTime();
        CompiledRuleSet early = EarlyRuleSet.take();
        this.active = early != null ? early : compiler.compile(RuleSetFiles.fromClasspath());
        compiled.put(active.version(), active);
        LOG.infof("rule set %s ready after %d ms (%d files%s)", active.version(), (System.nanoTime() - start) / 1_000_000,
                active.files().files().size(), early != null ? ", compiled while the service started" : "");
    }

    public CompiledRuleSet active() {
        return active;
    }

    /** Keeps a rule set compiled elsewhere (by validation) so that it is not compiled again. */
    public void remember(CompiledRuleSet ruleSet) {
        compiled.putIfAbsent(ruleSet.version(), ruleSet);
    }

    public CompiledRuleSet compile(RuleSetFiles files) {
        return compiled.computeIfAbsent(files.version(), v -> compiler.compile(files));
    }
}
