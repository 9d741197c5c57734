package org.mutualrecognition.decision;

import org.kie.api.KieBase;
import org.mutualrecognition.knowledge.KnowledgeBase;

/**
 * One rule-set version ready to decide: its DRL knowledge base, its DMN tables and its reference data, and the
 * decision pipeline's helpers built over them once (not per decision).
 */
public record CompiledRuleSet(String version, RuleSetFiles files, KieBase rules, DecisionTables tables, KnowledgeBase knowledge,
                              DecisionHelpers helpers) {

    public CompiledRuleSet(String version, RuleSetFiles files, KieBase rules, DecisionTables tables, KnowledgeBase knowledge) {
        this(version, files, rules, tables, knowledge, new DecisionHelpers(knowledge, tables));
    }
}
