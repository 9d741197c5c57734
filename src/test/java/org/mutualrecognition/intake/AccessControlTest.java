package org.mutualrecognition.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every role on every route, the forbidden ones included, and a licensing body that sees only its own applications. */
@QuarkusTest
class AccessControlTest {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static String application;
    static String decisionId;

    @org.junit.jupiter.api.BeforeEach
    void anApplicationOfTheDutchLicensingBody() throws Exception {
        RestAssured.authentication = RestAssured.DEFAULT_AUTH;
        if (decisionId != null) {
            return;
        }
        ObjectNode app = (ObjectNode) MAPPER.readTree(Files.readString(
                Path.of("fixtures/eu-general-system/tc07-eu-gs-physio-be-nl-no-substantial-difference.json"))).get("application");
        app.put("reference", "ACL-NL-1");
        application = app.toString();
        decisionId = as("nl-licensing").contentType("application/json").body(application)
                .post("/api/v1/applications").then().statusCode(201).extract().path("decisionId");
    }

    static RequestSpecification as(String user) {
        String password = switch (user) {
            case "nl-licensing" -> "demo-nl";
            case "de-licensing" -> "demo-de";
            case "auditor" -> "demo-auditor";
            case "officer" -> "demo-officer";
            default -> "demo-admin";
        };
        return given().auth().preemptive().basic(user, password);
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({
            // user,        method, path,                              expected status
            "nl-licensing, GET,  /api/v1/applications/ACL-NL-1,       200",
            "de-licensing, GET,  /api/v1/applications/ACL-NL-1,       404",
            "auditor,      GET,  /api/v1/applications/ACL-NL-1,       200",
            "officer,      GET,  /api/v1/applications/ACL-NL-1,       200",
            "admin,        GET,  /api/v1/applications/ACL-NL-1,       200",
            "nl-licensing, GET,  /api/v1/decisions/{id},              200",
            "de-licensing, GET,  /api/v1/decisions/{id},              404",
            "auditor,      GET,  /api/v1/decisions/{id},              200",
            "officer,      GET,  /api/v1/decisions/{id},              200",
            "nl-licensing, GET,  /api/v1/decisions/{id}/trace,        403",
            "auditor,      GET,  /api/v1/decisions/{id}/trace,        200",
            "officer,      GET,  /api/v1/decisions/{id}/trace,        200",
            "nl-licensing, GET,  /api/v1/decisions/{id}/fixture,      403",
            "auditor,      GET,  /api/v1/decisions/{id}/fixture,      200",
            "nl-licensing, GET,  /api/v1/rulesets,                    403",
            "auditor,      GET,  /api/v1/rulesets,                    200",
            "officer,      GET,  /api/v1/rulesets,                    200",
            "nl-licensing, GET,  /api/v1/audit/verify,                403",
            "officer,      GET,  /api/v1/audit/verify,                403",
            "auditor,      GET,  /api/v1/audit/verify,                200",
            "admin,        GET,  /api/v1/audit/verify,                200",
    })
    void reads(String user, String method, String path, int status) {
        as(user).when().request(method, path.replace("{id}", decisionId)).then().statusCode(status);
    }

    @ParameterizedTest(name = "{0} may submit: {1}")
    @CsvSource({"nl-licensing, 201", "admin, 201", "auditor, 403", "officer, 403"})
    void submitting(String user, int status) throws Exception {
        ObjectNode app = (ObjectNode) MAPPER.readTree(application);
        app.put("reference", "ACL-SUBMIT-" + user);
        as(user).contentType("application/json").body(app.toString()).post("/api/v1/applications").then().statusCode(status);
    }

    @ParameterizedTest(name = "{0} may evaluate: {1}")
    @CsvSource({"nl-licensing, 200", "officer, 200", "admin, 200", "auditor, 403"})
    void evaluating(String user, int status) {
        as(user).contentType("application/json").body(application).post("/api/v1/evaluations").then().statusCode(status);
    }

    @ParameterizedTest(name = "{0} may replay: {1}")
    @CsvSource({"auditor, 200", "admin, 200", "officer, 403", "nl-licensing, 403"})
    void replaying(String user, int status) {
        as(user).contentType("application/json").body("{\"selection\": {\"references\": [\"ACL-NL-1\"]}, \"target\": \"ORIGINAL\"}")
                .post("/api/v1/replays").then().statusCode(status);
    }

    @ParameterizedTest(name = "{0} may propose and activate rule sets: {1}")
    @CsvSource({"auditor, 403", "nl-licensing, 403"})
    void rule_set_changes_are_for_policy_officers(String user, int status) {
        as(user).contentType("application/zip").body(new byte[]{1}).post("/api/v1/rulesets").then().statusCode(status);
        as(user).contentType("application/json").body("{\"inForceFrom\": \"2030-01-01\"}")
                .post("/api/v1/rulesets/sha256:x/activation").then().statusCode(status);
    }

    @Test
    void policy_officers_reach_the_rule_set_routes() {
        as("officer").contentType("application/zip").body(new byte[]{1, 2}).post("/api/v1/rulesets").then().statusCode(400);
        as("officer").contentType("application/json").body("{\"inForceFrom\": \"2030-01-01\"}")
                .post("/api/v1/rulesets/sha256:none/activation").then().statusCode(404);
    }

    @Test
    void another_organisation_cannot_reuse_or_read_a_reference() {
        as("de-licensing").contentType("application/json").body(application).post("/api/v1/applications").then().statusCode(409);
        as("nl-licensing").contentType("application/json").body(application).post("/api/v1/applications")
                .then().statusCode(200).body("decisionId", equalTo(decisionId));
    }

    @Test
    void without_credentials_every_api_route_is_401_and_health_stays_open() {
        given().get("/api/v1/applications/ACL-NL-1").then().statusCode(401);
        given().contentType("application/json").body(application).post("/api/v1/applications").then().statusCode(401);
        given().get("/api/v1/rulesets").then().statusCode(401);
        given().auth().preemptive().basic("admin", "wrong").get("/api/v1/rulesets").then().statusCode(401);
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void kogitos_generated_dmn_endpoints_need_an_authenticated_caller_of_any_role() {
        String input = "{\"framework\":\"IE-NFQ\",\"level\":\"6\",\"metaFramework\":null,\"metaLevel\":null}";
        given().contentType("application/json").body(input).post("/level-referencing").then().statusCode(401);
        given().auth().preemptive().basic("nl-licensing", "wrong").contentType("application/json").body(input)
                .post("/level-referencing").then().statusCode(401);
        for (String user : List.of("nl-licensing", "auditor", "officer", "admin")) {
            as(user).contentType("application/json").body(input).post("/level-referencing").then().statusCode(200);
        }
    }
}
