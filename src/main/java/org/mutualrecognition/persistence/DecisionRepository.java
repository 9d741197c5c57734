package org.mutualrecognition.persistence;

import javax.sql.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mutualrecognition.audit.RecordHash;

/** Plain JDBC on the configured data source (H2 by default, any JDBC URL by configuration). */
@ApplicationScoped
public class DecisionRepository {

    private static final String RECORD_COLUMNS = "d.seq, d.decision_id, d.reference, d.outcome, d.ruleset_version, "
            + "d.decided_at, a.application_json, d.decision_json, d.trace_json, d.previous_hash, d.record_hash";
    private static final String RECORD_FROM = " FROM decision d JOIN application a ON a.reference = d.reference";

    private final DataSource dataSource;
    private final boolean syncOnCommit;

    /** Without forcing commits to the disk: for the command line (replay of a stored database) and tests. */
    public DecisionRepository(DataSource dataSource) {
        this(dataSource, false);
    }

    @Inject
    public DecisionRepository(DataSource dataSource,
                              @ConfigProperty(name = "recognition.storage.sync-on-commit", defaultValue = "false") boolean syncOnCommit) {
        this.dataSource = dataSource;
        this.syncOnCommit = syncOnCommit;
    }

    /**
     * Stores application and decision record in one transaction, chained to the previous record (the chain head row
     * is locked for the insert). False when the reference was stored meanwhile. When this returns, the transaction is
     * committed: on H2 with WRITE_DELAY=0 (application.properties) its changes are in the database file (the
     * operating system's page cache), and with {@code recognition.storage.sync-on-commit} also forced to the disk.
     */
    public boolean store(String reference, String contentHash, String applicationJson, String decisionId, String outcome,
                         String rulesetVersion, Instant decidedAt, String decisionJson, String traceJson) {
        return store(reference, null, contentHash, applicationJson, decisionId, outcome, rulesetVersion, decidedAt,
                decisionJson, traceJson);
    }

    /** As above, for the submitting organisation (a licensing body reads only its own applications). */
    public boolean store(String reference, String organisation, String contentHash, String applicationJson, String decisionId,
                         String outcome, String rulesetVersion, Instant decidedAt, String decisionJson, String traceJson) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                long seq;
                String previous;
                try (PreparedStatement head = c.prepareStatement("SELECT last_seq, last_hash FROM chain_head WHERE id = 1 FOR UPDATE");
                     ResultSet rs = head.executeQuery()) {
                    rs.next();
                    seq = rs.getLong(1) + 1;
                    previous = rs.getString(2);
                }
                try (PreparedStatement app = c.prepareStatement(
                        "INSERT INTO application (reference, organisation, content_hash, application_json, decision_id, received_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                    app.setString(1, reference);
                    app.setString(2, organisation);
                    app.setString(3, contentHash);
                    app.setString(4, applicationJson);
                    app.setString(5, decisionId);
                    app.setTimestamp(6, Timestamp.from(decidedAt));
                    app.executeUpdate();
                }
                String hash = RecordHash.of(previous, decisionId, reference, outcome, rulesetVersion, applicationJson, decisionJson, traceJson);
                try (PreparedStatement dec = c.prepareStatement("INSERT INTO decision (seq, decision_id, reference, outcome, "
                        + "ruleset_version, decided_at, decision_json, trace_json, previous_hash, record_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    dec.setLong(1, seq);
                    dec.setString(2, decisionId);
                    dec.setString(3, reference);
                    dec.setString(4, outcome);
                    dec.setString(5, rulesetVersion);
                    dec.setTimestamp(6, Timestamp.from(decidedAt));
                    dec.setString(7, decisionJson);
                    dec.setString(8, traceJson);
                    dec.setString(9, previous);
                    dec.setString(10, hash);
                    dec.executeUpdate();
                }
                try (PreparedStatement move = c.prepareStatement("UPDATE chain_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
                    move.setLong(1, seq);
                    move.setString(2, hash);
                    move.executeUpdate();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                if (isDuplicate(e) && isStored(c, reference)) {
                    return false;
                }
                throw e;
            }
            if (syncOnCommit && isH2(c)) {
                try (PreparedStatement sync = c.prepareStatement("CHECKPOINT SYNC")) {
                    sync.execute();
                } catch (SQLException e) {
                    throw new StorageException("application " + reference + " was committed but could not be forced to the disk", e);
                }
            }
            return true;
        } catch (SQLException e) {
            throw new StorageException("could not store application " + reference, e);
        }
    }

    /** After a unique-key violation: only the reference stored meanwhile is "stored before"; any other is an error. */
    private static boolean isStored(Connection c, String reference) throws SQLException {
        c.setAutoCommit(true);
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM application WHERE reference = ?")) {
            s.setString(1, reference);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static boolean isH2(Connection c) throws SQLException {
        return "H2".equals(c.getMetaData().getDatabaseProductName());
    }

    public Optional<StoredApplication> findByReference(String reference) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT a.reference, a.organisation, a.content_hash, a.application_json, a.decision_id, "
                     + "d.decision_json FROM application a JOIN decision d ON d.decision_id = a.decision_id WHERE a.reference = ?")) {
            s.setString(1, reference);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredApplication(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)));
            }
        } catch (SQLException e) {
            throw new StorageException("could not read application " + reference, e);
        }
    }

    /** The organisation that submitted the application a decision belongs to (empty when none was recorded). */
    public Optional<String> organisationOfDecision(String decisionId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT a.organisation FROM decision d JOIN application a ON a.reference = d.reference WHERE d.decision_id = ?")) {
            s.setString(1, decisionId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageException("could not read decision " + decisionId, e);
        }
    }

    public Optional<String> findDecision(String decisionId) {
        return findRecord(decisionId).map(DecisionRecord::decisionJson);
    }

    public Optional<DecisionRecord> findRecord(String decisionId) {
        List<DecisionRecord> found = new ArrayList<>();
        query(RECORD_FROM + " WHERE d.decision_id = ?", found::add, decisionId);
        return found.stream().findFirst();
    }

    /** Every record in chain order (or those of the given references / decided in [from, to)). */
    public void forEachRecord(Consumer<DecisionRecord> consumer) {
        query(RECORD_FROM + " ORDER BY d.seq", consumer);
    }

    public void forEachRecordDecidedBetween(Instant from, Instant to, Consumer<DecisionRecord> consumer) {
        query(RECORD_FROM + " WHERE d.decided_at >= ? AND d.decided_at < ? ORDER BY d.seq", consumer,
                Timestamp.from(from), Timestamp.from(to));
    }

    public void forEachRecordOf(List<String> references, Consumer<DecisionRecord> consumer) {
        for (String reference : references) {
            query(RECORD_FROM + " WHERE d.reference = ? ORDER BY d.seq", consumer, reference);
        }
    }

    private void query(String where, Consumer<DecisionRecord> consumer, Object... parameters) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT " + RECORD_COLUMNS + where)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(new DecisionRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getString(10), rs.getString(11)));
                }
            }
        } catch (SQLException e) {
            throw new StorageException("could not read decision records", e);
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
