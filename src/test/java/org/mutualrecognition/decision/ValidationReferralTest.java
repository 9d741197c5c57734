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
 * P-03.1: when the checks before any rule find something, rules/common/validation.drl decides (VAL-001) in a session
 * where no rule of any route runs; Java lists the findings and cites each check.
 */
class ValidationReferralTest {

    static final ObjectMapper MAPPER = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    static final String VALIDATION_RULES = "rules/common/validation.drl";
    static RuleSetFiles packaged;
    static JsonNode unknownAgreement;

    @BeforeAll
    static void load() throws Exception {
        packaged = RuleSetFiles.fromDirectory(Path.of("."));
        unknownAgreement = MAPPER.readTree(Path.of("fixtures/validation/val-b01-unknown-agreement.json").toFile())
                .path("application");
    }

    @Test
    void findings_are_referred_by_VAL_001_and_no_rule_of_a_route_fires() {
        TracedDecision traced = new DecisionEngine().decideWithTrace(unknownAgreement, compile(packaged), context());

        Decision decision = traced.decision();
        assertThat(decision.outcome).isEqualTo("REFER_FOR_REVIEW");
        assertThat(decision.route.model()).isEqualTo("NONE");
        assertThat(decision.validationFindings).extracting(f -> f.code() + " " + f.path())
                .containsExactly("UNKNOWN_AGREEMENT /agreement");
        assertThat(decision.reasons).extracting(Reason::ruleId).containsExactly("VAL-UNKNOWN_AGREEMENT", "VAL-001");
        assertThat(decision.reasons.get(1).source()).startsWith(VALIDATION_RULES + "#VAL-001");
        assertThat(decision.reasons.get(1).text()).contains("UNKNOWN_AGREEMENT");
        assertThat(traced.trace().rulesFired).extracting(DecisionTrace.FiredRule::ruleId).containsExactly("VAL-001");
        assertThat(decision.measures).isEmpty();
        assertThat(decision.conditions).isEmpty();
    }

    @Test
    void the_outcome_is_the_rules_a_policy_officer_edits_it_in_validation_drl() {
        // not a policy anyone should adopt: it shows the outcome comes from the rule, not from Java
        String edited = packaged.text(VALIDATION_RULES).replace("decide(\"REFER_FOR_REVIEW\")", "decide(\"REFUSAL\")");
        assertThat(edited).isNotEqualTo(packaged.text(VALIDATION_RULES));

        Decision decision = new DecisionEngine().decide(unknownAgreement, compile(with(VALIDATION_RULES, edited)), context());

        assertThat(decision.outcome).isEqualTo("REFUSAL");
        assertThat(decision.route.model()).isEqualTo("NONE");
    }

    @Test
    void a_rule_set_archived_before_VAL_001_still_refers_the_case_as_P_24_says() {
        Map<String, byte[]> files = new HashMap<>(packaged.files());
        files.remove(VALIDATION_RULES);

        Decision decision = new DecisionEngine().decide(unknownAgreement, compile(new RuleSetFiles(files)), context());

        assertThat(decision.outcome).isEqualTo("REFER_FOR_REVIEW");
        assertThat(decision.reasons).extracting(Reason::ruleId).containsExactly("VAL-UNKNOWN_AGREEMENT");
    }

    private static RuleSetFiles with(String path, String text) {
        Map<String, byte[]> files = new HashMap<>(packaged.files());
        files.put(path, text.getBytes(StandardCharsets.UTF_8));
        return new RuleSetFiles(files);
    }

    private static CompiledRuleSet compile(RuleSetFiles files) {
        return new RuleSetCompiler(MAPPER).compile(files);
    }

    private static DecisionContext context() {
        return new DecisionContext("test", Instant.parse("2025-04-01T09:00:00Z"));
    }
}
