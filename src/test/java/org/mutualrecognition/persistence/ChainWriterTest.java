package org.mutualrecognition.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualrecognition.audit.ChainVerification;
import org.mutualrecognition.audit.RecordHash;

/**
 * One writer appends every request thread's record to the hash chain, a batch per transaction: the chain stays
 * consecutive and intact under concurrency, a reference is stored once, a bad record fails only itself, and closing
 * the writer stores what is queued.
 */
class ChainWriterTest {

    private static final Instant AT = Instant.parse("2025-06-01T09:00:00Z");

    private JdbcDataSource dataSource;
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @BeforeEach
    void database() throws Exception {
        dataSource = new JdbcDataSource();
        // LOCK_TIMEOUT: the tests below hold the chain head lock for a while to make records queue up
        dataSource.setURL("jdbc:h2:mem:chain-writer-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000");
        dataSource.setUser("sa");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(Files.readString(Path.of("src/main/resources/db/migration/V1__applications_and_decisions.sql")));
        }
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    @Test
    void sixteen_threads_storing_concurrently_form_one_consecutive_intact_chain() throws Exception {
        DecisionRepository repository = repository();
        int threads = 16;
        int perThread = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<Boolean>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    go.await();
                    List<Boolean> stored = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        String reference = "REF-" + thread + "-" + i;
                        stored.add(repository.store(reference, "ORG-" + thread, "sha256:" + reference,
                                "{\"reference\":\"" + reference + "\"}", "D-" + thread + "-" + i, "RECOGNISED",
                                "sha256:rules", AT.plusSeconds(i), "{\"n\":" + i + "}", "[\"t" + thread + "\"]"));
                    }
                    return stored;
                }));
            }
            go.countDown();
            for (Future<List<Boolean>> r : results) {
                assertThat(r.get(60, TimeUnit.SECONDS)).hasSize(perThread).containsOnly(true);
            }
        } finally {
            pool.shutdownNow();
        }
        assertChain(threads * perThread);
        assertThat(count("SELECT COUNT(*) FROM application")).isEqualTo(threads * perThread);
        assertThat(ChainVerification.verify(repository).intact()).isTrue();
        assertThat(repository.findByReference("REF-7-49")).get().extracting(StoredApplication::organisation).isEqualTo("ORG-7");
    }

    @Test
    void the_same_reference_submitted_concurrently_is_stored_once() throws Exception {
        DecisionRepository repository = repository();
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 25; round++) {
                String reference = "SAME-" + round;
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Boolean>> results = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    String decisionId = "D-" + round + "-" + t;
                    results.add(pool.submit(() -> {
                        go.await();
                        return repository.store(reference, "sha256:" + reference, "{}", decisionId, "RECOGNISED",
                                "sha256:rules", AT, "{}", "{}");
                    }));
                }
                go.countDown();
                int stored = 0;
                for (Future<Boolean> r : results) {
                    stored += r.get(30, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(stored).as("round %d", round).isEqualTo(1);
                assertThat(count("SELECT COUNT(*) FROM application WHERE reference = '" + reference + "'")).isEqualTo(1);
                assertThat(count("SELECT COUNT(*) FROM decision WHERE reference = '" + reference + "'")).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
        assertChain(25);
    }

    @Test
    void records_queued_together_are_one_batch_and_a_later_duplicate_in_it_is_not_stored() throws Exception {
        ChainWriter writer = writer(false);
        List<CompletableFuture<Boolean>> results = new ArrayList<>();
        for (String reference : List.of("B-1", "B-2", "B-1", "B-3", "B-2")) {
            results.add(writer.submit(pending(reference, "D-" + results.size(), "RECOGNISED")));
        }
        writer.start();
        assertThat(answers(results)).containsExactly(true, true, false, true, false);
        assertThat(writer.batches()).isEqualTo(1);
        assertThat(writer.failedBatches()).isZero();
        assertChain(3);
        assertThat(decisionIdOf("B-1")).isEqualTo("D-0");
        assertThat(decisionIdOf("B-2")).isEqualTo("D-1");
        // stored by an earlier batch: false as well
        assertThat(writer.store(pending("B-3", "D-9", "RECOGNISED"))).isFalse();
        assertChain(3);
    }

    @Test
    void a_failing_record_fails_only_itself_and_the_rest_of_its_batch_is_stored() throws Exception {
        ChainWriter writer = writer(false);
        CompletableFuture<Boolean> a = writer.submit(pending("F-A", "D-A", "RECOGNISED"));
        // outcome is VARCHAR(40)
        CompletableFuture<Boolean> tooLong = writer.submit(pending("F-TOO-LONG", "D-TOO-LONG", "X".repeat(41)));
        CompletableFuture<Boolean> c = writer.submit(pending("F-C", "D-C", "RECOGNISED"));
        // decision_id is UNIQUE: an error, not "stored before"
        CompletableFuture<Boolean> sameDecisionId = writer.submit(pending("F-SAME-ID", "D-A", "RECOGNISED"));
        // the reference of an earlier record of the batch: false, also when the batch is stored record by record
        CompletableFuture<Boolean> sameReference = writer.submit(pending("F-A", "D-A2", "RECOGNISED"));
        CompletableFuture<Boolean> e = writer.submit(pending("F-E", "D-E", "RECOGNISED"));
        writer.start();

        assertThat(a.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(c.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(e.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(sameReference.get(30, TimeUnit.SECONDS)).isFalse();
        assertFailsWithStorageException(tooLong);
        assertFailsWithStorageException(sameDecisionId);
        assertThat(writer.batches()).as("one batch").isEqualTo(1);
        assertThat(writer.failedBatches()).isEqualTo(1);
        assertChain(3);
        assertThat(count("SELECT COUNT(*) FROM application WHERE reference IN ('F-TOO-LONG', 'F-SAME-ID')")).isZero();
        assertThat(decisionIdOf("F-A")).isEqualTo("D-A");
        // the writer goes on with the next batch
        assertThat(writer.store(pending("F-NEXT", "D-NEXT", "RECOGNISED"))).isTrue();
        assertChain(4);
    }

    @Test
    void the_repository_reports_a_failing_record_as_storage_exception() throws Exception {
        DecisionRepository repository = repository();
        assertThatThrownBy(() -> repository.store("R-TOO-LONG", "sha256:x", "{}", "D-1", "X".repeat(41), "sha256:rules",
                AT, "{}", "{}")).isInstanceOf(DecisionRepository.StorageException.class);
        assertThat(repository.store("R-OK", "sha256:x", "{}", "D-1", "RECOGNISED", "sha256:rules", AT, "{}", "{}")).isTrue();
        assertThat(repository.store("R-OK", "sha256:x", "{}", "D-2", "RECOGNISED", "sha256:rules", AT, "{}", "{}")).isFalse();
        assertChain(1);
    }

    @Test
    void close_stores_every_queued_record_before_the_writer_stops() throws Exception {
        ChainWriter writer = writer(true);
        List<CompletableFuture<Boolean>> results = new ArrayList<>();
        Thread closer;
        try (Connection lock = holdChainHead()) {
            // the writer takes the first record and waits for the chain head; the others queue up behind it
            for (int i = 0; i < 300; i++) {
                results.add(writer.submit(pending("Q-" + i, "D-" + i, "RECOGNISED")));
            }
            assertThat(writer.queued()).isGreaterThanOrEqualTo(300 - ChainWriter.DEFAULT_MAX_BATCH);
            closer = new Thread(writer::close, "test-closer");
            closer.start();
            closer.join(300);
            assertThat(closer.isAlive()).as("close waits for the queued records").isTrue();
            assertThat(results).noneMatch(CompletableFuture::isDone);
            lock.rollback();
        }
        closer.join(30_000);
        assertThat(closer.isAlive()).isFalse();
        assertThat(writer.running()).isFalse();
        assertThat(results).allMatch(r -> r.isDone() && !r.isCompletedExceptionally());
        assertThat(answers(results)).hasSize(300).containsOnly(true);
        assertChain(300);
        // after close, a store runs in its caller's thread, chained as before
        assertThat(writer.store(pending("AFTER-CLOSE", "D-AFTER", "RECOGNISED"))).isTrue();
        assertThat(writer.store(pending("Q-0", "D-AGAIN", "RECOGNISED"))).isFalse();
        assertChain(301);
    }

    @Test
    void an_interrupted_caller_gets_a_storage_exception_and_keeps_its_interrupt_flag() throws Exception {
        ChainWriter writer = writer(true);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> interruptedAfter = new AtomicReference<>();
        CountDownLatch waiting = new CountDownLatch(1);
        Thread caller;
        try (Connection lock = holdChainHead()) {
            caller = new Thread(() -> {
                waiting.countDown();
                try {
                    writer.store(pending("INT-1", "D-INT", "RECOGNISED"));
                } catch (Throwable t) {
                    thrown.set(t);
                }
                interruptedAfter.set(Thread.currentThread().isInterrupted());
            });
            caller.start();
            waiting.await();
            caller.interrupt();
            caller.join(30_000);
            assertThat(caller.isAlive()).isFalse();
            lock.rollback();
        }
        assertThat(thrown.get()).isInstanceOf(DecisionRepository.StorageException.class);
        assertThat(interruptedAfter.get()).isTrue();
        writer.close();
        // the record was queued before the interrupt (or not at all): then it is committed meanwhile
        assertThat(count("SELECT COUNT(*) FROM application WHERE reference = 'INT-1'")).isBetween(0L, 1L);
        assertChain((int) count("SELECT COUNT(*) FROM decision"));
    }

    private DecisionRepository repository() {
        DecisionRepository repository = new DecisionRepository(dataSource);
        toClose.add(repository::close);
        return repository;
    }

    private ChainWriter writer(boolean startOnSubmit) {
        ChainWriter writer = new ChainWriter(dataSource, false, 1000, ChainWriter.DEFAULT_MAX_BATCH, startOnSubmit);
        toClose.add(writer);
        return writer;
    }

    private static ChainWriter.Pending pending(String reference, String decisionId, String outcome) {
        return new ChainWriter.Pending(reference, null, "sha256:" + reference, "{\"reference\":\"" + reference + "\"}",
                decisionId, outcome, "sha256:rules", AT, "{\"d\":\"" + decisionId + "\"}", "[]");
    }

    /** A transaction holding the chain head row locked (until it is rolled back or closed). */
    private Connection holdChainHead() throws Exception {
        Connection c = dataSource.getConnection();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT last_seq FROM chain_head WHERE id = 1 FOR UPDATE")) {
            rs.next();
        }
        return c;
    }

    private static List<Boolean> answers(List<CompletableFuture<Boolean>> results) throws Exception {
        List<Boolean> answers = new ArrayList<>();
        for (CompletableFuture<Boolean> r : results) {
            answers.add(r.get(30, TimeUnit.SECONDS));
        }
        return answers;
    }

    private static void assertFailsWithStorageException(CompletableFuture<Boolean> result) {
        assertThatThrownBy(() -> result.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(DecisionRepository.StorageException.class);
    }

    /** seq 1..n consecutive, each previous_hash the hash of the record before, each record_hash recomputed, head at n. */
    private void assertChain(int n) throws Exception {
        String previous = "sha256:genesis";
        long expectedSeq = 0;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT d.seq, d.decision_id, d.reference, d.outcome, d.ruleset_version, "
                     + "a.application_json, d.decision_json, d.trace_json, d.previous_hash, d.record_hash, a.decision_id "
                     + "FROM decision d JOIN application a ON a.reference = d.reference ORDER BY d.seq")) {
            while (rs.next()) {
                expectedSeq++;
                assertThat(rs.getLong(1)).isEqualTo(expectedSeq);
                assertThat(rs.getString(9)).as("previous hash of seq %d", expectedSeq).isEqualTo(previous);
                String hash = RecordHash.of(previous, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8));
                assertThat(rs.getString(10)).as("record hash of seq %d", expectedSeq).isEqualTo(hash);
                assertThat(rs.getString(11)).isEqualTo(rs.getString(2));
                previous = hash;
            }
        }
        assertThat(expectedSeq).isEqualTo(n);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT last_seq, last_hash FROM chain_head WHERE id = 1")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(n);
            assertThat(rs.getString(2)).isEqualTo(previous);
        }
        assertThat(count("SELECT COUNT(*) FROM application")).isEqualTo(n);
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String decisionIdOf(String reference) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT decision_id FROM decision WHERE reference = ?")) {
            s.setString(1, reference);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        }
    }
}
