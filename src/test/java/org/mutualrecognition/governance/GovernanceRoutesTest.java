package org.mutualrecognition.governance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mutualrecognition.decision.InMemoryZip;
import org.mutualrecognition.decision.RuleSetFiles;

/** A policy officer's draft: validation, impact preview, activation from a date, rollback; stored decisions untouched. */
@QuarkusTest
class GovernanceRoutesTest {

    @org.junit.jupiter.api.BeforeAll
    static void asAdministrator() {
        io.restassured.RestAssured.authentication = io.restassured.RestAssured.preemptive().basic("admin", "demo-admin");
    }

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** The project's rule set with supervised teaching practice (NL-LW-STAGE) needing 9 instead of 6 adaptation months. */
    static byte[] draftWithLongerTeachingPractice() {
        Map<String, byte[]> files = new HashMap<>(RuleSetFiles.fromDirectory(Path.of(".")).files());
        String standards = new String(files.get("decision-tables/reference/host-standards.json"), StandardCharsets.UTF_8);
        String changed = standards.replaceFirst("(\"code\": \"NL-LW-STAGE\"[^}]*\"adaptationMonths\": )6", "$19");
        assertThat(changed).isNotEqualTo(standards);
        files.put("decision-tables/reference/host-standards.json", changed.getBytes(StandardCharsets.UTF_8));
        return InMemoryZip.zip(files);
    }

    /** Fixtures whose expected adaptation period covers NL-LW-STAGE and stays under the 36-month cap after +3 months. */
    static Set<String> fixturesAffectedByTheChange() throws Exception {
        Set<String> ids = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("fixtures"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                JsonNode fixture = MAPPER.readTree(f.toFile());
                for (JsonNode m : fixture.path("expected").path("measures")) {
                    if (m.path("type").asText().equals("ADAPTATION_PERIOD") && m.path("matters").toString().contains("\"NL-LW-STAGE\"")
                            && m.path("months").asInt() + 3 <= 36) {
                        ids.add(fixture.path("id").asText());
                    }
                }
            }
        }
        return ids;
    }

    @Test
    void a_draft_is_validated_and_its_impact_names_exactly_the_affected_fixtures() throws Exception {
        JsonPath proposal = given().contentType("application/zip")
                .body(draftWithLongerTeachingPractice())
                .post("/api/v1/rulesets").then().statusCode(201)
                .body("valid", equalTo(true)).extract().jsonPath();
        List<String> changed = proposal.getList("impact.cases.findAll { it.source != 'stored' }.id", String.class);
        assertThat(new TreeSet<>(changed)).isEqualTo(fixturesAffectedByTheChange()).isNotEmpty();
        assertThat(proposal.getInt("impact.outcomeChanged")).isZero();
    }

    /**
     * Each stored decision the preview decides again costs about 0.8 ms; with a service's worth of them the proposal's
     * request would not end. The preview takes the most recent {@code storedLimit} (10,000 unless the header says) and
     * says how many of how many.
     */
    @Test
    void the_impact_preview_decides_again_only_the_most_recent_stored_decisions_it_is_asked_for() throws Exception {
        ObjectNode app = (ObjectNode) MAPPER.readTree(Files.readString(
                Path.of("fixtures/eu-general-system/tc08-eu-gs-teacher-pl-nl-applicant-chooses.json"))).get("application");
        for (String reference : List.of("GOV-LIMIT-1", "GOV-LIMIT-2", "GOV-LIMIT-3")) {
            app.put("reference", reference);
            given().contentType("application/json").body(app.toString()).post("/api/v1/applications").then().statusCode(201);
        }

        JsonPath limited = given().contentType("application/zip").header("storedLimit", "2").body(draftWithLongerTeachingPractice())
                .post("/api/v1/rulesets").then().statusCode(201).extract().jsonPath();
        assertThat(limited.getList("impact.cases.findAll { it.source == 'stored' }.id", String.class))
                .containsExactly("GOV-LIMIT-2", "GOV-LIMIT-3");
        assertThat(limited.getInt("impact.storedEvaluated")).isEqualTo(2);
        assertThat(limited.getLong("impact.storedTotal")).isGreaterThanOrEqualTo(3);

        JsonPath byDefault = given().contentType("application/zip").body(draftWithLongerTeachingPractice())
                .post("/api/v1/rulesets").then().statusCode(201).extract().jsonPath();
        assertThat(byDefault.getList("impact.cases.findAll { it.source == 'stored' }.id", String.class))
                .contains("GOV-LIMIT-1", "GOV-LIMIT-2", "GOV-LIMIT-3");
        assertThat(byDefault.getLong("impact.storedEvaluated")).isEqualTo(byDefault.getLong("impact.storedTotal"));

        JsonPath fixturesOnly = given().contentType("application/zip").header("includeStored", "false")
                .body(draftWithLongerTeachingPractice()).post("/api/v1/rulesets").then().statusCode(201).extract().jsonPath();
        assertThat(fixturesOnly.getList("impact.cases.findAll { it.source == 'stored' }")).isEmpty();
        assertThat(fixturesOnly.getString("impact.storedEvaluated")).isNull();

        for (String bad : List.of("lots", "-1", "1000001")) {
            given().contentType("application/zip").header("storedLimit", bad).body(draftWithLongerTeachingPractice())
                    .post("/api/v1/rulesets").then().statusCode(400)
                    .body("title", equalTo("Invalid storedLimit header"));
        }
    }

    @Test
    void a_draft_with_errors_is_stored_but_can_never_be_activated() {
        Map<String, byte[]> files = new HashMap<>(RuleSetFiles.fromDirectory(Path.of(".")).files());
        files.put("rules/eu/broken.drl", "package rules.eu;\nrule \"X-1 broken\" when then end end".getBytes(StandardCharsets.UTF_8));
        String version = given().contentType("application/zip").body(InMemoryZip.zip(files))
                .post("/api/v1/rulesets").then().statusCode(201)
                .body("valid", equalTo(false))
                .body("validation.errors[0].file", equalTo("rules/eu/broken.drl"))
                .extract().path("version");
        given().contentType("application/json").body("{\"inForceFrom\": \"2020-01-01\", \"activatedBy\": \"officer\"}")
                .post("/api/v1/rulesets/" + version + "/activation").then().statusCode(409);
    }

    @Test
    void activation_changes_the_next_decision_and_leaves_stored_decisions_as_they_were() throws Exception {
        ObjectNode app = (ObjectNode) MAPPER.readTree(Files.readString(
                Path.of("fixtures/eu-general-system/tc08-eu-gs-teacher-pl-nl-applicant-chooses.json"))).get("application");
        app.put("reference", "GOV-BEFORE");
        app.put("submittedOn", "2031-03-01");
        String before = given().contentType("application/json").body(app.toString()).post("/api/v1/applications")
                .then().statusCode(201).body("measures.find { it.type == 'ADAPTATION_PERIOD' }.months", equalTo(12))
                .extract().path("decisionId");
        String packaged = given().get("/api/v1/rulesets").then().extract().path("active");

        String draft = given().contentType("application/zip").body(draftWithLongerTeachingPractice())
                .post("/api/v1/rulesets").then().statusCode(201).extract().path("version");
        given().contentType("application/json").body("{\"inForceFrom\": \"2031-01-01\", \"activatedBy\": \"officer-nl\"}")
                .post("/api/v1/rulesets/" + draft + "/activation").then().statusCode(200)
                .body("version", equalTo(draft)).body("activatedBy", equalTo("admin"));

        app.put("reference", "GOV-AFTER");
        given().contentType("application/json").body(app.toString()).post("/api/v1/applications")
                .then().statusCode(201)
                .body("ruleset.version", equalTo(draft))
                .body("measures.find { it.type == 'ADAPTATION_PERIOD' }.months", equalTo(15));
        app.put("reference", "GOV-EARLIER-DATE");
        app.put("submittedOn", "2030-12-31");
        given().contentType("application/json").body(app.toString()).post("/api/v1/applications")
                .then().statusCode(201).body("ruleset.version", equalTo(packaged));

        given().get("/api/v1/decisions/" + before).then().statusCode(200)
                .body("measures.find { it.type == 'ADAPTATION_PERIOD' }.months", equalTo(12));
        given().contentType("application/json").body("{\"selection\": {\"references\": [\"GOV-BEFORE\", \"GOV-AFTER\"]}, \"target\": \"ORIGINAL\"}")
                .post("/api/v1/replays").then().statusCode(200).body("identical", equalTo(2));

        // rolling back is activating the earlier version
        given().contentType("application/json").body("{\"inForceFrom\": \"2031-02-01\", \"activatedBy\": \"officer-nl\"}")
                .post("/api/v1/rulesets/" + packaged + "/activation").then().statusCode(200);
        app.put("reference", "GOV-ROLLED-BACK");
        app.put("submittedOn", "2031-03-01");
        given().contentType("application/json").body(app.toString()).post("/api/v1/applications")
                .then().statusCode(201).body("ruleset.version", equalTo(packaged));
        given().get("/api/v1/rulesets").then().statusCode(200)
                .body("activations.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(2));
    }

    @Test
    void bad_activation_requests_are_4xx() {
        given().contentType("application/json").body("{\"inForceFrom\": \"soon\", \"activatedBy\": \"x\"}")
                .post("/api/v1/rulesets/sha256:none/activation").then().statusCode(400);
        given().contentType("application/json").body("{\"inForceFrom\": \"2030-01-01\", \"activatedBy\": \"x\"}")
                .post("/api/v1/rulesets/sha256:none/activation").then().statusCode(404);
        given().contentType("text/plain").body("x").post("/api/v1/rulesets").then().statusCode(415);
        given().contentType("application/zip").body(new byte[]{1, 2, 3}).post("/api/v1/rulesets").then().statusCode(400);
    }
}
