package org.mutualrecognition.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every route of the v1 contract and every error class, over HTTP. */
@QuarkusTest
class ApplicationRoutesTest {

    @org.junit.jupiter.api.BeforeAll
    static void asAdministrator() {
        io.restassured.RestAssured.authentication = io.restassured.RestAssured.preemptive().basic("admin", "demo-admin");
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static ObjectNode tc07(String reference) throws IOException {
        ObjectNode app = (ObjectNode) MAPPER.readTree(Files.readString(
                Path.of("fixtures/eu-general-system/tc07-eu-gs-physio-be-nl-no-substantial-difference.json"))).get("application");
        app.put("reference", reference);
        return app;
    }

    @Test
    void submitting_decides_stores_and_answers_201_with_location() throws IOException {
        JsonPath decision = given().contentType("application/json").body(tc07("HTTP-SUBMIT-1").toString())
                .when().post("/api/v1/applications")
                .then().statusCode(201)
                .header("Location", "/api/v1/applications/HTTP-SUBMIT-1")
                .body("outcome", equalTo("RECOGNITION"))
                .body("route.model", equalTo("GENERAL_SYSTEM"))
                .body("ruleset.version", startsWith("sha256:"))
                .extract().jsonPath();
        List<Map<String, String>> reasons = decision.getList("reasons");
        assertThat(reasons).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("ruleId")).isNotBlank();
            assertThat(r.get("source")).isNotBlank();
            assertThat(r.get("legalBasis")).isNotBlank();
        });

        given().when().get("/api/v1/applications/HTTP-SUBMIT-1")
                .then().statusCode(200)
                .body("application.reference", equalTo("HTTP-SUBMIT-1"))
                .body("decision.decisionId", equalTo(decision.getString("decisionId")));
        given().when().get("/api/v1/decisions/" + decision.getString("decisionId"))
                .then().statusCode(200)
                .body("reference", equalTo("HTTP-SUBMIT-1"))
                .body("outcome", equalTo("RECOGNITION"));
    }

    @Test
    void the_same_reference_with_the_same_content_returns_the_first_decision_and_stores_nothing_new() throws IOException {
        String body = tc07("HTTP-IDEMPOTENT").toString();
        String first = given().contentType("application/json").body(body).post("/api/v1/applications")
                .then().statusCode(201).extract().path("decisionId");
        ObjectNode reordered = tc07("HTTP-IDEMPOTENT");
        String second = given().contentType("application/json").body(reordered.toString()).post("/api/v1/applications")
                .then().statusCode(200).extract().path("decisionId");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void the_same_reference_with_other_content_is_a_conflict() throws IOException {
        given().contentType("application/json").body(tc07("HTTP-CONFLICT").toString()).post("/api/v1/applications")
                .then().statusCode(201);
        ObjectNode changed = tc07("HTTP-CONFLICT");
        changed.put("submittedOn", "2025-01-16");
        given().contentType("application/json").body(changed.toString()).post("/api/v1/applications")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("problems[0].pointer", equalTo("/reference"));
    }

    @Test
    void unknown_reference_and_unknown_decision_answer_404() {
        given().get("/api/v1/applications/NO-SUCH-REF").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/decisions/no-such-decision").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void an_evaluation_decides_without_storing() throws IOException {
        given().contentType("application/json").body(tc07("HTTP-DRY-RUN").toString())
                .when().post("/api/v1/evaluations")
                .then().statusCode(200)
                .body("outcome", equalTo("RECOGNITION"));
        given().get("/api/v1/applications/HTTP-DRY-RUN").then().statusCode(404);
    }

    @Test
    void malformed_json_is_400_with_a_problem() {
        given().contentType("application/json").body("{\"reference\": \"X\",")
                .post("/api/v1/applications")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("instance", equalTo("/api/v1/applications"))
                .body("problems.size()", equalTo(1));
    }

    @Test
    void request_headers_and_path_parameters_do_not_come_back_in_the_response() throws IOException {
        given().contentType("application/json").header("X-Case-Note", "internal").body(tc07("HTTP-HEADERS").toString())
                .post("/api/v1/applications")
                .then().statusCode(201)
                .header("X-Case-Note", org.hamcrest.Matchers.nullValue())
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/applications/HTTP-HEADERS"));
        given().header("X-Case-Note", "internal").get("/api/v1/applications/HTTP-HEADERS")
                .then().statusCode(200)
                .contentType("application/json")
                .header("X-Case-Note", org.hamcrest.Matchers.nullValue())
                .header("reference", org.hamcrest.Matchers.nullValue());
        given().header("X-Case-Note", "internal").get("/api/v1/decisions/no-such-decision")
                .then().statusCode(404)
                .header("X-Case-Note", org.hamcrest.Matchers.nullValue())
                .header("decisionId", org.hamcrest.Matchers.nullValue())
                .body("instance", equalTo("/api/v1/decisions/no-such-decision"));
    }

    @Test
    void schema_violations_are_400_with_one_pointer_per_problem() throws IOException {
        ObjectNode app = tc07("HTTP-SCHEMA");
        app.put("purpose", "TOURISM");
        app.put("colour", "blue");
        ((ObjectNode) app.get("qualifications").get(0)).put("ects", -5);
        JsonPath problem = given().contentType("application/json").body(app.toString())
                .post("/api/v1/applications")
                .then().statusCode(400).contentType("application/problem+json")
                .extract().jsonPath();
        assertThat(problem.getList("problems.pointer", String.class))
                .contains("/purpose", "/colour", "/qualifications/0/ects");
        given().get("/api/v1/applications/HTTP-SCHEMA").then().statusCode(404);
    }

    @Test
    void an_impossible_date_is_a_schema_violation() throws IOException {
        ObjectNode app = tc07("HTTP-DATE");
        app.put("submittedOn", "2025-02-30");
        given().contentType("application/json").body(app.toString())
                .post("/api/v1/evaluations")
                .then().statusCode(400)
                .body("problems.pointer", org.hamcrest.Matchers.hasItem("/submittedOn"));
    }

    @Test
    void a_wrong_media_type_is_415() throws IOException {
        given().contentType("text/plain").body(tc07("HTTP-MEDIA").toString())
                .post("/api/v1/applications")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void a_body_over_the_limit_is_413() {
        String huge = "{\"reference\":\"HTTP-HUGE\",\"pad\":\"" + "x".repeat(1_100_000) + "\"}";
        given().contentType("application/json").body(huge)
                .post("/api/v1/applications")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void contradictory_facts_are_referred_with_findings_not_rejected() throws IOException {
        ObjectNode fixture = (ObjectNode) MAPPER.readTree(Files.readString(
                Path.of("fixtures/validation/tc40c-invalid-hours-inconsistent.json")));
        ObjectNode app = (ObjectNode) fixture.get("application");
        app.put("reference", "HTTP-TC40C");
        given().contentType("application/json").body(app.toString())
                .post("/api/v1/applications")
                .then().statusCode(201)
                .body("outcome", equalTo("REFER_FOR_REVIEW"))
                .body("route.model", equalTo("NONE"))
                .body("validationFindings[0].code", equalTo("HOURS_INCONSISTENT"))
                .body("validationFindings[0].path", equalTo("/qualifications/0/hours"));
    }
}
