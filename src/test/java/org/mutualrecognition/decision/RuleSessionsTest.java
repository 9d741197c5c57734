package org.mutualrecognition.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.mutualrecognition.decision.model.Decision;
import org.mutualrecognition.decision.model.Reason;

/**
 * Rule sessions are reused, emptied, from decision to decision ({@link RuleSessions}): a decision must not depend on
 * which cases the session decided before.
 */
class RuleSessionsTest {

    static final ObjectMapper MAPPER = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    static CompiledRuleSet reused;
    static CompiledRuleSet newEachTime;
    static Map<Path, JsonNode> applications = new LinkedHashMap<>();

    @BeforeAll
    static void compile() throws IOException {
        reused = new RuleSetCompiler(MAPPER).compile(RuleSetFiles.fromClasspath());
        newEachTime = reused.withNewSessionEachDecision();
        try (Stream<Path> files = Files.walk(Path.of("fixtures"))) {
            for (Path caseFile : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                applications.put(caseFile, MAPPER.readTree(caseFile.toFile()).path("application"));
            }
        }
        assertThat(applications).hasSizeGreaterThan(300);
    }

    /**
     * Every case file, in file order and then in reverse (so each session has decided cases of other families, other
     * routes and referrals before), on one reused session: the same decision and the same trace (rules fired, in order,
     * tables evaluated) as in a new session.
     */
    @Test
    void a_reused_session_decides_every_case_file_exactly_as_a_new_session() throws IOException {
        List<Path> order = new ArrayList<>(applications.keySet());
        List<Path> reverse = new ArrayList<>(order);
        Collections.reverse(reverse);
        order.addAll(reverse);

        for (Path caseFile : order) {
            JsonNode application = applications.get(caseFile);
            assertThat(decide(reused, application)).as(caseFile.toString()).isEqualTo(decide(newEachTime, application));
        }
        assertThat(reused.sessions().idle()).as("one thread, one session kept").isEqualTo(1);
        assertThat(newEachTime.sessions().idle()).isZero();
    }

    /**
     * Drools 10.1 keeps some fired matches after their facts are deleted (apache/incubator-kie-drools#6361): a reused
     * session must still let go of the cases it decided (it held every one, and the service ran out of heap).
     */
    @Test
    void a_reused_session_lets_go_of_the_cases_it_decided() throws IOException {
        CompiledRuleSet ruleSet = new CompiledRuleSet(reused.version(), reused.files(), reused.rules(), reused.tables(),
                reused.knowledge());
        List<WeakReference<Reason>> reasons = new ArrayList<>();
        for (JsonNode application : applications.values()) {
            LocalDate submitted = LocalDate.parse(application.path("submittedOn").asText());
            Decision decision = new DecisionEngine().decide(application, ruleSet,
                    new DecisionContext("test", submitted.atStartOfDay().toInstant(ZoneOffset.UTC)));
            decision.reasons.forEach(reason -> reasons.add(new WeakReference<>(reason)));
        }
        assertThat(ruleSet.sessions().idle()).isEqualTo(1);
        System.gc();
        long held = reasons.stream().filter(r -> r.get() != null).count();
        assertThat(held).as("reasons of %d decisions still reachable, of %d", applications.size(), reasons.size())
                .isLessThan(reasons.size() / 20);
    }

    /** Four threads deciding every case file at once, each in its own order, share the sessions without mixing cases. */
    @Test
    void threads_deciding_at_once_each_get_a_session_of_their_own() throws Exception {
        CompiledRuleSet shared = new CompiledRuleSet(reused.version(), reused.files(), reused.rules(), reused.tables(),
                reused.knowledge());
        Map<Path, String> expected = new LinkedHashMap<>();
        for (Map.Entry<Path, JsonNode> caseFile : applications.entrySet()) {
            expected.put(caseFile.getKey(), decide(newEachTime, caseFile.getValue()));
        }
        int threads = 4;
        List<Path> order = new ArrayList<>(applications.keySet());
        List<Future<List<String>>> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int t = 0; t < threads; t++) {
                List<Path> mine = new ArrayList<>(order);
                Collections.rotate(mine, t * order.size() / threads);
                results.add(pool.submit(() -> {
                    List<String> wrong = new ArrayList<>();
                    for (Path caseFile : mine) {
                        if (!decide(shared, applications.get(caseFile)).equals(expected.get(caseFile))) {
                            wrong.add(caseFile.toString());
                        }
                    }
                    return wrong;
                }));
            }
            for (Future<List<String>> result : results) {
                assertThat(result.get()).as("case files decided differently").isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(shared.sessions().idle()).isBetween(1, threads);
    }

    @Test
    void a_session_whose_decision_threw_is_not_reused() {
        RuleSessions sessions = RuleSessions.reused(reused.rules());
        sessions.fire(null, session -> session.insert("a fact no rule reads"));
        assertThat(sessions.idle()).isEqualTo(1);

        assertThatThrownBy(() -> sessions.fire(null, session -> {
            session.insert("half a case");
            throw new IllegalStateException("preparing the facts failed");
        })).hasMessage("preparing the facts failed");
        assertThat(sessions.idle()).as("the session that held half a case is disposed").isZero();
    }

    /**
     * A rule with no positive pattern fires on an empty session, once; an emptied session would not fire it again. Such
     * a rule set gets a new session for every decision.
     */
    @Test
    void a_rule_set_with_a_rule_that_fires_on_an_empty_session_gets_a_new_session_each_time() {
        KieBase firesOnNothing = rules("""
                package rules.test;
                rule "T-001 nothing to decide"
                when
                    not String()
                then
                end
                """);
        RuleSessions sessions = RuleSessions.reused(firesOnNothing);
        sessions.fire(null, session -> { });
        assertThat(sessions.idle()).isZero();

        RuleSessions ordinary = RuleSessions.reused(rules("""
                package rules.test;
                rule "T-002 a string"
                when
                    String()
                then
                end
                """));
        ordinary.fire(null, session -> { });
        assertThat(ordinary.idle()).isEqualTo(1);
    }

    @Test
    void at_most_a_bounded_number_of_sessions_waits() throws InterruptedException {
        RuleSessions sessions = RuleSessions.reused(reused.rules());
        int threads = RuleSessions.MAX_IDLE + 8;
        CountDownLatch allInside = new CountDownLatch(threads);
        List<Thread> running = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> sessions.fire(null, session -> {
                allInside.countDown();
                try {
                    allInside.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            t.start();
            running.add(t);
        }
        for (Thread t : running) {
            t.join();
        }
        assertThat(sessions.idle()).isEqualTo(RuleSessions.MAX_IDLE);
    }

    private static KieBase rules(String drl) {
        return RuleModelJar.compile(new RuleSetFiles(Map.of("rules/test/t.drl", drl.getBytes(StandardCharsets.UTF_8))))
                .newKieBase();
    }

    private static String decide(CompiledRuleSet ruleSet, JsonNode application) throws IOException {
        LocalDate submitted = LocalDate.parse(application.path("submittedOn").asText());
        DecisionContext context = new DecisionContext("test", submitted.atStartOfDay().toInstant(ZoneOffset.UTC));
        TracedDecision traced = new DecisionEngine().decideWithTrace(application, ruleSet, context);
        return MAPPER.writeValueAsString(traced.decision()) + "\n" + MAPPER.writeValueAsString(traced.trace());
    }
}
