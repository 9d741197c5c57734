package org.mutualrecognition.decision;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import org.mutualrecognition.decision.model.Decision;

/** Decides an application with the rule set in force at its submittedOn, at the time of the injected {@link Clock}. */
@ApplicationScoped
public class DecisionService {

    private final RuleSetSelector ruleSets;
    private final Clock clock;
    private final DecisionEngine engine = new DecisionEngine();

    public DecisionService(RuleSetSelector ruleSets, Clock clock) {
        this.ruleSets = ruleSets;
        this.clock = clock;
    }

    public Decision decide(JsonNode application) {
        return decideWithTrace(application).decision();
    }

    public TracedDecision decideWithTrace(JsonNode application) {
        CompiledRuleSet ruleSet = ruleSets.forSubmission(java.time.LocalDate.parse(application.path("submittedOn").asText()));
        return engine.decideWithTrace(application, ruleSet,
                new DecisionContext(UUID.randomUUID().toString(), clock.instant()));
    }
}
