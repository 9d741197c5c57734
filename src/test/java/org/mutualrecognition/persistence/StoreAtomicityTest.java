package org.mutualrecognition.persistence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Application and decision record are one transaction: a failure after the application row is inserted (the decision
 * insert fails) leaves neither row behind and the chain head where it was. (That an answered submission is in the
 * database file although H2 delays its writes: DurableWritesTest.)
 */
@QuarkusTest
class StoreAtomicityTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Instant AT = Instant.parse("2025-06-01T09:00:00Z");

    @Inject
    DecisionRepository repository;

    @Inject
    DataSource dataSource;

    @Test
    void a_failing_decision_insert_leaves_no_application_behind() throws Exception {
        List<String> head = chainHead();
        // outcome is VARCHAR(40): the application insert succeeds, the decision insert then fails (value too long)
        assertThatThrownBy(() -> store("ATOMIC-TOO-LONG", "ATOMIC-D1", "X".repeat(41)))
                .isInstanceOf(DecisionRepository.StorageException.class);
        assertNothingStored("ATOMIC-TOO-LONG", head);
    }

    @Test
    void a_decision_id_stored_before_rolls_the_new_application_back() throws Exception {
        ObjectNode app = (ObjectNode) MAPPER.readTree(Files.readString(
                Path.of("fixtures/eu-general-system/tc07-eu-gs-physio-be-nl-no-substantial-difference.json"))).get("application");
        app.put("reference", "ATOMIC-FIRST");
        String decisionId = given().auth().preemptive().basic("admin", "demo-admin").contentType("application/json").body(app.toString()).post("/api/v1/applications")
                .then().statusCode(201).extract().path("decisionId");
        List<String> head = chainHead();
        // decision_id is UNIQUE: the second application row is inserted, then its decision violates the constraint;
        // an error, not "stored before" (false is only for the reference itself stored meanwhile)
        assertThatThrownBy(() -> store("ATOMIC-SECOND", decisionId, "RECOGNISED"))
                .isInstanceOf(DecisionRepository.StorageException.class);
        assertNothingStored("ATOMIC-SECOND", head);
        assertThat(repository.findByReference("ATOMIC-FIRST")).get()
                .extracting(StoredApplication::decisionId).isEqualTo(decisionId);
        // the same reference again: stored before, so false, and the first decision stays
        assertThat(store("ATOMIC-FIRST", "ATOMIC-OTHER-ID", "RECOGNISED")).isFalse();
        assertThat(repository.findByReference("ATOMIC-FIRST")).get()
                .extracting(StoredApplication::decisionId).isEqualTo(decisionId);
        assertThat(chainHead()).isEqualTo(head);
    }

    private boolean store(String reference, String decisionId, String outcome) {
        return repository.store(reference, "sha256:" + reference, "{\"reference\":\"" + reference + "\"}", decisionId,
                outcome, "sha256:test", AT, "{}", "{}");
    }

    private void assertNothingStored(String reference, List<String> headBefore) throws Exception {
        assertThat(repository.findByReference(reference)).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM application WHERE reference = ?", reference)).isZero();
        assertThat(count("SELECT COUNT(*) FROM decision WHERE reference = ?", reference)).isZero();
        assertThat(chainHead()).isEqualTo(headBefore);
    }

    private long count(String sql, String reference) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, reference);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private List<String> chainHead() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT last_seq, last_hash FROM chain_head WHERE id = 1")) {
            rs.next();
            return List.of(rs.getString(1), rs.getString(2));
        }
    }
}
