package org.mutualrecognition.decision;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;
import org.mutualrecognition.agreements.RouteFinder;
import org.mutualrecognition.evidence.ConsistencyChecks;
import org.mutualrecognition.evidence.FactPreparers;
import org.mutualrecognition.knowledge.KnowledgeBase;

/**
 * The Java helpers of the decision pipeline for one rule-set version: consistency checks, route finder, fact
 * preparers, and the pool of rule sessions. They hold nothing but the rule set's reference data and tables (no per-decision state), so one instance
 * of each serves every decision and thread; each is built on the first decision that needs it (a rule set whose
 * reference data they cannot read fails then, as before, and is tried again on the next decision).
 */
public final class DecisionHelpers {

    private final KnowledgeBase knowledge;
    private final DecisionTables tables;
    private final KieBase rules;
    private volatile KieSessionsPool sessions;
    private volatile ConsistencyChecks consistencyChecks;
    private volatile RouteFinder routeFinder;
    private volatile FactPreparers factPreparers;

    DecisionHelpers(KnowledgeBase knowledge, DecisionTables tables, KieBase rules) {
        this.knowledge = knowledge;
        this.tables = tables;
        this.rules = rules;
    }

    /**
     * Rule sessions of this rule set, reused: {@code dispose()} of a pooled session resets it (facts, agenda, node
     * memories emptied) and returns it to the pool instead of throwing it away, so a decision no longer builds the
     * session's node memories from scratch. The pool grows to the number of concurrent decisions.
     */
    KieSessionsPool sessions() {
        KieSessionsPool pool = sessions;
        if (pool == null) {
            synchronized (this) {
                pool = sessions;
                if (pool == null) {
                    pool = rules.newKieSessionsPool(2);
                    sessions = pool;
                }
            }
        }
        return pool;
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
