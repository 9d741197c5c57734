package org.mutualrecognition.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mutualrecognition.decision.CompiledRuleSet;
import org.mutualrecognition.decision.DecisionContext;
import org.mutualrecognition.decision.DecisionEngine;
import org.mutualrecognition.decision.RuleSetCompiler;
import org.mutualrecognition.decision.RuleSetFiles;
import org.mutualrecognition.persistence.DecisionRecord;

/**
 * A decision made under an older rule set replays identically under ORIGINAL after the rules changed, and the CURRENT
 * replay shows the change.
 */
class ReplayAcrossVersionsTest {

    static final ObjectMapper MAPPER = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    @Test
    void original_reproduces_and_current_shows_the_changed_adaptation_period() throws Exception {
        RuleSetCompiler compiler = new RuleSetCompiler(MAPPER);
        RuleSetFiles today = RuleSetFiles.fromDirectory(Path.of("."));
        // the older version: the host standard's supervised teaching practice needed 9 months of adaptation, not 6
        Map<String, byte[]> olderFiles = new HashMap<>(today.files());
        String standards = today.text("decision-tables/reference/host-standards.json");
        String older = standards.replaceFirst("(\"code\": \"NL-LW-STAGE\"[^}]*\"adaptationMonths\": )6", "$19");
        assertThat(older).isNotEqualTo(standards);
        olderFiles.put("decision-tables/reference/host-standards.json", older.getBytes(StandardCharsets.UTF_8));
        CompiledRuleSet oldSet = compiler.compile(new RuleSetFiles(olderFiles));
        CompiledRuleSet current = compiler.compile(today);

        JsonNode app = MAPPER.readTree(Files.readString(Path.of("fixtures/eu-general-system/tc08-eu-gs-teacher-pl-nl-applicant-chooses.json")))
                .get("application");
        Instant decidedAt = Instant.parse("2025-03-02T10:00:00Z");
        String decisionJson = MAPPER.writeValueAsString(new DecisionEngine().decide(app, oldSet, new DecisionContext("D-OLD", decidedAt)));
        DecisionRecord record = new DecisionRecord(1, "D-OLD", "TC08", "CONDITIONAL_RECOGNITION", oldSet.version(), decidedAt,
                MAPPER.writeValueAsString(app), decisionJson, "{}", "sha256:genesis", "n/a");
        Map<String, CompiledRuleSet> archive = Map.of(oldSet.version(), oldSet, current.version(), current);

        Replayer replayer = new Replayer(MAPPER);
        ReplayReport.CaseResult original = replayer.replayStored(record, archive::get, null);
        assertThat(original.status()).isEqualTo("IDENTICAL");
        assertThat(original.rulesetVersion()).isEqualTo(oldSet.version());

        ReplayReport.CaseResult now = replayer.replayStored(record, archive::get, current.version());
        assertThat(now.status()).isEqualTo("DIFFERENT");
        assertThat(now.fields()).extracting(ReplayReport.FieldDifference::field).contains("measures");
        assertThat(MAPPER.writeValueAsString(now.fields())).contains("\"months\":15").contains("\"months\":12");
    }
}
