package org.mutualrecognition.persistence;

import javax.sql.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.mutualrecognition.decision.RuleSetFiles;

/** Every rule-set version the service has run, stored with its source files (as a zip) and hash. */
@ApplicationScoped
public class RuleSetArchive {

    private final DataSource dataSource;

    public RuleSetArchive(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record ArchivedVersion(String version, int fileCount, Instant firstSeenAt) {
    }

    /** Stores the version unless it is stored already. */
    public void store(RuleSetFiles files, Instant now) {
        if (exists(files.version())) {
            return;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "INSERT INTO ruleset_version (version, files_zip, file_count, first_seen_at) VALUES (?, ?, ?, ?)")) {
            s.setString(1, files.version());
            s.setBytes(2, zip(files.files()));
            s.setInt(3, files.files().size());
            s.setTimestamp(4, Timestamp.from(now));
            s.executeUpdate();
        } catch (SQLException e) {
            if (!exists(files.version())) {
                throw new DecisionRepository.StorageException("could not archive rule set " + files.version(), e);
            }
        }
    }

    public boolean exists(String version) {
        return list().stream().anyMatch(v -> v.version().equals(version));
    }

    public List<ArchivedVersion> list() {
        List<ArchivedVersion> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT version, file_count, first_seen_at FROM ruleset_version ORDER BY first_seen_at, version");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(new ArchivedVersion(rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant()));
            }
            return out;
        } catch (SQLException e) {
            throw new DecisionRepository.StorageException("could not list rule sets", e);
        }
    }

    public Optional<RuleSetFiles> load(String version) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT files_zip FROM ruleset_version WHERE version = ?")) {
            s.setString(1, version);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new RuleSetFiles(unzip(rs.getBytes(1)))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new DecisionRepository.StorageException("could not load rule set " + version, e);
        }
    }

    public static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> f : new TreeMap<>(files).entrySet()) {
                ZipEntry entry = new ZipEntry(f.getKey());
                entry.setTime(0L);
                zip.putNextEntry(entry);
                zip.write(f.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static Map<String, byte[]> unzip(byte[] zipped) {
        Map<String, byte[]> files = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipped))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (!e.isDirectory()) {
                    files.put(e.getName(), zip.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
