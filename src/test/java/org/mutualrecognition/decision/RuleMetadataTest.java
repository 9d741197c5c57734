package org.mutualrecognition.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * A policy officer must find the article a rule implements: every DRL rule carries an {@code @id} and a non-blank
 * {@code @legalBasis}, and no id is used twice across the rule set (DRL rules and DMN rows together).
 */
class RuleMetadataTest {

    static CompiledRuleSet ruleSet;

    @BeforeAll
    static void compile() {
        ruleSet = new RuleSetCompiler(new ObjectMapper()).compile(RuleSetFiles.fromDirectory(Path.of(".")));
    }

    static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        for (KiePackage p : ruleSet.rules().getKiePackages()) {
            rules.addAll(p.getRules());
        }
        return rules;
    }

    @Test
    void every_drl_rule_has_an_id_and_a_legal_basis() {
        assertThat(rules()).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.getMetaData().get("id")).as("@id of rule '%s'", rule.getName()).isNotNull();
            assertThat(String.valueOf(rule.getMetaData().get("legalBasis"))).as("@legalBasis of rule '%s'", rule.getName())
                    .isNotBlank().isNotEqualTo("null");
        });
    }

    @Test
    void every_drl_rule_name_starts_with_its_id() {
        assertThat(rules()).allSatisfy(rule ->
                assertThat(rule.getName()).startsWith(String.valueOf(rule.getMetaData().get("id")) + " "));
    }

    @Test
    void no_id_is_used_twice_across_rules_and_decision_table_rows() {
        Map<String, List<String>> owners = new HashMap<>();
        for (Rule rule : rules()) {
            owners.computeIfAbsent(String.valueOf(rule.getMetaData().get("id")), k -> new ArrayList<>()).add("DRL " + rule.getName());
        }
        for (String id : DecisionTableIds.all(ruleSet.files())) {
            owners.computeIfAbsent(id, k -> new ArrayList<>()).add("DMN row");
        }
        assertThat(owners.entrySet()).allSatisfy(e -> assertThat(e.getValue()).as("owners of id %s", e.getKey()).hasSize(1));
    }
}
