package org.mutualrecognition.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutualrecognition.decision.model.Decision;
import org.mutualrecognition.knowledge.KnowledgeBase;

/**
 * Drafts and archived versions are compiled in a JVM of their own (the {@code compile-model} command of the service's
 * jar, here started with the tests' class path): the model it writes decides as one compiled in this JVM, and rules
 * that do not compile are reported with the same problems, file and line.
 */
class SeparateJvmModelCompilerTest {

    static final ObjectMapper MAPPER = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    final SeparateJvmModelCompiler compiler = new SeparateJvmModelCompiler(List.of("-Xmx512m", "-XX:+UseSerialGC"), 300);

    @Test
    void a_draft_compiled_in_a_separate_jvm_decides_with_its_own_rules() throws Exception {
        RuleSetFiles draft = RuleSetValidatorTest.edit("rules/common/validation.drl",
                s -> s.replace("decide(\"REFER_FOR_REVIEW\")", "decide(\"REFUSAL\")"));

        RuleModelJar model = compiler.compile(draft);

        CompiledRuleSet ruleSet = new CompiledRuleSet(draft.version(), draft, model.newKieBase(),
                DecisionTables.of(draft), new KnowledgeBase(draft.files(), MAPPER));
        JsonNode application = MAPPER.readTree(Path.of("fixtures/validation/val-b01-unknown-agreement.json").toFile())
                .path("application");
        LocalDate submitted = LocalDate.parse(application.path("submittedOn").asText());
        Decision decision = new DecisionEngine().decide(application, ruleSet,
                new DecisionContext("test", submitted.atStartOfDay().toInstant(ZoneOffset.UTC)));
        assertThat(decision.outcome).as("the edit is in the model (the packaged rules refer this case)").isEqualTo("REFUSAL");
    }

    @Test
    void rules_that_do_not_compile_are_reported_as_the_compiler_in_this_jvm_reports_them() {
        String path = "rules/common/validation.drl";
        RuleSetFiles broken = RuleSetValidatorTest.edit(path,
                s -> s.replace("ValidationReview(open, findingCount > 0)", "ValidationReview(open, findingCont > 0)"));

        RuleSetCompiler.RuleSetCompilationException separate =
                catchThrowableOfType(() -> compiler.compile(broken), RuleSetCompiler.RuleSetCompilationException.class);
        RuleSetCompiler.RuleSetCompilationException here =
                catchThrowableOfType(() -> RuleModelCompiler.IN_PROCESS.compile(broken), RuleSetCompiler.RuleSetCompilationException.class);

        assertThat(separate).isNotNull();
        assertThat(separate.problems()).isNotEmpty().isEqualTo(here.problems());
        assertThat(separate.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(path));
    }

    /** The compiler's JVM failing says nothing about the rules: not a compilation error, an unavailable compiler (503). */
    @Test
    void a_compiler_jvm_that_cannot_run_is_not_taken_for_rules_that_do_not_compile() {
        SeparateJvmModelCompiler broken = new SeparateJvmModelCompiler(List.of("-XX:+NoSuchOptionAnywhere"), 60);

        SeparateJvmModelCompiler.CompilerUnavailableException e = catchThrowableOfType(
                () -> broken.compile(RuleSetFiles.fromDirectory(Path.of("."))), SeparateJvmModelCompiler.CompilerUnavailableException.class);

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("exited with 1").contains("NoSuchOptionAnywhere");
    }
}
