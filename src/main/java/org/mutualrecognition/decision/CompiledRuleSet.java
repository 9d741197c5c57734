package org.mutualrecognition.decision;

import org.kie.api.KieBase;
import org.mutualrecognition.knowledge.KnowledgeBase;

/** One rule-set version ready to decide: its DRL knowledge base, its DMN tables and its reference data. */
public record CompiledRuleSet(String version, RuleSetFiles files, KieBase rules, DecisionTables tables, KnowledgeBase knowledge) {
}
