package org.mutualrecognition.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What makes a commit durable before its caller is answered (README "Durability").
 *
 * <p>H2 2.x writes committed changes to its database file from a background thread every {@code WRITE_DELAY} ms (500
 * by default): a JVM killed in that window loses commits it has already reported. The service first set
 * {@code WRITE_DELAY=0}, which writes on every commit but also stops that background thread, and with it H2's
 * housekeeping: superseded chunks were never compacted, so the database file grew by about 23 KiB per stored submission
 * (2.8 GB after 120,000) and the chunk metadata kept in the heap grew with it until the service collected garbage without
 * end (bench/README.md, ten minutes of load). Now H2 keeps its default delay and housekeeping, and whoever commits
 * something a caller is told about calls {@link #afterCommit}: on H2 a {@code CHECKPOINT} (the changes written to the
 * file before it returns) or {@code CHECKPOINT SYNC} (also forced to the disk); other databases are durable at commit
 * by their own configuration, so nothing is done for them.
 */
final class DurableWrites {

    private DurableWrites() {
    }

    /** After a commit on this connection: on H2, writes the committed changes to the file (and syncs it when asked). */
    static void afterCommit(Connection c, boolean sync) throws SQLException {
        if (isH2(c)) {
            try (Statement s = c.createStatement()) {
                s.execute(sync ? "CHECKPOINT SYNC" : "CHECKPOINT");
            }
        }
    }

    static boolean isH2(Connection c) throws SQLException {
        return "H2".equals(c.getMetaData().getDatabaseProductName());
    }
}
