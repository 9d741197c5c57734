package org.mutualrecognition.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.mutualrecognition.audit.FixtureMatcher;
import org.mutualrecognition.decision.CompiledRuleSet;
import org.mutualrecognition.decision.DecisionTables;
import org.mutualrecognition.decision.DecisionContext;
import org.mutualrecognition.decision.DecisionEngine;
import org.mutualrecognition.decision.RuleSetCompiler;
import org.mutualrecognition.decision.RuleSetFiles;
import org.mutualrecognition.decision.TracedDecision;
import org.mutualrecognition.decision.model.Decision;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (a) The full in-process decision: consistency checks, route discovery, fact preparation (DMN tables), one Drools
 * session, route preference. Each invocation decides the next application of the mix (every case file under
 * fixtures/, or one family with {@code -p family=eu-general-system}), round robin, with the case's own decision date.
 * The rule set is compiled once per fork; before measuring, every decision is checked against its case file.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DecisionBench {

    static final ObjectMapper MAPPER = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    /** "all" (every case file) or a folder under fixtures/. */
    @Param({"all"})
    public String family;

    CompiledRuleSet ruleSet;
    /** The same rule set with tables evaluated by kie-dmn on every call: what remembering table results saves. */
    CompiledRuleSet evaluatingRuleSet;
    /** The same rule set deciding in a new rule session each time: what reusing sessions saves. */
    CompiledRuleSet newSessionsRuleSet;
    DecisionEngine engine;
    JsonNode[] applications;
    DecisionContext[] contexts;

    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Setup(Level.Trial)
    public void setUp() {
        Logging.asInTheService();
        ruleSet = new RuleSetCompiler(MAPPER).compile(RuleSetFiles.fromDirectory(Path.of(".")));
        engine = new DecisionEngine();
        evaluatingRuleSet = new CompiledRuleSet(ruleSet.version(), ruleSet.files(), ruleSet.rules(),
                DecisionTables.withoutMemory(ruleSet.files().files()), ruleSet.knowledge());
        newSessionsRuleSet = ruleSet.withNewSessionEachDecision();
        List<JsonNode> cases = cases(family);
        applications = new JsonNode[cases.size()];
        contexts = new DecisionContext[cases.size()];
        List<String> wrong = new ArrayList<>();
        long rules = 0;
        long tables = 0;
        Map<String, Integer> byModel = new TreeMap<>();
        for (int i = 0; i < cases.size(); i++) {
            JsonNode fixture = cases.get(i);
            applications[i] = fixture.get("application");
            LocalDate date = LocalDate.parse(applications[i].get("submittedOn").asText());
            contexts[i] = new DecisionContext("bench-" + i, date.atStartOfDay().toInstant(ZoneOffset.UTC));
            JsonNode plain = MAPPER.valueToTree(engine.decide(applications[i], ruleSet, contexts[i]));
            TracedDecision tracedDecision = engine.decideWithTrace(applications[i], ruleSet, contexts[i]);
            rules += tracedDecision.trace().rulesFired.size();
            tables += tracedDecision.trace().tablesEvaluated.size();
            tracedDecision.trace().tablesEvaluated.forEach(t -> byModel.merge(t.model(), 1, Integer::sum));
            JsonNode traced = MAPPER.valueToTree(tracedDecision.decision());
            JsonNode inNewSession = MAPPER.valueToTree(engine.decide(applications[i], newSessionsRuleSet, contexts[i]));
            if (!FixtureMatcher.differences(fixture.get("expected"), plain).isEmpty() || !plain.equals(traced)
                    || !plain.equals(inNewSession)) {
                wrong.add(fixture.path("id").asText());
            }
        }
        if (!wrong.isEmpty()) {
            throw new IllegalStateException("decisions differ from their case files: " + wrong);
        }
        System.out.printf(Locale.ROOT, "%n%d applications (%s), each decided as its case file expects; per decision "
                + "%.1f rules fired and %.1f DMN decisions evaluated on average; rule set %s%n",
                applications.length, family, (double) rules / applications.length, (double) tables / applications.length,
                ruleSet.version());
        System.out.println("DMN evaluations per model over the mix: " + byModel);
    }

    static List<JsonNode> cases(String family) {
        Path root = "all".equals(family) ? Path.of("fixtures") : Path.of("fixtures", family);
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException(root.toAbsolutePath() + " not found: run from the project root");
        }
        try (Stream<Path> files = Files.walk(root)) {
            List<JsonNode> out = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                out.add(MAPPER.readTree(p.toFile()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int next(Cursor cursor) {
        int i = cursor.next;
        cursor.next = i + 1 == applications.length ? 0 : i + 1;
        return i;
    }

    /** (a) as the service's POST does it: decision and trace. */
    @Benchmark
    public TracedDecision decideWithTrace(Cursor cursor) {
        int i = next(cursor);
        return engine.decideWithTrace(applications[i], ruleSet, contexts[i]);
    }

    /** (a) with every table evaluated by kie-dmn (nothing remembered): the decision as it was before the memory. */
    @Benchmark
    public TracedDecision decideWithTraceEvaluatingTables(Cursor cursor) {
        int i = next(cursor);
        return engine.decideWithTrace(applications[i], evaluatingRuleSet, contexts[i]);
    }

    /** (a) in a new rule session for every decision, as before sessions were reused. */
    @Benchmark
    public TracedDecision decideWithTraceNewSessions(Cursor cursor) {
        int i = next(cursor);
        return engine.decideWithTrace(applications[i], newSessionsRuleSet, contexts[i]);
    }

    /** (a) without the trace (rule listener and table records off): the trace cost is the difference. */
    @Benchmark
    public Decision decide(Cursor cursor) {
        int i = next(cursor);
        return engine.decide(applications[i], ruleSet, contexts[i]);
    }
}
