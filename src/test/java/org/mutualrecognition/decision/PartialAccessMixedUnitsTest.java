package org.mutualrecognition.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mutualrecognition.decision.model.Decision;

/**
 * Art. 4f(1)(b) with host matters in mixed units (P-13.3(b): 28 hours = 1 ECTS, "at least one half" inclusive and
 * exact). No record of the knowledge base combines mixed units with separable activities, so the test adds one host
 * standard to a copy of the rule set: T-A 20 ECTS (= 560 hours) and T-B 560 or 561 hours, both essential.
 */
class PartialAccessMixedUnitsTest {

    static final ObjectMapper MAPPER = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    static final String HOST_STANDARDS = "decision-tables/reference/host-standards.json";

    @Test
    void substantial_differences_of_exactly_half_in_mixed_units_grant_partial_access() throws Exception {
        // T-A (20 ECTS = 560 h) is a substantial difference, T-B (560 h) is not: 560 of 1,120 hours, exactly one half.
        // Without the conversion 20 ECTS would weigh 20 of 580 and (b) would fail.
        Decision decision = decide(560, 560);
        assertThat(decision.outcome).isEqualTo("PARTIAL_ACCESS");
        assertThat(decision.route.model()).isEqualTo("GENERAL_SYSTEM");
        assertThat(decision.scope.activities()).containsExactly("medical massage");
        assertThat(decision.substantialDifferences).extracting(d -> d.matter()).containsExactly("T-A");
    }

    @Test
    void one_hour_more_in_the_host_programme_leaves_the_differences_just_below_half() throws Exception {
        // T-A 560 h substantial, T-B 561 h covered: 560 x 2 = 1,120 < 1,121 -> condition (b) fails -> REFUSAL
        Decision decision = decide(561, 561);
        assertThat(decision.outcome).isEqualTo("REFUSAL");
        assertThat(decision.route.model()).isEqualTo("GENERAL_SYSTEM");
        assertThat(decision.scope).isNull();
    }

    private Decision decide(int hostHoursB, int applicantHoursB) throws Exception {
        RuleSetFiles original = RuleSetFiles.fromDirectory(Path.of("."));
        ObjectNode standards = (ObjectNode) MAPPER.readTree(original.text(HOST_STANDARDS));
        ((ArrayNode) standards.get("generalSystem")).add(MAPPER.readTree("""
                {"id": "TEST-NL-3255-MIXED", "kind": "EU_GENERAL_SYSTEM", "agreement": "EU-2005-36", "host": "NL", "isco08": "3255",
                 "title": "Test standard with mixed units", "comparableOccupations": ["3255"],
                 "requiredQualification": {"title": "test", "directiveLevel": "c"},
                 "matters": [
                   {"code": "T-A", "title": "Matter in ECTS", "unit": "ECTS", "amount": 20, "essential": true, "adaptationMonths": 3},
                   {"code": "T-B", "title": "Matter in hours", "unit": "HOURS", "amount": %d, "essential": true, "adaptationMonths": 3}],
                 "measurePolicy": {"measureChoice": "APPLICANT_CHOOSES", "nationalLawProfession": false, "stipulatedMeasure": "APTITUDE_TEST",
                                   "imposeBothForLevelAvsD": false, "refuseLevelAWhereLevelERequired": false},
                 "separableActivities": ["medical massage"], "provenance": "[A] test"}
                """.formatted(hostHoursB)));
        Map<String, byte[]> files = new HashMap<>(original.files());
        files.put(HOST_STANDARDS, MAPPER.writeValueAsString(standards).getBytes(StandardCharsets.UTF_8));
        CompiledRuleSet ruleSet = new RuleSetCompiler(MAPPER).compile(new RuleSetFiles(files));

        JsonNode application = MAPPER.readTree("""
                {"reference": "PA-MIXED", "submittedOn": "2025-03-17", "purpose": "PRACTICE", "home": "DE", "host": "NL",
                 "requestedScope": "PARTIAL",
                 "occupation": {"isco08": "3255", "title": "Masseur", "activities": ["medical massage"]},
                 "applicant": {"citizenships": ["DE"]},
                 "qualifications": [{"id": "Q1", "title": "Masseur und medizinischer Bademeister", "country": "DE", "framework": "DE-DQR",
                   "level": 4, "iscedLevel": 4, "occupation": "3255", "awardedOn": "2009-09-30",
                   "matters": [{"code": "T-B", "hours": %d}]}],
                 "registrations": [{"id": "R1", "jurisdiction": "DE", "occupation": "3255", "status": "ACTIVE", "registeredOn": "2009-10-15"}]}
                """.formatted(applicantHoursB));
        LocalDate day = LocalDate.parse("2025-03-17");
        return new DecisionEngine().decide(application, ruleSet,
                new DecisionContext("test", day.atStartOfDay().toInstant(ZoneOffset.UTC)));
    }
}
