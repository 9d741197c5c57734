package org.mutualrecognition.decision;

import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.mutualrecognition.decision.facts.RouteOutcome;

/** Agenda listener that writes every fired rule into the decision's trace, in firing order. */
final class RuleFiringRecorder extends DefaultAgendaEventListener {

    private final DecisionTrace trace;

    RuleFiringRecorder(DecisionTrace trace) {
        this.trace = trace;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Rule rule = event.getMatch().getRule();
        String route = null;
        for (Object o : event.getMatch().getObjects()) {
            if (o instanceof RouteOutcome r) {
                route = r.getAgreement() + "/" + r.getModel();
                break;
            }
        }
        var reason = RouteOutcome.reasonOf(rule, "");
        trace.ruleFired(reason.ruleId(), reason.source(), route);
    }
}
