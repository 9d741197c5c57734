package org.mutualrecognition.decision;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import org.mutualrecognition.decision.model.Decision;
import org.mutualrecognition.evidence.IsoDates;

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

    /** Decides without a trace (dry-run evaluations: the trace would be thrown away). */
    public Decision decide(JsonNode application) {
        return engine.decide(application, ruleSet(application), context());
    }

    public TracedDecision decideWithTrace(JsonNode application) {
        return engine.decideWithTrace(application, ruleSet(application), context());
    }

    private CompiledRuleSet ruleSet(JsonNode application) {
        return ruleSets.forSubmission(IsoDates.parse(application.path("submittedOn").asText()));
    }

    private DecisionContext context() {
        Instant now = clock.instant();
        return new DecisionContext(DecisionIds.next(now), now);
    }
}
