package org.mutualrecognition.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class DecisionTablesTest {

    private static final String DMN15 = "https://www.omg.org/spec/DMN/20230324/MODEL/";
    private static final String DMNDI15 = "https://www.omg.org/spec/DMN/20230324/DMNDI/";
    private static final Pattern NCNAME = Pattern.compile("[A-Za-z_][A-Za-z0-9._-]*");
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private static RuleSetFiles ruleSet;
    private static DecisionTables tables;

    @BeforeAll
    static void compile() {
        ruleSet = RuleSetFiles.fromDirectory(Path.of("."));
        tables = DecisionTables.of(ruleSet);
    }

    /** Another version may decide with these tables only when its DMN files are these, byte for byte. */
    @Test
    void tables_count_as_compiled_from_a_rule_set_only_with_exactly_its_dmn_files() {
        Map<String, byte[]> files = new HashMap<>(ruleSet.files());
        assertThat(tables.compiledFrom(files)).isTrue();

        Map<String, byte[]> rulesEdited = new HashMap<>(files);
        rulesEdited.put("rules/common/validation.drl", "// edited".getBytes(StandardCharsets.UTF_8));
        assertThat(tables.compiledFrom(rulesEdited)).as("a rule edited, the tables the same").isTrue();

        String dmn = files.keySet().stream().filter(p -> p.endsWith(".dmn")).sorted().findFirst().orElseThrow();
        Map<String, byte[]> tableEdited = new HashMap<>(files);
        tableEdited.put(dmn, (new String(files.get(dmn), StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(tables.compiledFrom(tableEdited)).as("one byte more in " + dmn).isFalse();

        Map<String, byte[]> tableAdded = new HashMap<>(files);
        tableAdded.put("decision-tables/another.dmn", files.get(dmn));
        assertThat(tables.compiledFrom(tableAdded)).as("a table added").isFalse();

        Map<String, byte[]> tableRemoved = new HashMap<>(files);
        tableRemoved.remove(dmn);
        assertThat(tables.compiledFrom(tableRemoved)).as("a table removed").isFalse();

        assertThat(DecisionTables.reusableFor(tables, rulesEdited)).containsSame(tables);
        assertThat(DecisionTables.reusableFor(tables, tableEdited)).isEmpty();
        assertThat(DecisionTables.reusableFor(null, files)).as("no tables to reuse").isEmpty();
    }

    /** Inputs with nulls allowed, as name/value pairs. */
    private static Map<String, Object> in(Object... nameValue) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            map.put((String) nameValue[i], nameValue[i + 1]);
        }
        return map;
    }

    private static void assertRowsCarryMetadata(TableResult result, String file, String table) {
        assertThat(result.matchedRows()).allSatisfy(row -> {
            assertThat(row.legalBasis()).isNotBlank();
            assertThat(row.table()).isEqualTo(table);
            assertThat(row.source()).matches(Pattern.quote("decision-tables/" + file + "#" + table + " row ") + "\\d+");
        });
    }

    @Test
    void compiles_every_model_of_the_rule_set() {
        assertThat(tables.modelNames())
                .contains("level-referencing", "eu-art11-level", "eu-measure-choice", "route-preference");
        assertThat(tables.path("eu-art11-level")).isEqualTo("decision-tables/eu-art11-level.dmn");
    }

    @Nested
    class RememberedResults {

        @Test
        void a_repeated_call_is_answered_from_memory_and_traced_like_the_first() {
            DecisionTables fresh = DecisionTables.of(ruleSet);
            DecisionTrace trace = DecisionTrace.begin();
            try {
                TableResult first = fresh.evaluate("level-referencing", "Meta levels", in("framework", "IE-NFQ", "level", "6"));
                TableResult second = fresh.evaluate("level-referencing", "Meta levels", in("level", "6", "framework", "IE-NFQ"));

                assertThat(second).isSameAs(first);
                assertThat(fresh.rememberedResults()).isEqualTo(1);
                assertThat(trace.tablesEvaluated).hasSize(2);
                assertThat(trace.tablesEvaluated.get(1).matchedRows()).isEqualTo(trace.tablesEvaluated.get(0).matchedRows())
                        .containsExactly("LR-IE-NFQ-6-EQF-5");
                assertThat(trace.tablesEvaluated.get(1).order()).isEqualTo(2);
            } finally {
                trace.end();
            }
        }

        @Test
        void different_inputs_are_evaluated_not_confused() {
            DecisionTables fresh = DecisionTables.of(ruleSet);
            TableResult six = fresh.evaluate("level-referencing", "Meta levels", in("framework", "IE-NFQ", "level", "6"));
            TableResult seven = fresh.evaluate("level-referencing", "Meta levels", in("framework", "IE-NFQ", "level", "7"));

            assertThat(seven.ruleIds()).containsExactly("LR-IE-NFQ-7-EQF-6");
            assertThat(six.ruleIds()).containsExactly("LR-IE-NFQ-6-EQF-5");
            assertThat(fresh.rememberedResults()).isEqualTo(2);
        }

        @Test
        @SuppressWarnings("unchecked")
        void a_remembered_result_cannot_be_changed_by_a_caller() {
            TableResult result = tables.evaluate("level-referencing", "Meta levels", in("framework", "IE-NFQ", "level", "6"));
            List<Map<String, Object>> rows = (List<Map<String, Object>>) result.result();

            assertThatThrownBy(() -> rows.add(Map.of())).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> rows.get(0).put("metaLevel", "8")).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void a_failed_evaluation_is_not_remembered() {
            DecisionTables fresh = DecisionTables.of(ruleSet);
            for (int i = 0; i < 2; i++) {
                assertThatThrownBy(() -> fresh.evaluate("eu-art11-level", "EQF proxy", in("iscedLevel", "not a number")))
                        .isInstanceOf(DecisionTableException.class);
            }
            assertThat(fresh.rememberedResults()).isZero();
        }

        @Test
        void list_inputs_are_remembered_by_their_elements_and_copied() {
            List<Object> levels = new ArrayList<>(List.of("6"));
            TableResultMemo.Key key = TableResultMemo.key("m", "d", in("mappedLevels", levels, "requiredLevel", 6));
            levels.add("7");

            assertThat(key).isNotNull();
            assertThat(key.inputs().get("mappedLevels")).isEqualTo(List.of("6"));
            assertThat(key).isEqualTo(TableResultMemo.key("m", "d", in("requiredLevel", 6, "mappedLevels", List.of("6"))));
            assertThat(TableResultMemo.key("m", "d", in("x", List.of(new StringBuilder("6"))))).isNull();
            assertThat(TableResultMemo.key("m", "d", in("x", new StringBuilder("6")))).isNull();
        }

        @Test
        void models_that_read_the_clock_are_recognised() {
            assertThat(DecisionTables.readsClock("<text>date(\"2020-01-01\") &lt; today()</text>")).isTrue();
            assertThat(DecisionTables.readsClock("<text>now ()</text>")).isTrue();
            assertThat(DecisionTables.readsClock("<text>\"today\"</text><text>nowhere(x)</text>")).isFalse();
        }
    }

    @Nested
    class LevelReferencing {

        @SuppressWarnings("unchecked")
        private List<Map<String, Object>> list(TableResult result) {
            return (List<Map<String, Object>>) result.result();
        }

        @Test
        void maps_irish_nfq_6_to_eqf_5() {
            TableResult result = tables.evaluate("level-referencing", "Meta levels", in("framework", "IE-NFQ", "level", "6"));

            assertThat(list(result)).containsExactly(Map.of("metaFramework", "EQF", "metaLevel", "5", "status", "REFERENCED"));
            assertThat(result.ruleIds()).containsExactly("LR-IE-NFQ-6-EQF-5");
            assertRowsCarryMetadata(result, "level-referencing.dmn", "Meta levels");
            assertThat(result.matchedRows().get(0).legalBasis()).contains("IE-NFQ", "REFERENCED", "P-22.3");
        }

        @Test
        void maps_irish_nfq_7_and_8_to_eqf_6() {
            for (String level : List.of("7", "8")) {
                TableResult result = tables.evaluate("level-referencing", "Meta levels", in("framework", "IE-NFQ", "level", level));

                assertThat(list(result)).containsExactly(Map.of("metaFramework", "EQF", "metaLevel", "6", "status", "REFERENCED"));
                assertThat(result.ruleIds()).containsExactly("LR-IE-NFQ-" + level + "-EQF-6");
            }
        }

        @Test
        void finds_both_scottish_levels_that_reach_eqf_5_tc36() {
            TableResult result = tables.evaluate("level-referencing", "Host levels",
                    in("framework", "UK-SCQF", "metaFramework", "EQF", "metaLevel", "5"));

            assertThat(list(result)).containsExactly(
                    Map.of("level", "7", "status", "REFERENCED"),
                    Map.of("level", "8", "status", "REFERENCED"));
            assertThat(result.ruleIds()).containsExactly("LR-HOST-UK-SCQF-7-EQF-5", "LR-HOST-UK-SCQF-8-EQF-5");
            assertRowsCarryMetadata(result, "level-referencing.dmn", "Host levels");
        }

        @Test
        void gives_no_row_for_a_level_whose_mapping_is_empty() {
            TableResult result = tables.evaluate("level-referencing", "Meta levels", in("framework", "UK-SCQF", "level", "1"));

            assertThat(list(result)).isEmpty();
            assertThat(result.matchedRows()).isEmpty();
        }

        @Test
        void reads_text_levels_such_as_the_short_cycle() {
            TableResult result = tables.evaluate("level-referencing", "Meta levels", in("framework", "QF-EHEA", "level", "SC"));

            assertThat(list(result)).containsExactly(Map.of("metaFramework", "EQF", "metaLevel", "5", "status", "DEFINED"));
            assertThat(result.ruleIds()).containsExactly("LR-QF-EHEA-SC-EQF-5");
        }

        @Test
        void gives_no_row_for_a_framework_without_referencing() {
            TableResult result = tables.evaluate("level-referencing", "Meta levels", in("framework", "NZ-NZQF", "level", "7"));

            assertThat(list(result)).isEmpty();
        }

        /** The generated model stays in step with frameworks.json (run tools/generate-level-referencing.py when not). */
        @Test
        void agrees_with_every_referencing_entry_of_frameworks_json() throws Exception {
            JsonNode frameworks = new ObjectMapper().readTree(ruleSet.files().get("decision-tables/reference/frameworks.json"));
            int entries = 0;
            for (JsonNode framework : frameworks.path("frameworks")) {
                for (JsonNode ref : framework.path("referencing")) {
                    for (JsonNode entry : ref.path("map")) {
                        List<Map<String, Object>> expected = new ArrayList<>();
                        for (JsonNode meta : entry.path("metaLevels")) {
                            expected.add(Map.of("metaFramework", ref.path("to").asText(), "metaLevel", meta.asText(),
                                    "status", ref.path("status").asText()));
                            entries++;
                        }
                        TableResult result = tables.evaluate("level-referencing", "Meta levels",
                                in("framework", framework.path("id").asText(), "level", entry.path("level").asText()));
                        assertThat(list(result)).as(framework.path("id").asText() + " " + entry.path("level").asText())
                                .containsExactlyElementsOf(expected);
                    }
                }
            }
            assertThat(ruleIds(document("decision-tables/level-referencing.dmn"), "Meta levels")).hasSize(entries);
            assertThat(ruleIds(document("decision-tables/level-referencing.dmn"), "Host levels")).hasSize(entries);
        }
    }

    @Nested
    class Article11Level {

        static Stream<Arguments> cases() {
            return Stream.of(
                    Arguments.of("EQF 7", in("eqfLevel", 7), "e", "ART11-02"),
                    Arguments.of("EQF 8", in("eqfLevel", 8), "e", "ART11-02"),
                    Arguments.of("EQF 6, 241 ECTS", in("eqfLevel", 6, "ects", 241), "e", "ART11-03"),
                    Arguments.of("EQF 6, 240 ECTS (boundary)", in("eqfLevel", 6, "ects", 240), "d", "ART11-05"),
                    Arguments.of("EQF 6, 180 ECTS", in("eqfLevel", 6, "ects", 180), "d", "ART11-05"),
                    Arguments.of("EQF 6, 179 ECTS", in("eqfLevel", 6, "ects", 179), "c", "ART11-07"),
                    Arguments.of("EQF 6, ECTS win over years", in("eqfLevel", 6, "ects", 200, "durationYears", 5), "d", "ART11-05"),
                    Arguments.of("declared wins", in("declaredLevel", "b", "eqfLevel", 7), "b", "ART11-01"),
                    Arguments.of("EQF 6, no ECTS, 4 years", in("eqfLevel", 6, "durationYears", 4), "d", "ART11-06"),
                    Arguments.of("EQF 6, no ECTS, 3 years", in("eqfLevel", 6, "durationYears", 3), "d", "ART11-06"),
                    Arguments.of("EQF 6, no ECTS, 4.5 years", in("eqfLevel", 6, "durationYears", new BigDecimal("4.5")), "e", "ART11-04"),
                    Arguments.of("EQF 6, no ECTS, 5 years full time", in("eqfLevel", 6, "durationYears", 5, "fullTime", true), "e", "ART11-04"),
                    Arguments.of("EQF 6, no ECTS, 2 years", in("eqfLevel", 6, "durationYears", 2), "c", "ART11-08"),
                    Arguments.of("EQF 5", in("eqfLevel", 5), "c", "ART11-09"),
                    Arguments.of("EQF 4, ISCED 4", in("eqfLevel", 4, "iscedLevel", 4), "c", "ART11-10"),
                    Arguments.of("EQF 4, ISCED 3", in("eqfLevel", 4, "iscedLevel", 3), "b", "ART11-11"),
                    Arguments.of("EQF 3", in("eqfLevel", 3), "b", "ART11-11"),
                    Arguments.of("EQF 2", in("eqfLevel", 2), "a", "ART11-12"),
                    Arguments.of("EQF 1", in("eqfLevel", 1), "a", "ART11-12"));
        }

        @ParameterizedTest(name = "{0} -> {2}")
        @MethodSource("cases")
        void gives_the_directive_level(String name, Map<String, Object> inputs, String level, String ruleId) {
            TableResult result = tables.evaluate("eu-art11-level", "Directive level", inputs);

            assertThat(result.result()).isEqualTo(level);
            assertThat(result.ruleIds()).containsExactly(ruleId);
            assertRowsCarryMetadata(result, "eu-art11-level.dmn", "Directive level");
        }

        @Test
        void names_file_and_row_number_of_the_matched_row() {
            TableResult result = tables.evaluate("eu-art11-level", "Directive level", in("eqfLevel", 6, "ects", 240));

            assertThat(result.matchedRows()).containsExactly(new MatchedRow("ART11-05",
                    "decision-tables/eu-art11-level.dmn#Directive level row 5",
                    "Directive 2005/36/EC Art. 11(d) (at least three and not more than four years); policy P-09 row 4"
                            + " (EQF 6, 180 to 240 ECTS; 240 is (d) by the P-09 tie-break)",
                    "Directive level"));
        }

        @Test
        void gives_null_and_no_row_when_no_level_can_be_derived() {
            TableResult result = tables.evaluate("eu-art11-level", "Directive level", in("eqfLevel", 6));

            assertThat(result.result()).isNull();
            assertThat(result.matchedRows()).isEmpty();
        }

        @ParameterizedTest(name = "ISCED {0} -> EQF {1}")
        @MethodSource("proxies")
        void maps_isced_to_an_eqf_proxy(int isced, int eqf, String ruleId) {
            TableResult result = tables.evaluate("eu-art11-level", "EQF proxy", in("iscedLevel", isced));

            assertThat((BigDecimal) result.result()).isEqualByComparingTo(BigDecimal.valueOf(eqf));
            assertThat(result.ruleIds()).containsExactly(ruleId);
            assertRowsCarryMetadata(result, "eu-art11-level.dmn", "EQF proxy");
        }

        static Stream<Arguments> proxies() {
            return Stream.of(
                    Arguments.of(0, 2, "EQF-PROXY-ISCED-0-2"), Arguments.of(2, 2, "EQF-PROXY-ISCED-0-2"),
                    Arguments.of(3, 3, "EQF-PROXY-ISCED-3"), Arguments.of(4, 4, "EQF-PROXY-ISCED-4"),
                    Arguments.of(5, 5, "EQF-PROXY-ISCED-5"), Arguments.of(6, 6, "EQF-PROXY-ISCED-6"),
                    Arguments.of(7, 7, "EQF-PROXY-ISCED-7-8"), Arguments.of(8, 7, "EQF-PROXY-ISCED-7-8"));
        }

        @Test
        void refuses_an_isced_level_outside_the_input_values() {
            assertThatThrownBy(() -> tables.evaluate("eu-art11-level", "EQF proxy", in("iscedLevel", 9)))
                    .isInstanceOf(DecisionTableException.class)
                    .hasMessageContaining("does not match any of the valid values");
        }

        @Test
        void refuses_a_value_of_the_wrong_type() {
            assertThatThrownBy(() -> tables.evaluate("eu-art11-level", "Directive level", in("eqfLevel", "6")))
                    .isInstanceOf(DecisionTableException.class);
        }

        @Test
        void refuses_a_declared_level_that_is_no_directive_level() {
            assertThatThrownBy(() -> tables.evaluate("eu-art11-level", "Directive level", in("declaredLevel", "f")))
                    .isInstanceOf(DecisionTableException.class);
        }
    }

    @Nested
    class MeasureChoice {

        private static Map<String, Object> policy(String text, Boolean nationalLaw, Boolean fallback, String applicant,
                                                  String required, Boolean both, String choice) {
            return in("textVersion", text, "nationalLawProfession", nationalLaw, "hostStipulatesFallback", fallback,
                    "applicantLevel", applicant, "requiredLevel", required, "imposeBothForLevelAvsD", both,
                    "measureChoice", choice);
        }

        static Stream<Arguments> rows() {
            return Stream.of(
                    Arguments.of(policy("2013-TEXT", true, false, "d", "e", false, "APPLICANT_CHOOSES"),
                            "APTITUDE_TEST_STIPULATED", "MC-NATIONAL-LAW"),
                    Arguments.of(policy("2013-TEXT", false, true, "d", "d", false, "APPLICANT_CHOOSES"),
                            "STIPULATED_MEASURE", "MC-SECTORAL-FALLBACK-OR-SPECIALIST"),
                    Arguments.of(policy("2005-TEXT", false, false, "a", "c", true, "HOST_STIPULATES"),
                            "APPLICANT_CHOOSES", "MC-2005-TEXT-APPLICANT-CHOOSES"),
                    Arguments.of(policy("2013-TEXT", false, false, "a", "c", false, "APPLICANT_CHOOSES"),
                            "STIPULATED_MEASURE", "MC-ART14-3-A-VS-C"),
                    Arguments.of(policy("2013-TEXT", false, false, "b", "e", false, "APPLICANT_CHOOSES"),
                            "STIPULATED_MEASURE", "MC-ART14-3-B-VS-D-OR-E"),
                    Arguments.of(policy("2013-TEXT", false, false, "a", "d", true, "APPLICANT_CHOOSES"),
                            "BOTH_STIPULATED", "MC-ART14-3-A-VS-D-OR-E-BOTH"),
                    Arguments.of(policy("2013-TEXT", false, false, "a", "e", null, "APPLICANT_CHOOSES"),
                            "STIPULATED_MEASURE", "MC-ART14-3-A-VS-D-OR-E-ONE"),
                    Arguments.of(policy("2013-TEXT", null, null, "d", "d", null, "APPLICANT_CHOOSES"),
                            "APPLICANT_CHOOSES", "MC-APPLICANT-CHOOSES"),
                    Arguments.of(policy("2013-TEXT", false, false, "c", "e", false, "HOST_STIPULATES"),
                            "STIPULATED_MEASURE", "MC-HOST-STIPULATES"));
        }

        @ParameterizedTest(name = "{2}")
        @MethodSource("rows")
        void gives_the_measure_policy(Map<String, Object> inputs, String policy, String ruleId) {
            TableResult result = tables.evaluate("eu-measure-choice", "Measure policy", inputs);

            assertThat(result.result()).isEqualTo(policy);
            assertThat(result.ruleIds()).containsExactly(ruleId);
            assertRowsCarryMetadata(result, "eu-measure-choice.dmn", "Measure policy");
        }

        @Test
        void every_row_is_reached_by_one_case() throws Exception {
            Set<String> reached = new LinkedHashSet<>();
            rows().forEach(a -> reached.add((String) a.get()[2]));

            assertThat(reached).containsExactlyElementsOf(
                    ruleIds(document("decision-tables/eu-measure-choice.dmn"), "Measure policy"));
        }

        @Test
        void lets_the_applicant_choose_under_the_2005_text_whatever_the_level_pair() {
            TableResult result = tables.evaluate("eu-measure-choice", "Measure policy",
                    policy("2005-TEXT", false, false, "a", "d", true, "HOST_STIPULATES"));

            assertThat(result.result()).isEqualTo("APPLICANT_CHOOSES");
        }

        @Test
        void refuses_an_unknown_text_version_or_level() {
            assertThatThrownBy(() -> tables.evaluate("eu-measure-choice", "Measure policy",
                    policy("2010-TEXT", false, false, "d", "d", false, "APPLICANT_CHOOSES")))
                    .isInstanceOf(DecisionTableException.class)
                    .hasMessageContaining("textVersion");
            assertThatThrownBy(() -> tables.evaluate("eu-measure-choice", "Measure policy",
                    policy("2013-TEXT", false, false, "A", "d", false, "APPLICANT_CHOOSES")))
                    .isInstanceOf(DecisionTableException.class)
                    .hasMessageContaining("applicantLevel");
        }
    }

    @Nested
    class RoutePreference {

        private static final List<String> OUTCOMES = List.of("AUTOMATIC_RECOGNITION", "RECOGNITION",
                "CONDITIONAL_RECOGNITION", "PARTIAL_ACCESS", "REFER_FOR_REVIEW", "REFUSAL");
        private static final List<String> CASCADE = List.of("SECTORAL_AUTOMATIC", "EXPERIENCE_AUTOMATIC",
                "GENERAL_SYSTEM", "TREATY_COMPARISON", "ACADEMIC_CONVENTION", "HUB_AND_SPOKE",
                "AUTOMATIC_MUTUAL_RECOGNITION", "MUTUAL_RECOGNITION_PRINCIPLE", "REGIONAL_STANDARD", "BENCHMARKING",
                "LEVEL_REFERENCING");

        @Test
        void ranks_outcomes_most_favourable_first() {
            for (int i = 0; i < OUTCOMES.size(); i++) {
                TableResult result = tables.evaluate("route-preference", "Outcome rank", in("outcome", OUTCOMES.get(i)));

                assertThat((BigDecimal) result.result()).isEqualByComparingTo(BigDecimal.valueOf(i + 1));
                assertThat(result.ruleIds()).containsExactly("OR-" + OUTCOMES.get(i).replace('_', '-'));
                assertRowsCarryMetadata(result, "route-preference.dmn", "Outcome rank");
            }
        }

        @Test
        void ranks_route_models_in_cascade_order() {
            for (int i = 0; i < CASCADE.size(); i++) {
                TableResult result = tables.evaluate("route-preference", "Cascade rank", in("model", CASCADE.get(i)));

                assertThat((BigDecimal) result.result()).isEqualByComparingTo(BigDecimal.valueOf(i + 1));
                assertThat(result.ruleIds()).containsExactly("CR-" + CASCADE.get(i).replace('_', '-'));
                assertRowsCarryMetadata(result, "route-preference.dmn", "Cascade rank");
            }
        }

        @Test
        void refuses_an_unknown_outcome() {
            assertThatThrownBy(() -> tables.evaluate("route-preference", "Outcome rank", in("outcome", "MAYBE")))
                    .isInstanceOf(DecisionTableException.class)
                    .hasMessageContaining("MAYBE");
        }
    }

    @Test
    void refuses_unknown_models_decisions_and_input_names() {
        assertThatThrownBy(() -> tables.evaluate("no-such-model", "X", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tables.evaluate("eu-art11-level", "No such decision", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tables.evaluate("eu-art11-level", "Directive level", in("eqflevel", 6)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("eqflevel");
    }

    @Test
    void keeps_the_matched_rows_of_concurrent_evaluations_apart() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int isced = i % 9;
                futures.add(pool.submit(() -> {
                    TableResult result = tables.evaluate("eu-art11-level", "EQF proxy", in("iscedLevel", isced));
                    int eqf = ((BigDecimal) result.result()).intValueExact();
                    String expected = switch (eqf) {
                        case 2 -> "EQF-PROXY-ISCED-0-2";
                        case 7 -> "EQF-PROXY-ISCED-7-8";
                        default -> "EQF-PROXY-ISCED-" + eqf;
                    };
                    return result.ruleIds().equals(List.of(expected));
                }));
            }
            for (Future<Boolean> f : futures) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Every table row of every DMN file has a stable id (an XML NCName, unique over all files) and a non-blank
     * legalBasis annotation; every file is DMN 1.5 with a kebab-case model name and a diagram shape per node.
     */
    @Test
    void every_rule_has_an_id_and_a_legal_basis() throws Exception {
        List<String> problems = new ArrayList<>();
        Map<String, String> idToFile = new HashMap<>();
        List<String> files = ruleSet.paths(".dmn").toList();
        assertThat(files).isNotEmpty();
        for (String file : files) {
            Document doc = document(file);
            Element definitions = doc.getDocumentElement();
            if (!DMN15.equals(definitions.getNamespaceURI())) {
                problems.add(file + ": not DMN 1.5 (" + definitions.getNamespaceURI() + ")");
            }
            if (!KEBAB.matcher(definitions.getAttribute("name")).matches()) {
                problems.add(file + ": model name '" + definitions.getAttribute("name") + "' is not kebab-case");
            }
            NodeList decisionTables = doc.getElementsByTagNameNS(DMN15, "decisionTable");
            for (int t = 0; t < decisionTables.getLength(); t++) {
                Element table = (Element) decisionTables.item(t);
                String where = file + "#" + ((Element) table.getParentNode()).getAttribute("name");
                int column = -1;
                List<Element> annotations = children(table, "annotation");
                for (int a = 0; a < annotations.size(); a++) {
                    if ("legalBasis".equals(annotations.get(a).getAttribute("name"))) {
                        column = a;
                    }
                }
                if (column < 0) {
                    problems.add(where + ": no legalBasis annotation column");
                }
                List<Element> rules = children(table, "rule");
                for (int r = 0; r < rules.size(); r++) {
                    Element rule = rules.get(r);
                    String id = rule.getAttribute("id");
                    String row = where + " row " + (r + 1);
                    if (id.isBlank()) {
                        problems.add(row + ": no id");
                    } else if (!NCNAME.matcher(id).matches()) {
                        problems.add(row + ": id '" + id + "' is not an XML NCName");
                    } else {
                        String other = idToFile.put(id, row);
                        if (other != null) {
                            problems.add(row + ": id " + id + " also used by " + other);
                        }
                    }
                    List<Element> entries = children(rule, "annotationEntry");
                    if (column >= 0 && (column >= entries.size() || entries.get(column).getTextContent().isBlank())) {
                        problems.add(row + " (" + id + "): blank legalBasis");
                    }
                }
            }
            Set<String> shapes = new HashSet<>();
            NodeList shapeNodes = doc.getElementsByTagNameNS(DMNDI15, "DMNShape");
            for (int s = 0; s < shapeNodes.getLength(); s++) {
                shapes.add(((Element) shapeNodes.item(s)).getAttribute("dmnElementRef"));
            }
            for (String kind : List.of("decision", "inputData")) {
                for (Element node : children(definitions, kind)) {
                    if (!shapes.contains(node.getAttribute("id"))) {
                        problems.add(file + ": no DMNDI shape for " + kind + " '" + node.getAttribute("name") + "'");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void analysis_finds_no_gap_or_overlap_in_unique_tables() {
        List<AnalysisFinding> findings = tables.analyse();

        assertThat(findings).filteredOn(f -> f.severity().equals("ERROR")).isEmpty();
        assertThat(findings)
                .filteredOn(f -> "UNIQUE".equals(f.hitPolicy()))
                .filteredOn(f -> f.isGapOrOverlap() || f.isSkippedAnalysis())
                .isEmpty();
        // the UNIQUE tables were analysed at all: a UNIQUE table without inputValues would report a skipped gap analysis
        assertThat(findings).extracting(AnalysisFinding::decision).doesNotContain("Outcome rank", "Cascade rank", "EQF proxy");
    }

    // --- XML helpers for the metadata checks ---

    private static Document document(String path) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(ruleSet.files().get(path)));
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && DMN15.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<String> ruleIds(Document doc, String decisionName) {
        for (Element decision : children(doc.getDocumentElement(), "decision")) {
            if (decisionName.equals(decision.getAttribute("name"))) {
                return children(children(decision, "decisionTable").get(0), "rule").stream()
                        .map(r -> r.getAttribute("id")).toList();
            }
        }
        throw new IllegalArgumentException("no decision " + decisionName);
    }
}
