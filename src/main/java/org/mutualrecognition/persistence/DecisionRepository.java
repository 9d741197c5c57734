package org.mutualrecognition.persistence;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Plain JDBC on the configured data source (H2 by default, any JDBC URL by configuration). */
@ApplicationScoped
public class DecisionRepository {

    private static final String RECORD_COLUMNS = "d.seq, d.decision_id, d.reference, d.outcome, d.ruleset_version, "
            + "d.decided_at, a.application_json, d.decision_json, d.trace_json, d.previous_hash, d.record_hash";
    private static final String RECORD_FROM = " FROM decision d JOIN application a ON a.reference = d.reference";

    private final DataSource dataSource;
    private final ChainWriter writer;

    /**
     * Without forcing commits to the disk: for the command line (replay of a stored database) and tests. Stores go
     * through a writer thread as in the service (a daemon thread, started on the first store); {@link #close} stops it.
     */
    public DecisionRepository(DataSource dataSource) {
        this(dataSource, false);
    }

    @Inject
    public DecisionRepository(DataSource dataSource,
                              @ConfigProperty(name = "recognition.storage.sync-on-commit", defaultValue = "false") boolean syncOnCommit) {
        this.dataSource = dataSource;
        this.writer = new ChainWriter(dataSource, syncOnCommit);
    }

    /**
     * Stores application and decision record in one transaction, chained to the previous record. False when the
     * reference was stored before (by an earlier submission, or by one committed in the same batch just before it):
     * then nothing is stored. The records of all request threads are appended by one writer, a batch per transaction
     * ({@link ChainWriter}). When this returns, the transaction is committed and, on H2, its changes are in the
     * database file (the operating system's page cache; {@link DurableWrites}), and with
     * {@code recognition.storage.sync-on-commit} also forced to the disk.
     *
     * @throws StorageException when storing failed, or when the calling thread was interrupted while waiting (its
     *                          interrupt flag is set again; the record may still be committed)
     */
    public boolean store(String reference, String contentHash, String applicationJson, String decisionId, String outcome,
                         String rulesetVersion, Instant decidedAt, String decisionJson, String traceJson) {
        return store(reference, null, contentHash, applicationJson, decisionId, outcome, rulesetVersion, decidedAt,
                decisionJson, traceJson);
    }

    /** As above, for the submitting organisation (a licensing body reads only its own applications). */
    public boolean store(String reference, String organisation, String contentHash, String applicationJson, String decisionId,
                         String outcome, String rulesetVersion, Instant decidedAt, String decisionJson, String traceJson) {
        return writer.store(new ChainWriter.Pending(reference, organisation, contentHash, applicationJson, decisionId,
                outcome, rulesetVersion, decidedAt, decisionJson, traceJson));
    }

    /**
     * Stores what is queued, then stops the writer thread (later stores run in their caller's thread). On shutdown
     * the service drains the queue at the shutdown event, while the data source is still open, and again (a no-op
     * by then) when the bean is destroyed.
     */
    @PreDestroy
    public void close() {
        writer.close();
    }

    void onShutdown(@Observes ShutdownEvent event) {
        close();
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

    /** A stored decision's input: what deciding it again needs, without its decision and trace. */
    public record StoredCase(String reference, String decisionId, String applicationJson, Instant decidedAt) {
    }

    /** The {@code limit} most recently stored decisions' inputs, oldest of them first; returns how many there were. */
    public int forEachMostRecentCase(int limit, Consumer<StoredCase> consumer) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT r.reference, r.decision_id, a.application_json, r.decided_at FROM "
                     + "(SELECT seq, reference, decision_id, decided_at FROM decision ORDER BY seq DESC LIMIT ?) r "
                     + "JOIN application a ON a.reference = r.reference ORDER BY r.seq")) {
            s.setInt(1, limit);
            int count = 0;
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(new StoredCase(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getTimestamp(4).toInstant()));
                    count++;
                }
            }
            return count;
        } catch (SQLException e) {
            throw new StorageException("could not read stored decisions", e);
        }
    }

    /** How many decisions are stored. */
    public long countDecisions() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM decision");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new StorageException("could not count stored decisions", e);
        }
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

    public static final class StorageException extends RuntimeException {
        public StorageException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
