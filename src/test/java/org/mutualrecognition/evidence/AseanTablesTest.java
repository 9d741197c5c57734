package org.mutualrecognition.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mutualrecognition.decision.AnalysisFinding;
import org.mutualrecognition.decision.DecisionTables;
import org.mutualrecognition.decision.RuleSetFiles;
import org.mutualrecognition.knowledge.KnowledgeBase;

/**
 * The ASEAN decision tables (policy P-18): clean under the DMN analysis, one criterion-terms row for every criterion of
 * asean-criteria.json, and host rules that say what asean-criteria.json says.
 */
class AseanTablesTest {

    static DecisionTables tables;
    static KnowledgeBase kb;

    @BeforeAll
    static void load() {
        RuleSetFiles files = RuleSetFiles.fromDirectory(Path.of("."));
        tables = new DecisionTables(files.files());
        kb = new KnowledgeBase(files.files(), new ObjectMapper());
    }

    @Test
    void asean_tables_have_no_analysis_findings() {
        List<AnalysisFinding> findings = tables.analyse().stream()
                .filter(f -> f.file().startsWith("decision-tables/asean-"))
                .toList();
        assertThat(findings).isEmpty();
    }

    @Test
    void every_criterion_has_terms_and_every_duration_a_threshold() {
        for (JsonNode arrangement : kb.records("asean-criteria", "arrangements")) {
            for (JsonNode criterion : arrangement.path("criteria")) {
                String id = criterion.path("id").asText();
                Map<?, ?> row = (Map<?, ?>) tables.evaluate("asean-criteria", "Criterion terms", Map.of("criterion", id)).result();
                assertThat(row).as(id).isNotNull();
                assertThat(row.get("kind")).as(id + " kind").isNotNull();
                String kind = String.valueOf(row.get("kind"));
                boolean duration = List.of("EXPERIENCE_AFTER_DEGREE", "RESPONSIBLE_CHARGE", "STUDY_YEARS", "CONTINUOUS_PRACTICE",
                        "PRACTICE_AFTER_REGISTRATION", "EXPERIENCE_IN_WINDOW").contains(kind);
                assertThat(row.get("amount") != null).as(id + " has a threshold").isEqualTo(duration);
            }
        }
    }

    @Test
    void host_rules_agree_with_asean_criteria_json() {
        for (JsonNode arrangement : kb.records("asean-criteria", "arrangements")) {
            String agreement = arrangement.path("agreement").asText();
            List<String> parties = new ArrayList<>();
            kb.agreement(agreement).orElseThrow().path("parties").forEach(p -> parties.add(p.asText()));
            for (String host : parties) {
                Map<String, Object> inputs = new LinkedHashMap<>();
                inputs.put("agreement", agreement);
                inputs.put("host", host);
                Map<?, ?> row = (Map<?, ?>) tables.evaluate("asean-host-rules", "Host rule", inputs).result();
                if (arrangement.has("hostRule")) {
                    assertThat(row.get("practiceMode")).as(agreement + "/" + host)
                            .isEqualTo(arrangement.path("hostRule").path("practiceMode").asText());
                    assertThat(row.get("measure")).isNull();
                } else {
                    JsonNode recorded = null;
                    for (JsonNode r : arrangement.path("hostRules")) {
                        if (host.equals(r.path("host").asText())) {
                            recorded = r;
                        }
                    }
                    assertThat(row.get("practiceMode")).isNull();
                    if (recorded == null) {
                        assertThat(row.get("measure")).as(agreement + "/" + host).isNull();
                    } else {
                        assertThat(row.get("measure")).as(agreement + "/" + host).isEqualTo(recorded.path("measure").asText());
                        assertThat(row.get("choice")).isEqualTo(recorded.path("choice").asText());
                    }
                }
            }
        }
    }
}
