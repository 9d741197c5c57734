package org.mutualrecognition.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** A policy officer's mistakes are each reported with their location before anything goes live. */
class RuleSetValidatorTest {

    static final RuleSetFiles PROJECT = RuleSetFiles.fromDirectory(Path.of("."));
    final RuleSetValidator validator = new RuleSetValidator(new ObjectMapper());

    static RuleSetFiles edit(String path, UnaryOperator<String> change) {
        Map<String, byte[]> files = new HashMap<>(PROJECT.files());
        String before = PROJECT.text(path);
        String after = change.apply(before);
        assertThat(after).as("the edit of %s changes something", path).isNotEqualTo(before);
        files.put(path, after.getBytes(StandardCharsets.UTF_8));
        return new RuleSetFiles(files);
    }

    @Test
    void the_project_rule_set_is_valid() {
        RuleSetValidation report = validator.validate(PROJECT);
        assertThat(report.errors).isEmpty();
    }

    @Test
    void a_drl_syntax_error_is_reported_with_file_and_line() {
        RuleSetValidation report = validator.validate(edit("rules/eu/general-system.drl",
                s -> s.replace("modify($r) { decide(\"RECOGNITION\") };", "modify($r) { decide(\"RECOGNITION\") ")));
        assertThat(report.errors).anySatisfy(i -> {
            assertThat(i.kind()).isEqualTo("DRL_COMPILATION");
            assertThat(i.file()).isEqualTo("rules/eu/general-system.drl");
            assertThat(i.line()).isPositive();
        });
    }

    /**
     * The executable model reports a misspelt property without a line ("Unable to parse left part of expression");
     * the officer still gets the file, the line of the pattern and the name they misspelt.
     */
    @Test
    void a_misspelt_property_is_reported_with_the_line_of_its_pattern() {
        String path = "rules/common/validation.drl";
        String pattern = "ValidationReview(open, findingCount > 0)";
        int line = PROJECT.text(path).substring(0, PROJECT.text(path).indexOf(pattern)).split("\n", -1).length;

        RuleSetValidation report = validator.validate(edit(path, s -> s.replace(pattern, "ValidationReview(open, findingCont > 0)")));

        assertThat(report.errors).anySatisfy(i -> {
            assertThat(i.kind()).isEqualTo("DRL_COMPILATION");
            assertThat(i.file()).isEqualTo(path);
            assertThat(i.line()).isEqualTo(line);
            assertThat(i.message()).contains("findingCont");
        });
    }

    @Test
    void a_rule_without_legal_basis_is_reported() {
        RuleSetValidation report = validator.validate(edit("rules/eu/general-system.drl",
                s -> s.replace("@id(\"EU-GS-050\") @legalBasis(\"Directive 2005/36/EC Art. 13(1), 14(1), 14(5); policy P-12.6\")", "@id(\"EU-GS-050\")")));
        assertThat(report.errors).anySatisfy(i -> {
            assertThat(i.kind()).isEqualTo("MISSING_LEGAL_BASIS");
            assertThat(i.file()).isEqualTo("rules/eu/general-system.drl");
            assertThat(i.ruleId()).isEqualTo("EU-GS-050");
        });
    }

    @Test
    void a_duplicate_id_is_reported() {
        RuleSetValidation report = validator.validate(edit("rules/eu/general-system.drl",
                s -> s.replace("@id(\"EU-GS-043\")", "@id(\"EU-GS-042\")")));
        assertThat(report.errors).anySatisfy(i -> {
            assertThat(i.kind()).isEqualTo("DUPLICATE_ID");
            assertThat(i.ruleId()).isEqualTo("EU-GS-042");
        });
    }

    @Test
    void a_table_row_without_id_or_legal_basis_is_reported_with_its_table() {
        RuleSetValidation report = validator.validate(edit("decision-tables/route-preference.dmn",
                s -> s.replaceFirst("<(dmn:)?rule id=\"OR-REFUSAL\"", "<$1rule")));
        assertThat(report.errors).anySatisfy(i -> {
            assertThat(i.kind()).isEqualTo("MISSING_ID");
            assertThat(i.file()).isEqualTo("decision-tables/route-preference.dmn");
            assertThat(i.table()).isEqualTo("Outcome rank");
        });
    }

    @Test
    void an_overlap_in_a_unique_table_is_an_error_naming_the_table() {
        // the REFUSAL row of Outcome rank also answers REFER_FOR_REVIEW: two rows match one input
        RuleSetValidation report = validator.validate(edit("decision-tables/route-preference.dmn",
                s -> s.replace("<text>\"REFUSAL\"</text>", "<text>\"REFUSAL\",\"REFER_FOR_REVIEW\"</text>")));
        assertThat(report.errors).anySatisfy(i -> {
            assertThat(i.kind()).startsWith("DECISION_TABLE_OVERLAP");
            assertThat(i.table()).isEqualTo("Outcome rank");
        });
    }

    @Test
    void a_gap_in_a_unique_table_is_an_error_naming_the_table() {
        // ISCED 3 no longer has a row in EQF proxy
        RuleSetValidation report = validator.validate(edit("decision-tables/eu-art11-level.dmn",
                s -> s.replaceFirst("(?s)<(dmn:)?rule id=\"EQF-PROXY-ISCED-3\">.*?</(dmn:)?rule>", "")));
        assertThat(report.errors).anySatisfy(i -> {
            assertThat(i.kind()).isEqualTo("DECISION_TABLE_GAP");
            assertThat(i.table()).isEqualTo("EQF proxy");
        });
    }
}
