package org.mutualrecognition.decision;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Table results come from memory and helpers are shared per rule set (bench/README.md): a decision must not see
 * anything of the decisions made before it or beside it. Every case file is decided once on a rule set of its own
 * whose tables evaluate every call (the reference), then again in reverse order and from four threads at once on one
 * shared rule set that remembers: decisions and traces must be identical.
 */
class RememberedTablesDecisionTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final DecisionEngine ENGINE = new DecisionEngine();
    private static List<JsonNode> applications;

    @BeforeAll
    static void readCaseFiles() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("fixtures"))) {
            applications = files.filter(p -> p.toString().endsWith(".json")).sorted()
                    .map(RememberedTablesDecisionTest::application).toList();
        }
        assertThat(applications).hasSizeGreaterThan(200);
    }

    @Test
    void the_warm_up_cases_of_an_early_compiled_rule_set_exist_and_decide() {
        // EarlyRuleSet skips a case it cannot read: a renamed case file would silently end the warm-up
        for (String path : EarlyRuleSet.WARM_UP_CASES) {
            assertThat(Path.of(path)).as(path).isRegularFile();
            JsonNode application = application(Path.of(path));
            assertThat(decide(compile(true), application)).contains("\"outcome\"");
        }
    }

    @Test
    void decisions_and_traces_do_not_depend_on_what_was_decided_before_or_beside() throws Exception {
        List<String> reference = new ArrayList<>();
        for (JsonNode application : applications) {
            // helpers of its own per case, tables evaluated every time: nothing reused, nothing remembered
            reference.add(decide(compile(false), application));
        }

        CompiledRuleSet shared = compile(true);
        for (int i = applications.size() - 1; i >= 0; i--) {
            assertThat(decide(shared, applications.get(i))).as("case %d, reverse order", i).isEqualTo(reference.get(i));
        }

        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t * 37;
                running.add(threads.submit(() -> {
                    for (int n = 0; n < applications.size(); n++) {
                        int i = (n + offset) % applications.size();
                        assertThat(decide(shared, applications.get(i))).as("case %d, concurrent", i).isEqualTo(reference.get(i));
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(shared.tables().rememberedResults()).isPositive();
    }

    private static CompiledRuleSet compiled;
    private static DecisionTables evaluatingTables;

    /** The rule set compiled once; every call a new CompiledRuleSet over it (new helpers). */
    private static CompiledRuleSet compile(boolean rememberTables) {
        if (compiled == null) {
            compiled = new RuleSetCompiler(MAPPER).compile(RuleSetFiles.fromDirectory(Path.of(".")));
            evaluatingTables = DecisionTables.withoutMemory(compiled.files().files());
        }
        DecisionTables tables = rememberTables ? new DecisionTables(compiled.files().files()) : evaluatingTables;
        return new CompiledRuleSet(compiled.version(), compiled.files(), compiled.rules(), tables, compiled.knowledge());
    }

    private static String decide(CompiledRuleSet ruleSet, JsonNode application) {
        LocalDate date = LocalDate.parse(application.get("submittedOn").asText());
        TracedDecision traced = ENGINE.decideWithTrace(application, ruleSet,
                new DecisionContext("d-" + application.path("reference").asText(), date.atStartOfDay().toInstant(ZoneOffset.UTC)));
        try {
            return MAPPER.writeValueAsString(traced.decision()) + "\n" + MAPPER.writeValueAsString(traced.trace());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode application(Path file) {
        try {
            return MAPPER.readTree(file.toFile()).get("application");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
