package org.mutualrecognition.governance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mutualrecognition.decision.InMemoryZip;
import org.mutualrecognition.decision.RuleSetFiles;

/**
 * When the rule compiler's JVM cannot run, a proposal says so (503), says nothing about the draft's validity and stores
 * nothing: not a 500, not a draft recorded as invalid for a fault that is not its own.
 */
@QuarkusTest
@TestProfile(CompilerUnavailableTest.BrokenCompilerJvm.class)
class CompilerUnavailableTest {

    /** The compiler's JVM is given an option no JVM knows, so it exits at once. */
    public static class BrokenCompilerJvm implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("recognition.rulesets.compiler-jvm-options", "-XX:+NoSuchOptionAnywhere");
        }
    }

    @BeforeAll
    static void asOfficer() {
        io.restassured.RestAssured.authentication = io.restassured.RestAssured.preemptive().basic("officer", "demo-officer");
    }

    @Test
    void a_proposal_the_compiler_cannot_compile_now_is_answered_503_and_not_stored() {
        Map<String, byte[]> files = new HashMap<>(RuleSetFiles.fromDirectory(Path.of(".")).files());
        String path = "rules/common/validation.drl";
        files.put(path, (new String(files.get(path), StandardCharsets.UTF_8) + "\n// compiler unavailable\n")
                .getBytes(StandardCharsets.UTF_8));
        String version = new RuleSetFiles(files).version();

        given().contentType("application/zip").body(InMemoryZip.zip(files)).post("/api/v1/rulesets")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("title", equalTo("Rule compiler unavailable"));

        given().get("/api/v1/rulesets").then().statusCode(200)
                .body("versions.size()", greaterThan(0))
                .body("versions.version", not(hasItem(version)));
    }
}
