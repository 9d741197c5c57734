package org.mutualrecognition.persistence;

import javax.sql.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
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
import org.mutualrecognition.decision.InMemoryZip;
import org.mutualrecognition.decision.RuleSetFiles;

/** Every rule-set version the service has run, stored with its source files (as a zip) and hash. */
@ApplicationScoped
public class RuleSetArchive {

    private final DataSource dataSource;

    public RuleSetArchive(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record ArchivedVersion(String version, int fileCount, Instant firstSeenAt, String status, boolean valid,
                                  String proposedBy) {
    }

    /** An activation: from inForceFrom on, the version decides. */
    public record Activation(long seq, String version, java.time.LocalDate inForceFrom, Instant activatedAt,
                             String activatedBy, String impactJson) {
    }

    /** Stores a version the service runs, unless it is stored already. */
    public void store(RuleSetFiles files, Instant now) {
        insert(files, now, "RUN", true, null, null);
    }

    /** Stores a proposed version with its validation (a draft that is already stored keeps its first record). */
    public void storeDraft(RuleSetFiles files, Instant now, boolean valid, String validationJson, String proposedBy) {
        insert(files, now, "DRAFT", valid, validationJson, proposedBy);
    }

    private void insert(RuleSetFiles files, Instant now, String status, boolean valid, String validationJson, String proposedBy) {
        if (exists(files.version())) {
            return;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO ruleset_version (version, files_zip, file_count, "
                     + "first_seen_at, status, valid, validation_json, proposed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, files.version());
            s.setBytes(2, InMemoryZip.zip(files.files()));
            s.setInt(3, files.files().size());
            s.setTimestamp(4, Timestamp.from(now));
            s.setString(5, status);
            s.setBoolean(6, valid);
            s.setString(7, validationJson);
            s.setString(8, proposedBy);
            s.executeUpdate();
            DurableWrites.afterCommit(c, false);
        } catch (SQLException e) {
            if (!exists(files.version())) {
                throw new DecisionRepository.StorageException("could not archive rule set " + files.version(), e);
            }
        }
    }

    public boolean exists(String version) {
        return find(version).isPresent();
    }

    public Optional<ArchivedVersion> find(String version) {
        return list().stream().filter(v -> v.version().equals(version)).findFirst();
    }

    public List<ArchivedVersion> list() {
        List<ArchivedVersion> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT version, file_count, first_seen_at, status, valid, proposed_by "
                     + "FROM ruleset_version ORDER BY first_seen_at, version");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(new ArchivedVersion(rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(4), rs.getBoolean(5), rs.getString(6)));
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
                return rs.next() ? Optional.of(new RuleSetFiles(InMemoryZip.unzip(rs.getBytes(1)))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new DecisionRepository.StorageException("could not load rule set " + version, e);
        }
    }

    public void recordActivation(String version, java.time.LocalDate inForceFrom, Instant at, String by, String impactJson) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO ruleset_activation (version, in_force_from, activated_at, "
                     + "activated_by, impact_json) VALUES (?, ?, ?, ?, ?)")) {
            s.setString(1, version);
            s.setObject(2, inForceFrom);
            s.setTimestamp(3, Timestamp.from(at));
            s.setString(4, by);
            s.setString(5, impactJson);
            s.executeUpdate();
            DurableWrites.afterCommit(c, false);
        } catch (SQLException e) {
            throw new DecisionRepository.StorageException("could not record the activation of " + version, e);
        }
    }

    public List<Activation> activations() {
        List<Activation> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT seq, version, in_force_from, activated_at, activated_by, impact_json "
                     + "FROM ruleset_activation ORDER BY seq");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(new Activation(rs.getLong(1), rs.getString(2), rs.getObject(3, java.time.LocalDate.class),
                        rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6)));
            }
            return out;
        } catch (SQLException e) {
            throw new DecisionRepository.StorageException("could not list activations", e);
        }
    }
}
