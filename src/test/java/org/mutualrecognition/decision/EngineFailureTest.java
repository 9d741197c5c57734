package org.mutualrecognition.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mutualrecognition.decision.model.Decision;
import org.mutualrecognition.decision.model.Reason;

/**
 * A well-formed application is always decided: when the engine fails on one (here a rule whose consequence throws, as
 * a defect would), the case is referred to a person with a reason saying so instead of the request failing, and the
 * rule set goes on deciding other cases.
 */
class EngineFailureTest {

    static final ObjectMapper MAPPER = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    static final String FAILING_RULE = """
            package rules.test;
            import org.mutualrecognition.decision.facts.*;
            rule "TEST-001 A defect: the consequence throws for level statements"
                @id("TEST-001") @legalBasis("test only")
            when
                RouteOutcome(model == "LEVEL_REFERENCING")
            then
                throw new IllegalStateException("a defect");
            end
            """;
    static CompiledRuleSet failingForLevelStatements;

    @BeforeAll
    static void compile() {
        Map<String, byte[]> files = new HashMap<>(RuleSetFiles.fromDirectory(Path.of(".")).files());
        files.put("rules/test/failing.drl", FAILING_RULE.getBytes(StandardCharsets.UTF_8));
        failingForLevelStatements = new RuleSetCompiler(MAPPER).compile(new RuleSetFiles(files));
    }

    @Test
    void an_application_the_engine_fails_on_is_referred_with_a_reason_saying_so() throws Exception {
        Decision decision = new DecisionEngine().decide(application("level-referencing/lr-b01-dqr6-to-france-one-to-one.json"),
                failingForLevelStatements, context());

        assertThat(decision.outcome).isEqualTo("REFER_FOR_REVIEW");
        assertThat(decision.route.model()).isEqualTo("NONE");
        assertThat(decision.reasons).extracting(Reason::ruleId).containsExactly("ENGINE-001");
        assertThat(decision.reasons.get(0).text()).contains("ConsequenceException").contains("a person decides");
        assertThat(decision.ruleset.version()).isEqualTo(failingForLevelStatements.version());
        assertThat(decision.reference).isEqualTo("LR-B01-DQR6-TO-FRANCE-ONE-TO-ONE");
    }

    @Test
    void the_same_failure_is_decided_the_same_way_with_a_trace_and_other_cases_are_still_decided() throws Exception {
        JsonNode failing = application("level-referencing/lr-b01-dqr6-to-france-one-to-one.json");
        DecisionEngine engine = new DecisionEngine();

        Decision traced = engine.decideWithTrace(failing, failingForLevelStatements, context()).decision();
        Decision other = engine.decide(application("eu-general-system/gs-b01-essential-matter-exactly-half.json"),
                failingForLevelStatements, context());

        assertThat(traced.outcome).isEqualTo("REFER_FOR_REVIEW");
        assertThat(traced.reasons).extracting(Reason::ruleId).containsExactly("ENGINE-001");
        assertThat(other.outcome).isEqualTo("RECOGNITION");
        assertThat(other.route.model()).isEqualTo("GENERAL_SYSTEM");
    }

    private static JsonNode application(String fixture) throws Exception {
        return MAPPER.readTree(Path.of("fixtures", fixture).toFile()).path("application");
    }

    private static DecisionContext context() {
        return new DecisionContext("test", Instant.parse("2025-04-01T09:00:00Z"));
    }
}
