package org.mutualrecognition.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The auditor's routes: trace, fixture export, rule-set archive, replay, hash-chain verification. */
@QuarkusTest
class AuditRoutesTest {

    @org.junit.jupiter.api.BeforeAll
    static void asAdministrator() {
        io.restassured.RestAssured.authentication = io.restassured.RestAssured.preemptive().basic("admin", "demo-admin");
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Inject
    DataSource dataSource;

    static String submit(String fixture, String reference) throws Exception {
        ObjectNode app = (ObjectNode) MAPPER.readTree(Files.readString(Path.of(fixture))).get("application");
        app.put("reference", reference);
        return given().contentType("application/json").body(app.toString()).post("/api/v1/applications")
                .then().statusCode(201).extract().path("decisionId");
    }

    @Test
    void the_trace_lists_fired_rules_and_evaluated_tables_in_order() throws Exception {
        String id = submit("fixtures/eu-general-system/tc08-eu-gs-teacher-pl-nl-applicant-chooses.json", "AUDIT-TRACE");
        JsonPath trace = given().get("/api/v1/decisions/" + id + "/trace").then().statusCode(200).extract().jsonPath();
        assertThat(trace.getList("trace.rulesFired.ruleId", String.class)).contains("EU-GS-041", "EU-GS-052");
        assertThat(trace.getList("trace.rulesFired.source", String.class)).allMatch(s -> s.startsWith("rules/"));
        assertThat(trace.getList("trace.tablesEvaluated.model", String.class)).contains("eu-art11-level", "eu-measure-choice");
        assertThat(trace.getString("trace.tablesEvaluated.find { it.model == 'eu-measure-choice' }.inputs.applicantLevel")).isEqualTo("e");
        assertThat(trace.getList("trace.tablesEvaluated.find { it.model == 'eu-measure-choice' }.matchedRows", String.class))
                .containsExactly("MC-APPLICANT-CHOOSES");
        given().get("/api/v1/decisions/nope/trace").then().statusCode(404);
    }

    @Test
    void a_stored_decision_exports_as_a_fixture_that_replays_identically() throws Exception {
        String id = submit("fixtures/eu-general-system/tc11-eu-gs-lawyer-es-de-national-law.json", "AUDIT-EXPORT");
        JsonNode fixture = MAPPER.readTree(given().get("/api/v1/decisions/" + id + "/fixture").then().statusCode(200)
                .body("application.reference", equalTo("AUDIT-EXPORT"))
                .body("expected.outcome", equalTo("CONDITIONAL_RECOGNITION"))
                .extract().asString());
        ObjectNode request = MAPPER.createObjectNode();
        request.putObject("selection").putArray("fixtures").add(fixture);
        request.put("target", "CURRENT");
        given().contentType("application/json").body(request.toString()).post("/api/v1/replays")
                .then().statusCode(200)
                .body("total", equalTo(1)).body("identical", equalTo(1)).body("different", equalTo(0));
    }

    @Test
    void every_stored_decision_reproduces_under_its_original_rule_set() throws Exception {
        submit("fixtures/eu-general-system/tc07-eu-gs-physio-be-nl-no-substantial-difference.json", "AUDIT-REPLAY-1");
        submit("fixtures/validation/tc40e-invalid-date-order-label-unknown-level.json", "AUDIT-REPLAY-2");
        // quantities in the decision's text (2000 h) must read the same from the stored application
        submit("fixtures/validation/tc40c-invalid-hours-inconsistent.json", "AUDIT-REPLAY-3");
        JsonPath all = given().contentType("application/json")
                .body("{\"selection\": {\"all\": true}, \"target\": \"ORIGINAL\"}")
                .post("/api/v1/replays").then().statusCode(200).extract().jsonPath();
        assertThat(all.getInt("total")).isGreaterThanOrEqualTo(2);
        assertThat(all.getInt("identical")).isEqualTo(all.getInt("total"));
        // other test classes may activate later rule sets; these two were decided with the version in force today
        JsonPath current = given().contentType("application/json")
                .body("{\"selection\": {\"references\": [\"AUDIT-REPLAY-1\", \"AUDIT-REPLAY-2\", \"AUDIT-REPLAY-3\"]}, \"target\": \"CURRENT\"}")
                .post("/api/v1/replays").then().statusCode(200).extract().jsonPath();
        assertThat(current.getInt("identical")).as(current.prettify()).isEqualTo(3);
        given().contentType("application/json")
                .body("{\"selection\": {\"references\": [\"AUDIT-REPLAY-1\"]}, \"target\": \"ORIGINAL\"}")
                .post("/api/v1/replays").then().statusCode(200).body("total", equalTo(1)).body("identical", equalTo(1));
        given().contentType("application/json").body("{\"selection\": {}, \"target\": \"LATER\"}")
                .post("/api/v1/replays").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void the_rule_set_archive_lists_the_active_version() {
        given().get("/api/v1/rulesets").then().statusCode(200)
                .body("versions.find { it.active }.version", org.hamcrest.Matchers.startsWith("sha256:"))
                .body("versions.active", hasItem(true));
    }

    @Test
    void an_edited_record_breaks_the_chain_and_verification_names_it() throws Exception {
        submit("fixtures/eu-general-system/tc07-eu-gs-physio-be-nl-no-substantial-difference.json", "AUDIT-CHAIN-1");
        String victim = submit("fixtures/eu-general-system/tc08-eu-gs-teacher-pl-nl-applicant-chooses.json", "AUDIT-CHAIN-2");
        submit("fixtures/eu-general-system/tc11-eu-gs-lawyer-es-de-national-law.json", "AUDIT-CHAIN-3");
        given().get("/api/v1/audit/verify").then().statusCode(200).body("intact", equalTo(true));

        String original;
        try (Connection c = dataSource.getConnection();
             PreparedStatement read = c.prepareStatement("SELECT decision_json FROM decision WHERE decision_id = ?")) {
            read.setString(1, victim);
            var rs = read.executeQuery();
            rs.next();
            original = rs.getString(1);
        }
        setDecisionJson(victim, original.replace("CONDITIONAL_RECOGNITION", "RECOGNITION"));
        try {
            given().get("/api/v1/audit/verify").then().statusCode(200)
                    .body("intact", equalTo(false))
                    .body("firstBrokenDecisionId", equalTo(victim));
        } finally {
            setDecisionJson(victim, original);
        }
        given().get("/api/v1/audit/verify").then().statusCode(200).body("intact", equalTo(true));
    }

    private void setDecisionJson(String decisionId, String json) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement("UPDATE decision SET decision_json = ? WHERE decision_id = ?")) {
            update.setString(1, json);
            update.setString(2, decisionId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
