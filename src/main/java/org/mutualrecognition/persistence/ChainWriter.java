package org.mutualrecognition.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.mutualrecognition.audit.RecordHash;

/**
 * Appends applications and their decision records to the hash chain from one writer thread, a batch per transaction
 * (group commit).
 *
 * <p>Why one writer: every record chains to the one before it, so appends are serial by nature. With a transaction
 * per submission, each request thread locked the {@code chain_head} row ({@code SELECT ... FOR UPDATE}) for the time
 * of its inserts, hash and commit: profiled at 16 concurrent clients, request threads spent 35 % of their time
 * waiting for that lock (H2 {@code Transaction.waitForThisToEnd}), and every submission paid a commit of its own (on
 * H2 a write to the database file, with {@code recognition.storage.sync-on-commit} an fsync). Here
 * request threads only queue their record and wait; the writer takes whatever has queued up (at most
 * {@value #DEFAULT_MAX_BATCH} records), stores it in one transaction with one chain-head lock and one commit (and
 * one sync), and then answers every waiting caller.
 *
 * <p>Durability, as before: {@link #store} returns only after the record's transaction is committed and, on H2, written
 * to the database file ({@link DurableWrites}; with sync-on-commit also forced to the disk), so an answered submission
 * is a committed one. A record that is not yet committed has not been answered; on shutdown ({@link #close}) the
 * writer first stores everything queued.
 *
 * <p>Failures: if a batch's transaction fails, it is rolled back and each of its records is stored on its own (a
 * transaction each, the former per-request logic), so one bad record fails only itself. The chain is the same as with
 * a transaction per record: seq consecutive, each record's hash over the previous record's hash and its content
 * ({@link RecordHash}). The chain head row is still locked once per batch, so several service instances on one
 * database (or a store after {@link #close}, which runs in the caller's thread) still append in one order.
 */
final class ChainWriter implements AutoCloseable {

    static final int DEFAULT_QUEUE_CAPACITY = 10_000;
    static final int DEFAULT_MAX_BATCH = 128;
    static final String THREAD_NAME = "decision-chain-writer";

    private static final Logger LOG = Logger.getLogger(ChainWriter.class);
    private static final String SELECT_HEAD = "SELECT last_seq, last_hash FROM chain_head WHERE id = 1 FOR UPDATE";
    private static final String INSERT_APPLICATION = "INSERT INTO application (reference, organisation, content_hash, "
            + "application_json, decision_id, received_at) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String INSERT_DECISION = "INSERT INTO decision (seq, decision_id, reference, outcome, "
            + "ruleset_version, decided_at, decision_json, trace_json, previous_hash, record_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE_HEAD = "UPDATE chain_head SET last_seq = ?, last_hash = ? WHERE id = 1";
    /** Marks the end of the queue on {@link #close}: everything queued before it is stored first. */
    private static final Pending STOP = new Pending(null, null, null, null, null, null, null, null, null, null);

    /** One application and its decision record, and the answer its caller waits for. */
    record Pending(String reference, String organisation, String contentHash, String applicationJson, String decisionId,
                   String outcome, String rulesetVersion, Timestamp decidedAt, String decisionJson, String traceJson,
                   CompletableFuture<Boolean> result) {

        Pending(String reference, String organisation, String contentHash, String applicationJson, String decisionId,
                String outcome, String rulesetVersion, Instant decidedAt, String decisionJson, String traceJson) {
            this(reference, organisation, contentHash, applicationJson, decisionId, outcome, rulesetVersion,
                    decidedAt == null ? null : Timestamp.from(decidedAt), decisionJson, traceJson, new CompletableFuture<>());
        }
    }

    private final DataSource dataSource;
    private final boolean syncOnCommit;
    private final int maxBatch;
    private final BlockingQueue<Pending> queue;
    /** Read: a caller checking {@link #closed} and queuing its record. Write: {@link #close} ending the queue. */
    private final ReadWriteLock closing = new ReentrantReadWriteLock();
    private final Thread thread;
    private final boolean startOnSubmit;
    private boolean started;
    private boolean closed;
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong failedBatches = new AtomicLong();

    ChainWriter(DataSource dataSource, boolean syncOnCommit) {
        this(dataSource, syncOnCommit, DEFAULT_QUEUE_CAPACITY, DEFAULT_MAX_BATCH, true);
    }

    /** startOnSubmit false (tests): the thread starts only on {@link #start}, so that records can queue up first. */
    ChainWriter(DataSource dataSource, boolean syncOnCommit, int queueCapacity, int maxBatch, boolean startOnSubmit) {
        this.dataSource = dataSource;
        this.syncOnCommit = syncOnCommit;
        this.maxBatch = maxBatch;
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        this.startOnSubmit = startOnSubmit;
        this.thread = new Thread(this::run, THREAD_NAME);
        this.thread.setDaemon(true);
    }

    /**
     * Stores the record, chained to the previous one, and returns once it is committed (and synced when configured).
     * False when its reference was stored before (also earlier in the same batch): then nothing is stored.
     */
    boolean store(Pending record) {
        CompletableFuture<Boolean> result = submit(record);
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DecisionRepository.StorageException("interrupted while application " + record.reference()
                    + " was being stored (it may still be committed)", e);
        } catch (ExecutionException e) {
            // a new exception, so that it carries the caller's stack (the cause carries the writer's)
            Throwable cause = e.getCause();
            if (cause instanceof Error err) {
                throw err;
            }
            throw new DecisionRepository.StorageException(cause instanceof DecisionRepository.StorageException
                    ? cause.getMessage() : "could not store application " + record.reference(), cause);
        }
    }

    /**
     * Queues the record (blocking while the queue is full) and returns its future. After {@link #close} the record is
     * stored at once in the caller's thread.
     */
    CompletableFuture<Boolean> submit(Pending record) {
        closing.readLock().lock();
        try {
            if (!closed) {
                if (startOnSubmit) {
                    start();
                }
                queue.put(record);
                return record.result();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DecisionRepository.StorageException("interrupted before application " + record.reference()
                    + " was queued for storing (it is not stored)", e);
        } finally {
            closing.readLock().unlock();
        }
        storeAlone(record);
        return record.result();
    }

    synchronized void start() {
        if (!started) {
            started = true;
            thread.start();
        }
    }

    /**
     * Stores everything queued, then stops the thread. Later records are stored in their caller's thread, one
     * transaction each. Waits for the writer without a time limit: a caller waits for each queued record.
     */
    @Override
    public void close() {
        closing.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
        } finally {
            closing.writeLock().unlock();
        }
        // every record queued so far is ahead of STOP; no record is queued after it (closed is set)
        synchronized (this) {
            if (!started && queue.isEmpty()) {
                return;
            }
        }
        start();
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(STOP);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Records queued and not yet taken by the writer. */
    int queued() {
        return queue.size();
    }

    /** Whether the writer thread is running (started and not yet stopped by {@link #close}). */
    boolean running() {
        return thread.isAlive();
    }

    /** Batches taken from the queue (a failed batch counts once, not once per record stored alone after it). */
    long batches() {
        return batches.get();
    }

    /** Batches whose transaction failed, whose records were then stored one by one. */
    long failedBatches() {
        return failedBatches.get();
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(maxBatch);
        while (true) {
            batch.clear();
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                continue; // only close() ends the writer, through STOP
            }
            queue.drainTo(batch, maxBatch - 1);
            boolean stop = batch.get(batch.size() - 1) == STOP; // STOP is the last record ever queued
            if (stop) {
                batch.remove(batch.size() - 1);
            }
            if (!batch.isEmpty()) {
                try {
                    storeBatch(batch);
                } catch (Throwable t) {
                    LOG.error("decision chain writer: unexpected failure", t);
                    for (Pending p : batch) {
                        p.result().completeExceptionally(t);
                    }
                }
            }
            if (stop) {
                return;
            }
        }
    }

    private void storeBatch(List<Pending> batch) {
        batches.incrementAndGet();
        boolean[] stored = new boolean[batch.size()];
        Connection c;
        try {
            c = dataSource.getConnection();
        } catch (SQLException e) {
            failedBatches.incrementAndGet();
            storeEachAlone(batch); // each record then fails (or succeeds) with its own connection attempt
            return;
        }
        SQLException unsynced = null;
        try {
            try {
                c.setAutoCommit(false);
                appendBatch(c, batch, stored);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c, e);
                failedBatches.incrementAndGet();
                LOG.debugf(e, "decision chain writer: a batch of %d failed, storing its records one by one", batch.size());
                closeQuietly(c);
                storeEachAlone(batch);
                return;
            }
            try {
                DurableWrites.afterCommit(c, syncOnCommit);
            } catch (SQLException e) {
                unsynced = e;
            }
        } finally {
            closeQuietly(c);
        }
        // committed (and synced when configured): answer the callers
        for (int i = 0; i < batch.size(); i++) {
            Pending p = batch.get(i);
            if (stored[i] && unsynced != null) {
                p.result().completeExceptionally(new DecisionRepository.StorageException("application " + p.reference()
                        + " was committed but could not be written to the database file", unsynced));
            } else {
                p.result().complete(stored[i]);
            }
        }
    }

    /** The batch's inserts and head update, uncommitted; stored[i] false for a reference stored before. */
    private static void appendBatch(Connection c, List<Pending> batch, boolean[] stored) throws SQLException {
        long seq;
        String previous;
        try (PreparedStatement head = c.prepareStatement(SELECT_HEAD); ResultSet rs = head.executeQuery()) {
            rs.next();
            seq = rs.getLong(1);
            previous = rs.getString(2);
        }
        Set<String> seen = existingReferences(c, batch);
        int count = 0;
        try (PreparedStatement app = c.prepareStatement(INSERT_APPLICATION);
             PreparedStatement dec = c.prepareStatement(INSERT_DECISION)) {
            for (int i = 0; i < batch.size(); i++) {
                Pending p = batch.get(i);
                if (!seen.add(p.reference())) {
                    continue; // stored before, or earlier in this batch: the earlier one stays
                }
                seq++;
                String hash = hash(previous, p);
                bindApplication(app, p);
                app.addBatch();
                bindDecision(dec, p, seq, previous, hash);
                dec.addBatch();
                previous = hash;
                stored[i] = true;
                count++;
            }
            if (count == 0) {
                return;
            }
            app.executeBatch(); // all application rows first: each decision row references its application
            dec.executeBatch();
        }
        try (PreparedStatement move = c.prepareStatement(UPDATE_HEAD)) {
            move.setLong(1, seq);
            move.setString(2, previous);
            move.executeUpdate();
        }
    }

    private static Set<String> existingReferences(Connection c, List<Pending> batch) throws SQLException {
        Set<String> references = new HashSet<>();
        for (Pending p : batch) {
            references.add(p.reference());
        }
        StringBuilder sql = new StringBuilder("SELECT reference FROM application WHERE reference IN (");
        for (int i = 0; i < references.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        sql.append(')');
        Set<String> existing = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            int i = 0;
            for (String reference : references) {
                s.setString(++i, reference);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    existing.add(rs.getString(1));
                }
            }
        }
        return existing;
    }

    private void storeEachAlone(List<Pending> batch) {
        for (Pending p : batch) {
            try {
                storeAlone(p);
            } catch (Throwable t) {
                p.result().completeExceptionally(t);
            }
        }
    }

    /**
     * One record in a transaction of its own (the former per-request logic): completes its future with true, false
     * (reference stored before) or a {@link DecisionRepository.StorageException}.
     */
    private void storeAlone(Pending p) {
        CompletableFuture<Boolean> result = p.result();
        boolean[] stored = new boolean[1];
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                appendBatch(c, List.of(p), stored); // a batch of one: the same statements as a batch
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                if (isDuplicate(e) && isStored(c, p.reference())) {
                    result.complete(false);
                    return;
                }
                throw e;
            }
            if (!stored[0]) {
                result.complete(false); // stored before: nothing was written
                return;
            }
            try {
                DurableWrites.afterCommit(c, syncOnCommit);
            } catch (SQLException e) {
                result.completeExceptionally(new DecisionRepository.StorageException("application " + p.reference()
                        + " was committed but could not be written to the database file", e));
                return;
            }
            result.complete(true);
        } catch (SQLException e) {
            result.completeExceptionally(new DecisionRepository.StorageException("could not store application " + p.reference(), e));
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
    }

    private static String hash(String previous, Pending p) {
        return RecordHash.of(previous, p.decisionId(), p.reference(), p.outcome(), p.rulesetVersion(), p.applicationJson(),
                p.decisionJson(), p.traceJson());
    }

    private static void bindApplication(PreparedStatement app, Pending p) throws SQLException {
        app.setString(1, p.reference());
        app.setString(2, p.organisation());
        app.setString(3, p.contentHash());
        app.setString(4, p.applicationJson());
        app.setString(5, p.decisionId());
        app.setTimestamp(6, p.decidedAt());
    }

    private static void bindDecision(PreparedStatement dec, Pending p, long seq, String previous, String hash) throws SQLException {
        dec.setLong(1, seq);
        dec.setString(2, p.decisionId());
        dec.setString(3, p.reference());
        dec.setString(4, p.outcome());
        dec.setString(5, p.rulesetVersion());
        dec.setTimestamp(6, p.decidedAt());
        dec.setString(7, p.decisionJson());
        dec.setString(8, p.traceJson());
        dec.setString(9, previous);
        dec.setString(10, hash);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            LOG.debug("decision chain writer: closing a connection failed", e);
        }
    }

    private static void rollbackQuietly(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
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

    private static boolean isDuplicate(SQLException e) {
        if (e instanceof SQLIntegrityConstraintViolationException || "23505".equals(e.getSQLState())) {
            return true;
        }
        // a batch driver may report the violation as the next exception of a BatchUpdateException
        SQLException next = e.getNextException();
        return next != null && next != e && isDuplicate(next);
    }
}
