package org.mutualrecognition.decision;

import org.mutualrecognition.agreements.RouteFinder;
import org.mutualrecognition.evidence.ConsistencyChecks;
import org.mutualrecognition.evidence.FactPreparers;
import org.mutualrecognition.knowledge.KnowledgeBase;

/**
 * The Java helpers of the decision pipeline for one rule-set version: consistency checks, route finder and fact
 * preparers. They hold nothing but the rule set's reference data and tables (no per-decision state), so one instance
 * of each serves every decision and thread; each is built on the first decision that needs it (a rule set whose
 * reference data they cannot read fails then, as before, and is tried again on the next decision).
 */
public final class DecisionHelpers {

    private final KnowledgeBase knowledge;
    private final DecisionTables tables;
    private volatile ConsistencyChecks consistencyChecks;
    private volatile RouteFinder routeFinder;
    private volatile FactPreparers factPreparers;

    DecisionHelpers(KnowledgeBase knowledge, DecisionTables tables) {
        this.knowledge = knowledge;
        this.tables = tables;
    }

    ConsistencyChecks consistencyChecks() {
        ConsistencyChecks checks = consistencyChecks;
        if (checks == null) {
            checks = new ConsistencyChecks(knowledge);
            consistencyChecks = checks;
        }
        return checks;
    }

    RouteFinder routeFinder() {
        RouteFinder finder = routeFinder;
        if (finder == null) {
            finder = new RouteFinder(knowledge, tables);
            routeFinder = finder;
        }
        return finder;
    }

    FactPreparers factPreparers() {
        FactPreparers preparers = factPreparers;
        if (preparers == null) {
            preparers = new FactPreparers(knowledge, tables);
            factPreparers = preparers;
        }
        return preparers;
    }
}
