package org.mutualrecognition.decision;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import org.mutualrecognition.decision.model.Decision;

/** Decides an application with the active rule set, at the time of the injected {@link Clock}. */
@ApplicationScoped
public class DecisionService {

    private final RuleSetRegistry registry;
    private final Clock clock;
    private final DecisionEngine engine = new DecisionEngine();

    public DecisionService(RuleSetRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    public Decision decide(JsonNode application) {
        return decideWithTrace(application).decision();
    }

    public TracedDecision decideWithTrace(JsonNode application) {
        return engine.decideWithTrace(application, registry.active(),
                new DecisionContext(UUID.randomUUID().toString(), clock.instant()));
    }
}
