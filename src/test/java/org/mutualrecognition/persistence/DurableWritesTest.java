package org.mutualrecognition.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What is answered is in the database file even though H2 writes its file only every WRITE_DELAY ms. The database here
 * is an H2 file with a write delay of one minute, so that nothing reaches the file by H2's own timer during the test,
 * and {@code SHUTDOWN IMMEDIATELY} closes it the way a killed JVM would: without writing pending changes.
 */
class DurableWritesTest {

    private static final Instant AT = Instant.parse("2025-06-01T09:00:00Z");

    private Path folder;
    private String url;
    /** Keeps the database open: H2 closes (and writes) a database when its last connection closes. */
    private Connection keeper;

    @BeforeEach
    void createDatabase() throws Exception {
        folder = Files.createTempDirectory("durable-writes-");
        url = "jdbc:h2:file:" + folder.resolve("db") + ";WRITE_DELAY=60000";
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(Files.readString(Path.of("src/main/resources/db/migration/V1__applications_and_decisions.sql")));
        }
        keeper = connect();
    }

    @AfterEach
    void removeDatabase() throws Exception {
        if (!keeper.isClosed()) {
            keeper.close();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void a_stored_submission_survives_a_crash_right_after_it_is_answered() throws Exception {
        DecisionRepository repository = new DecisionRepository(dataSource());
        try {
            assertThat(repository.store("DURABLE-1", "sha256:1", "{\"reference\":\"DURABLE-1\"}", "D-1", "RECOGNISED",
                    "sha256:test", AT, "{}", "{}")).isTrue();
            crash();
        } finally {
            repository.close();
        }

        assertThat(count("SELECT COUNT(*) FROM application WHERE reference = 'DURABLE-1'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM decision WHERE decision_id = 'D-1'")).isEqualTo(1);
        assertThat(count("SELECT last_seq FROM chain_head WHERE id = 1")).isEqualTo(1);
    }

    @Test
    void a_commit_without_the_checkpoint_is_lost_in_the_same_crash() throws Exception {
        // the control: shows that the crash above really loses what H2 has not written yet
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE chain_head SET last_seq = 41 WHERE id = 1");
        }
        crash();

        assertThat(count("SELECT last_seq FROM chain_head WHERE id = 1")).isZero();
    }

    @Test
    void a_commit_followed_by_after_commit_is_kept() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE chain_head SET last_seq = 42 WHERE id = 1");
            DurableWrites.afterCommit(c, false);
        }
        crash();

        assertThat(count("SELECT last_seq FROM chain_head WHERE id = 1")).isEqualTo(42);
    }

    /** Closes the database without writing pending changes, as a killed JVM leaves it. */
    private void crash() throws Exception {
        try (Statement s = keeper.createStatement()) {
            s.execute("SHUTDOWN IMMEDIATELY");
        } catch (java.sql.SQLException expected) {
            // the connection is closed under the statement
        }
    }

    private long count(String sql) throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Connection connect() throws Exception {
        return dataSource().getConnection();
    }

    private JdbcDataSource dataSource() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        dataSource.setPassword("");
        return dataSource;
    }
}
