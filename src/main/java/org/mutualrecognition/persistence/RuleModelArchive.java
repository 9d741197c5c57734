package org.mutualrecognition.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.mutualrecognition.decision.PackagedRuleModel;
import org.mutualrecognition.decision.RuleModelJar;
import org.mutualrecognition.decision.RuleModelStore;

/**
 * The executable models of rule-set versions compiled at run time, kept in table {@code ruleset_model} under their
 * version and the fingerprint of the build that compiled them ({@link PackagedRuleModel#serviceFingerprint()}). A cache:
 * a model that cannot be read or kept is compiled again, never a failed submission.
 */
@ApplicationScoped
public class RuleModelArchive implements RuleModelStore {

    private static final Logger LOG = Logger.getLogger(RuleModelArchive.class);
    /**
     * Models kept besides those of versions ever activated: each is about 1.8 MB, and every draft a policy officer
     * proposes is compiled and kept, so without a bound the table would grow by that much per proposal.
     */
    static final int KEPT_DRAFT_MODELS = 16;

    private final DataSource dataSource;
    private final Clock clock;
    private final Optional<String> fingerprint;

    @Inject
    public RuleModelArchive(DataSource dataSource, Clock clock) {
        this(dataSource, clock, PackagedRuleModel.serviceFingerprint());
    }

    RuleModelArchive(DataSource dataSource, Clock clock, Optional<String> fingerprint) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.fingerprint = fingerprint;
        if (fingerprint.isEmpty()) {
            LOG.info("no build fingerprint on the class path (rule-model/service.fingerprint): rule models compiled at "
                    + "run time are not kept between starts");
        }
    }

    @Override
    public Optional<RuleModelJar> find(String version) {
        if (fingerprint.isEmpty()) {
            return Optional.empty();
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT model_jar FROM ruleset_model WHERE version = ? AND compiled_by = ?")) {
            s.setString(1, version);
            s.setString(2, fingerprint.get());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(RuleModelJar.of(rs.getBytes(1))) : Optional.empty();
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("the kept model of rule set %s cannot be read (%s); compiling it", version, e);
            return Optional.empty();
        }
    }

    @Override
    public void keep(String version, RuleModelJar model) {
        if (fingerprint.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("MERGE INTO ruleset_model (version, compiled_by, model_jar, stored_at) "
                     + "KEY (version, compiled_by) VALUES (?, ?, ?, ?)")) {
            s.setString(1, version);
            s.setString(2, fingerprint.get());
            s.setBytes(3, model.bytes());
            s.setTimestamp(4, Timestamp.from(clock.instant()));
            s.executeUpdate();
            forgetOldModels(c);
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("the compiled model of rule set %s could not be kept (%s); it will be compiled again after a restart",
                    version, e);
        }
    }

    /**
     * Keeps, of this build's models, those of versions ever activated (one of them is in force, or may be again by a
     * rollback) and the {@value #KEPT_DRAFT_MODELS} most recently kept others; models of other builds are never used by
     * this one and go. A version whose model is gone is compiled again when it is needed.
     */
    private void forgetOldModels(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM ruleset_model m WHERE m.compiled_by <> ? OR ("
                + "m.version NOT IN (SELECT version FROM ruleset_activation) AND m.version NOT IN "
                + "(SELECT version FROM ruleset_model WHERE compiled_by = ? AND version NOT IN (SELECT version FROM ruleset_activation) "
                + "ORDER BY stored_at DESC, version LIMIT ?))")) {
            s.setString(1, fingerprint.get());
            s.setString(2, fingerprint.get());
            s.setInt(3, KEPT_DRAFT_MODELS);
            int forgotten = s.executeUpdate();
            if (forgotten > 0) {
                LOG.debugf("%d kept rule models forgotten", forgotten);
            }
        }
    }
}
