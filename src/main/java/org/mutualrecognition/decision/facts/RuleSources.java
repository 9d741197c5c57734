package org.mutualrecognition.decision.facts;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;

/** Where a rule is written: {@code rules/eu/general-system.drl#EU-GS-010 Substantial difference ...}. */
final class RuleSources {

    private RuleSources() {
    }

    static String sourceOf(Rule rule) {
        String file = null;
        if (rule instanceof RuleImpl impl) {
            Resource resource = impl.getResource();
            if (resource != null && resource.getSourcePath() != null) {
                file = resource.getSourcePath();
                int rules = file.indexOf("rules/");
                if (rules > 0) {
                    file = file.substring(rules);
                }
            }
        }
        return (file == null ? rule.getPackageName() : file) + "#" + rule.getName();
    }
}
