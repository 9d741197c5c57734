package org.mutualrecognition.decision;

import org.kie.api.definition.rule.Rule;
import org.mutualrecognition.decision.facts.RouteOutcome;

/** The file a rule is written in (the source of its reasons, without the rule name). */
final class RuleSourcesAccess {

    private RuleSourcesAccess() {
    }

    static String file(Rule rule) {
        String source = RouteOutcome.reasonOf(rule, "").source();
        int hash = source.indexOf('#');
        return hash < 0 ? source : source.substring(0, hash);
    }
}
