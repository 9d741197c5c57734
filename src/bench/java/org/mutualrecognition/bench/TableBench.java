package org.mutualrecognition.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.compiler.RuntimeTypeCheckOption;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.internal.io.ResourceFactory;
import org.mutualrecognition.decision.DecisionTables;
import org.mutualrecognition.decision.RuleSetFiles;
import org.mutualrecognition.decision.TableResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One table, three ways: the level-referencing "Meta levels" COLLECT table (108 rows) for IE-NFQ level 6.
 * (b) through the project's {@link DecisionTables#evaluate} (input checks, matched rows with legal basis, trace hook),
 * evaluated by kie-dmn on every call ({@link DecisionTables#withoutMemory}); (b-mem) the same call answered from the
 * tables' memory of earlier results, as the service evaluates it after the first time;
 * (b-raw) kie-dmn's {@link DMNRuntime#evaluateDecisionByName} on the same model compiled the same way (type checks on),
 * (c) a hand-written Java equivalent: a map built from decision-tables/reference/frameworks.json, the physical limit.
 * Setup checks that the Java map gives the table's answer for every framework level.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TableBench {

    static final String MODEL = "level-referencing";
    static final String DECISION = "Meta levels";
    static final String DMN_PATH = "decision-tables/level-referencing.dmn";

    /** One row of the table: where a framework level is referenced to, and the row's id. */
    public record MetaLevel(String metaFramework, String metaLevel, String status, String rowId) {
    }

    // inputs in fields, not constants, so the JIT cannot fold the lookup away
    public String framework = "IE-NFQ";
    public String level = "6";
    Map<String, String> inputs;

    DecisionTables tables;
    DecisionTables rememberingTables;
    DMNRuntime runtime;
    DMNModel model;
    Map<String, Map<String, List<MetaLevel>>> javaTable;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Logging.asInTheService();
        inputs = Map.of("framework", framework, "level", level);
        Map<String, byte[]> files = RuleSetFiles.fromDirectory(Path.of(".")).files();
        tables = DecisionTables.withoutMemory(files);
        rememberingTables = new DecisionTables(files);

        Resource resource = ResourceFactory.newByteArrayResource(Files.readAllBytes(Path.of(DMN_PATH)));
        resource.setSourcePath(DMN_PATH);
        resource.setResourceType(ResourceType.DMN);
        runtime = DMNRuntimeBuilder.fromDefaults()
                .setOption(new RuntimeTypeCheckOption(true))
                .buildConfiguration()
                .fromResources(List.of(resource))
                .getOrElseThrow(e -> new IllegalStateException(String.valueOf(e.getMessage())));
        model = runtime.getModels().get(0);
        javaTable = javaTable(DecisionBench.MAPPER.readTree(Path.of("decision-tables/reference/frameworks.json").toFile()));
        check();
    }

    /** frameworks.json referencing, keyed framework -> level (as text) -> rows in file order, as the DMN generator does. */
    static Map<String, Map<String, List<MetaLevel>>> javaTable(JsonNode frameworks) {
        Map<String, Map<String, List<MetaLevel>>> table = new HashMap<>();
        for (JsonNode f : frameworks.path("frameworks")) {
            String id = f.path("id").asText();
            for (JsonNode ref : f.path("referencing")) {
                for (JsonNode entry : ref.path("map")) {
                    String lvl = entry.path("level").asText();
                    for (JsonNode meta : entry.path("metaLevels")) {
                        String to = ref.path("to").asText();
                        String rowId = ("LR-" + id + "-" + lvl + "-" + to + "-" + meta.asText()).replaceAll("[^A-Za-z0-9._-]", "-");
                        table.computeIfAbsent(id, k -> new HashMap<>())
                                .computeIfAbsent(lvl, k -> new ArrayList<>())
                                .add(new MetaLevel(to, meta.asText(), ref.path("status").asText(), rowId));
                    }
                }
            }
        }
        table.replaceAll((k, levels) -> {
            levels.replaceAll((l, rows) -> List.copyOf(rows));
            return Map.copyOf(levels);
        });
        return Map.copyOf(table);
    }

    /** The Java map answers as the table does, for every level of every framework (and the row ids agree). */
    private void check() {
        int checked = 0;
        for (var f : javaTable.entrySet()) {
            for (var l : f.getValue().entrySet()) {
                TableResult r = tables.evaluate(MODEL, DECISION, Map.of("framework", f.getKey(), "level", l.getKey()));
                Set<String> fromTable = new HashSet<>();
                for (Object row : (List<?>) r.result()) {
                    Map<?, ?> m = (Map<?, ?>) row;
                    fromTable.add(m.get("metaFramework") + "/" + m.get("metaLevel") + "/" + m.get("status"));
                }
                Set<String> fromJava = new HashSet<>();
                l.getValue().forEach(m -> fromJava.add(m.metaFramework() + "/" + m.metaLevel() + "/" + m.status()));
                Set<String> javaIds = new HashSet<>();
                l.getValue().forEach(m -> javaIds.add(m.rowId()));
                if (!fromTable.equals(fromJava) || !javaIds.equals(new HashSet<>(r.ruleIds()))) {
                    throw new IllegalStateException(f.getKey() + " " + l.getKey() + ": table " + fromTable + " " + r.ruleIds()
                            + ", Java " + fromJava + " " + javaIds);
                }
                checked++;
            }
        }
        System.out.println("\nJava map agrees with level-referencing.dmn on " + checked + " framework levels");
    }

    /** (b) the project's table evaluation, as the fact preparers call it. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public TableResult decisionTables() {
        return tables.evaluate(MODEL, DECISION, inputs);
    }

    /** (b-mem) the same call as the service makes it: remembered after the first evaluation, recorded in the trace. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public TableResult rememberedTable() {
        return rememberingTables.evaluate(MODEL, DECISION, inputs);
    }

    /** (b-raw) kie-dmn alone on the same model. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public DMNResult rawDmn() {
        DMNContext context = runtime.newContext();
        context.set("framework", framework);
        context.set("level", level);
        return runtime.evaluateDecisionByName(model, DECISION, context);
    }

    /** (c) the hand-written equivalent: two hash lookups. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public List<MetaLevel> javaMap() {
        Map<String, List<MetaLevel>> levels = javaTable.get(framework);
        return levels == null ? List.of() : levels.getOrDefault(level, List.of());
    }
}
