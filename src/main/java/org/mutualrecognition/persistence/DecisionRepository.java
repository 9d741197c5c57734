package org.mutualrecognition.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** Plain JDBC on the configured data source (H2 by default, any JDBC URL by configuration). */
@ApplicationScoped
public class DecisionRepository {

    private final AgroalDataSource dataSource;

    public DecisionRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores application and decision in one transaction; false when the reference was stored meanwhile. */
    public boolean store(String reference, String contentHash, String applicationJson, String decisionId, String outcome,
                         String rulesetVersion, Instant decidedAt, String decisionJson) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement app = c.prepareStatement(
                    "INSERT INTO application (reference, content_hash, application_json, decision_id, received_at) VALUES (?, ?, ?, ?, ?)");
                 PreparedStatement dec = c.prepareStatement(
                    "INSERT INTO decision (decision_id, reference, outcome, ruleset_version, decided_at, decision_json) VALUES (?, ?, ?, ?, ?, ?)")) {
                app.setString(1, reference);
                app.setString(2, contentHash);
                app.setString(3, applicationJson);
                app.setString(4, decisionId);
                app.setTimestamp(5, Timestamp.from(decidedAt));
                app.executeUpdate();
                dec.setString(1, decisionId);
                dec.setString(2, reference);
                dec.setString(3, outcome);
                dec.setString(4, rulesetVersion);
                dec.setTimestamp(5, Timestamp.from(decidedAt));
                dec.setString(6, decisionJson);
                dec.executeUpdate();
                c.commit();
                return true;
            } catch (SQLException e) {
                c.rollback();
                if (isDuplicate(e)) {
                    return false;
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageException("could not store application " + reference, e);
        }
    }

    public Optional<StoredApplication> findByReference(String reference) {
        return queryOne("SELECT a.reference, a.content_hash, a.application_json, a.decision_id, d.decision_json "
                + "FROM application a JOIN decision d ON d.decision_id = a.decision_id WHERE a.reference = ?", reference);
    }

    public Optional<String> findDecision(String decisionId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT decision_json FROM decision WHERE decision_id = ?")) {
            s.setString(1, decisionId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageException("could not read decision " + decisionId, e);
        }
    }

    private Optional<StoredApplication> queryOne(String sql, String reference) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, reference);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredApplication(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)));
            }
        } catch (SQLException e) {
            throw new StorageException("could not read application " + reference, e);
        }
    }

    private static boolean isDuplicate(SQLException e) {
        return e instanceof SQLIntegrityConstraintViolationException || "23505".equals(e.getSQLState());
    }

    public static final class StorageException extends RuntimeException {
        public StorageException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
