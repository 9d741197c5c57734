package org.mutualrecognition.decision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.drools.core.common.InternalWorkingMemory;
import org.drools.core.common.NodeMemories;
import org.drools.core.reteoo.PathMemory;
import org.drools.core.reteoo.TerminalNode;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * The rule sessions of one rule-set version, reused from decision to decision. A session that has decided a case is
 * emptied, by deleting every fact in it (the case's and those its rules inserted) and letting the engine process the
 * deletions, and kept for the next decision: its node and segment memories, which a new session creates on first use
 * and which were about a quarter of a decision, stay allocated and empty. (Drools' own pool, {@code KieBase.newKieSessionsPool},
 * resets a session instead, which walks every node memory of the rule base: it measured slower than a new session.)
 *
 * <p>An emptied session decides as a new one does when no rule fires on an empty session: checked once per rule set
 * (a rule with no positive pattern would have fired already and would not fire again, so such a rule set gets a new
 * session each time), and again after every emptying (nothing may fire). A session whose decision threw is disposed,
 * never reused. {@code RuleSessionsTest} decides every case file on reused sessions and compares decision and trace
 * with those of new sessions.
 */
public final class RuleSessions {

    /** Idle sessions kept at most: one per request thread deciding at the same time is what the service needs. */
    static final int MAX_IDLE = 32;

    private final KieBase rules;
    private final boolean reuse;
    private final int[] ruleMemoryIds;
    private final ConcurrentLinkedDeque<KieSession> idle = new ConcurrentLinkedDeque<>();
    /** The deque's size, kept beside it: {@code ConcurrentLinkedDeque.size()} walks the deque. */
    private final AtomicInteger idleCount = new AtomicInteger();

    private RuleSessions(KieBase rules, boolean reuse) {
        this.rules = rules;
        this.reuse = reuse && noRuleFiresOnAnEmptySession(rules);
        this.ruleMemoryIds = this.reuse ? ruleMemoryIds(rules) : new int[0];
    }

    /** Sessions of {@code rules}, reused when an emptied session decides as a new one. */
    static RuleSessions reused(KieBase rules) {
        return new RuleSessions(rules, true);
    }

    /** A new session for every decision: what the benchmark compares reuse with. */
    static RuleSessions newEachTime(KieBase rules) {
        return new RuleSessions(rules, false);
    }

    /**
     * One decision's session: the facts {@code insert} puts in and every rule that matches fired, each firing passed to
     * {@code listener} when there is one.
     */
    void fire(AgendaEventListener listener, Consumer<KieSession> insert) {
        KieSession session = idle.pollFirst();
        if (session != null) {
            idleCount.decrementAndGet();
        } else {
            session = rules.newKieSession();
        }
        boolean decided = false;
        if (listener != null) {
            session.addEventListener(listener);
        }
        try {
            insert.accept(session);
            session.fireAllRules();
            decided = true;
        } finally {
            if (listener != null) {
                session.removeEventListener(listener);
            }
            keepOrDispose(session, decided);
        }
    }

    /** Sessions waiting for a decision (for tests). */
    int idle() {
        return idleCount.get();
    }

    private void keepOrDispose(KieSession session, boolean decided) {
        if (reuse && decided && emptiedOrFalse(session)) {
            if (idleCount.incrementAndGet() <= MAX_IDLE) {
                idle.offerFirst(session);
                return;
            }
            idleCount.decrementAndGet();
        }
        session.dispose();
    }

    /** A session that cannot be emptied is disposed: the decision it made stands. */
    private boolean emptiedOrFalse(KieSession session) {
        try {
            return emptied(session);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Deletes every fact and processes the deletions; true when the session is then empty and nothing fired. */
    private boolean emptied(KieSession session) {
        List<FactHandle> handles = new ArrayList<>(session.getFactHandles());
        for (FactHandle handle : handles) {
            session.delete(handle);
        }
        boolean empty = session.fireAllRules() == 0 && session.getFactCount() == 0;
        if (empty) {
            forgetDormantMatches((InternalWorkingMemory) session, ruleMemoryIds);
        }
        return empty;
    }

    /**
     * Drools 10.1 keeps a fired match of some rules in its rule's list of dormant matches after the match's facts are
     * deleted (apache/incubator-kie-drools#6361, fixed after 10.1): a reused session would hold every decided case's
     * facts through them. With every fact deleted no match can be dormant, so the lists are emptied.
     */
    private static void forgetDormantMatches(InternalWorkingMemory session, int[] ruleMemoryIds) {
        NodeMemories memories = session.getNodeMemories();
        for (int id : ruleMemoryIds) {
            if (memories.peekNodeMemory(id) instanceof PathMemory path && path.getRuleAgendaItem() != null) {
                path.getRuleAgendaItem().getRuleExecutor().getDormantMatches().clear();
            }
        }
    }

    /** The memory ids of the rules' terminal nodes, whose path memories hold the rules' matches. */
    private static int[] ruleMemoryIds(KieBase rules) {
        KieSession probe = rules.newKieSession();
        try {
            return ((InternalWorkingMemory) probe).getKnowledgeBase().getReteooBuilder().getTerminalNodes().values().stream()
                    .flatMap(Arrays::stream).mapToInt(TerminalNode::getMemoryId).distinct().toArray();
        } finally {
            probe.dispose();
        }
    }

    private static boolean noRuleFiresOnAnEmptySession(KieBase rules) {
        KieSession probe = rules.newKieSession();
        try {
            return probe.fireAllRules() == 0;
        } finally {
            probe.dispose();
        }
    }
}
