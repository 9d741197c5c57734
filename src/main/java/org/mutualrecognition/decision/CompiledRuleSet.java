package org.mutualrecognition.decision;

import org.kie.api.KieBase;
import org.mutualrecognition.knowledge.KnowledgeBase;

/**
 * One rule-set version ready to decide: its DRL knowledge base, its DMN tables and its reference data, and the
 * decision pipeline's helpers built over them once (not per decision), and the rule sessions it decides in, reused from
 * decision to decision ({@link RuleSessions}).
 */
public record CompiledRuleSet(String version, RuleSetFiles files, KieBase rules, DecisionTables tables, KnowledgeBase knowledge,
                              DecisionHelpers helpers, RuleSessions sessions) {

    public CompiledRuleSet(String version, RuleSetFiles files, KieBase rules, DecisionTables tables, KnowledgeBase knowledge) {
        this(version, files, rules, tables, knowledge, new DecisionHelpers(knowledge, tables), RuleSessions.reused(rules));
    }

    /** The same rule set deciding every case in a new rule session: what the benchmark compares reused sessions with. */
    public CompiledRuleSet withNewSessionEachDecision() {
        return new CompiledRuleSet(version, files, rules, tables, knowledge, helpers, RuleSessions.newEachTime(rules));
    }
}
