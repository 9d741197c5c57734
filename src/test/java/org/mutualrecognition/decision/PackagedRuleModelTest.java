package org.mutualrecognition.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.KieServices;
import org.kie.api.builder.KieRepository;
import org.mutualrecognition.decision.model.Decision;
import org.mutualrecognition.decision.model.Reason;
import org.mutualrecognition.knowledge.KnowledgeBase;

/**
 * The build compiles the packaged rule set's executable model (pom.xml, process-classes); the service builds its KieBase
 * from it instead of compiling the DRL at start. It must decide exactly as run-time compilation of the same files does
 * (drafts and archived versions are compiled at run time), and only be used for exactly those files.
 */
class PackagedRuleModelTest {

    static final ObjectMapper MAPPER = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    static RuleSetFiles packaged;
    static RuleModelJar compiledNow;

    @BeforeAll
    static void compile() {
        packaged = RuleSetFiles.fromClasspath();
        compiledNow = RuleModelJar.compile(packaged);
    }

    @Test
    void the_build_packaged_the_model_of_the_packaged_rule_set() {
        assertThat(PackagedRuleModel.forVersion(packaged.version())).isPresent();
        assertThat(RuleSetFiles.fromDirectory(Path.of(".")).version())
                .as("the rule set on the class path is the project's rules/ and decision-tables/")
                .isEqualTo(packaged.version());
    }

    /**
     * The generated code fixes each fact class's properties and what its methods modify: a packaged model is used only
     * with the fact classes it was compiled against (a fact class changed and run from an IDE without the build would
     * otherwise decide with stale property masks, without failing).
     */
    @Test
    void a_packaged_model_is_not_used_with_other_fact_classes_than_it_was_compiled_against() {
        ClassLoader current = Thread.currentThread().getContextClassLoader();
        String changed = "org/mutualrecognition/decision/facts/RouteOutcome.class";
        ClassLoader withChangedFactClass = new ClassLoader(current) {
            @Override
            public InputStream getResourceAsStream(String name) {
                InputStream original = super.getResourceAsStream(name);
                if (!name.equals(changed) || original == null) {
                    return original;
                }
                try (original) {
                    byte[] bytes = original.readAllBytes();
                    bytes[bytes.length - 1] ^= 1;
                    return new ByteArrayInputStream(bytes);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };

        assertThat(PackagedRuleModel.forVersion(packaged.version(), current)).isPresent();
        assertThat(PackagedRuleModel.forVersion(packaged.version(), withChangedFactClass)).isEmpty();
    }

    /**
     * The fingerprint covers every package of the service the rules import, whatever the form of the import; the JDK's
     * and libraries' classes are not the service's to change.
     */
    @Test
    void the_fingerprinted_packages_are_those_the_rules_import_from_the_service() {
        Map<String, byte[]> files = Map.of(
                "rules/a.drl", ("package rules.a;\n"
                        + "import org.mutualrecognition.decision.facts.*;\n"
                        + "import org.mutualrecognition.agreements.RouteCandidate;\n"
                        + "import java.math.BigDecimal;\n"
                        + "import function org.mutualrecognition.evidence.TimeArithmetic.days;\n").getBytes(StandardCharsets.UTF_8),
                "rules/b.drl.csv", ("RuleSet,rules.b,,\nImport,org.mutualrecognition.decision.model.Levels,,\n,,,\n"
                        + "RuleTable T,,,\nNAME,CONDITION,ACTION\n,$r : RouteOutcome,\n,\"model == \"\"$param\"\"\",\"$r.withdraw();\"\n"
                        + "Rule,Model,Act\nR1,X,\n").getBytes(StandardCharsets.UTF_8),
                "decision-tables/reference/agreements.json", "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(PackagedRuleModel.importedPackages(new RuleSetFiles(files))).containsExactly(
                "org/mutualrecognition/agreements/",
                "org/mutualrecognition/decision/facts/",
                "org/mutualrecognition/decision/model/",
                "org/mutualrecognition/evidence/");
        assertThat(PackagedRuleModel.importedPackages(packaged)).contains(
                "org/mutualrecognition/decision/facts/", "org/mutualrecognition/decision/model/", "org/mutualrecognition/evidence/");
    }

    /**
     * Drools' code generation is not byte-for-byte repeatable (lambda class names and metadata classes differ between
     * two compilations of the same files), so the packaged model is held to what matters: every case file gets the same
     * decision and the same trace (rules fired, in order, tables evaluated) as from the model compiled now.
     */
    @Test
    void the_packaged_model_decides_every_case_file_exactly_as_the_model_compiled_at_run_time() throws IOException {
        RuleModelJar built = PackagedRuleModel.forVersion(packaged.version()).orElseThrow();
        CompiledRuleSet fromBuild = withRules(built);
        CompiledRuleSet fromRunTime = withRules(compiledNow);
        List<Path> caseFiles;
        try (Stream<Path> files = Files.walk(Path.of("fixtures"))) {
            caseFiles = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(caseFiles).hasSizeGreaterThan(300);

        for (Path caseFile : caseFiles) {
            JsonNode application = MAPPER.readTree(caseFile.toFile()).path("application");
            assertThat(decide(fromBuild, application)).as(caseFile.toString()).isEqualTo(decide(fromRunTime, application));
        }
    }

    /**
     * A KieBuilder registers what it built in Drools' JVM-wide KieRepository: the last compiled rule set's compiler state
     * (generated sources and their syntax trees, about 50 MiB) stayed reachable, and with the documented 128 MiB heap
     * the service spent its time collecting after a policy officer proposed or activated a version.
     */
    @Test
    void compiling_a_rule_set_leaves_nothing_in_the_jvm_wide_kie_repository() {
        RuleModelJar.compile(packaged);
        KieRepository repository = KieServices.Factory.get().getRepository();
        assertThat(repository.getKieModule(repository.getDefaultReleaseId())).isNull();
    }

    @Test
    void an_edited_rule_set_has_no_packaged_model_and_is_compiled_from_its_own_files() throws Exception {
        String path = "rules/common/validation.drl";
        String edited = packaged.text(path).replace("decide(\"REFER_FOR_REVIEW\")", "decide(\"REFUSAL\")");
        Map<String, byte[]> files = new HashMap<>(packaged.files());
        files.put(path, edited.getBytes(StandardCharsets.UTF_8));
        RuleSetFiles draft = new RuleSetFiles(files);

        assertThat(PackagedRuleModel.forVersion(draft.version())).isEmpty();
        JsonNode application = application("fixtures/validation/val-b01-unknown-agreement.json");
        Decision decision = new DecisionEngine().decide(application, new RuleSetCompiler(MAPPER).compile(draft), context(application));
        assertThat(decision.outcome).isEqualTo("REFUSAL");
    }

    @Test
    void reasons_cite_the_file_each_rule_is_written_in_including_spreadsheet_rows() throws Exception {
        JsonNode application = application("fixtures/eu-treaty/a33-01-exactly-three-years-counts.json");
        Decision decision = new DecisionEngine().decide(application, new RuleSetCompiler(MAPPER).compile(packaged), context(application));

        assertThat(decision.reasons).extracting(Reason::source)
                .contains("rules/eu/art13-2-required-practice.drl.csv#EU-GS-T01 2013 text: one year of practice in the previous ten years")
                .anySatisfy(source -> assertThat(source).startsWith("rules/eu/general-system.drl#EU-GS-020 "));
    }

    /**
     * Property reactivity: the spreadsheet row EU-GS-T01 reads only the route's model and text version, so a rule that
     * later decides the route ({@code decide} is annotated with what it modifies) must not make it fire again (it did
     * with the DRL compiler, which took a method call in a modify block as changing every property: the case's reasons
     * listed the row twice and an alternative's summary was the row's text).
     */
    @Test
    void deciding_a_route_does_not_fire_again_a_row_that_does_not_read_the_outcome() throws Exception {
        JsonNode application = application("fixtures/eu-treaty/a33-01-exactly-three-years-counts.json");
        TracedDecision traced = new DecisionEngine().decideWithTrace(application, new RuleSetCompiler(MAPPER).compile(packaged),
                context(application));

        assertThat(traced.decision().outcome).isEqualTo("RECOGNITION");
        assertThat(traced.trace().rulesFired).extracting(DecisionTrace.FiredRule::ruleId)
                .containsOnlyOnce("EU-GS-T01")
                .contains("EU-GS-050");
        assertThat(traced.decision().reasons).extracting(Reason::ruleId).containsOnlyOnce("EU-GS-T01");
    }

    private static CompiledRuleSet withRules(RuleModelJar model) {
        DecisionTables tables = DecisionTables.withoutMemory(packaged.files());
        return new CompiledRuleSet(packaged.version(), packaged, model.newKieBase(), tables,
                new KnowledgeBase(packaged.files(), MAPPER));
    }

    private static String decide(CompiledRuleSet ruleSet, JsonNode application) throws IOException {
        TracedDecision traced = new DecisionEngine().decideWithTrace(application, ruleSet, context(application));
        return MAPPER.writeValueAsString(traced.decision()) + "\n" + MAPPER.writeValueAsString(traced.trace());
    }

    private static JsonNode application(String fixture) throws Exception {
        return MAPPER.readTree(Path.of(fixture).toFile()).path("application");
    }

    /** Decided on the day the application was submitted, as the fixture test does. */
    private static DecisionContext context(JsonNode application) {
        LocalDate submitted = LocalDate.parse(application.path("submittedOn").asText());
        return new DecisionContext("test", submitted.atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
