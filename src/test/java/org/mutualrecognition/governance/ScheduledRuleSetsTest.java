package org.mutualrecognition.governance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mutualrecognition.audit.RuleSetVersions;
import org.mutualrecognition.decision.CompiledRuleSet;
import org.mutualrecognition.decision.RuleSetCompiler;
import org.mutualrecognition.decision.RuleSetFiles;
import org.mutualrecognition.persistence.RuleSetArchive;

/**
 * At start, the version in force is made ready before the first submission asks for it, on a thread of its own, and
 * only when it is not the packaged version (which the service prepares while it boots). The archive and the versions
 * are stand-ins: what is tested is which version is prepared, when, and where.
 */
class ScheduledRuleSetsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    static final String ACTIVATED = "sha256:activated-by-an-officer";

    static CompiledRuleSet packaged;

    @BeforeAll
    static void compilePackaged() {
        packaged = new RuleSetCompiler(JsonMapper.builder().build()).compile(RuleSetFiles.fromClasspath());
    }

    @Test
    void a_version_activated_before_today_is_prepared_at_start_on_its_own_thread() throws Exception {
        Versions versions = new Versions();
        ScheduledRuleSets scheduled = new ScheduledRuleSets(versions, activatedFrom(TODAY.minusDays(10)), CLOCK);

        scheduled.prepareVersionInForce(null);

        assertThat(versions.asked.await(60, TimeUnit.SECONDS)).as("the version in force was asked for").isTrue();
        assertThat(versions.askedBy).containsOnlyKeys(ACTIVATED);
        Thread preparer = versions.askedBy.get(ACTIVATED);
        assertThat(preparer).isNotSameAs(Thread.currentThread());
        assertThat(preparer.getName()).isEqualTo("rule-set-in-force");
        assertThat(preparer.isDaemon()).as("a preparation never holds the JVM up").isTrue();
        preparer.join(60_000); // the warm-up decisions end; none of them may fail the thread
        assertThat(preparer.isAlive()).isFalse();
    }

    @Test
    void an_activation_in_force_only_from_tomorrow_leaves_the_packaged_version_to_the_boot() throws Exception {
        Versions versions = new Versions();
        ScheduledRuleSets scheduled = new ScheduledRuleSets(versions, activatedFrom(TODAY.plusDays(1)), CLOCK);

        scheduled.prepareVersionInForce(null);

        assertThat(versions.asked.await(2, TimeUnit.SECONDS)).as("no version was asked for").isFalse();
        assertThat(versions.askedBy).isEmpty();
        assertThat(scheduled.versionFor(TODAY)).isEqualTo(packaged.version());
        assertThat(scheduled.versionFor(TODAY.plusDays(1))).isEqualTo(ACTIVATED);
    }

    @Test
    void a_preparation_that_fails_is_left_to_the_first_submission() throws Exception {
        Versions versions = new Versions() {
            @Override
            public CompiledRuleSet version(String version) {
                super.version(version);
                throw new IllegalStateException("archive unreadable");
            }
        };
        ScheduledRuleSets scheduled = new ScheduledRuleSets(versions, activatedFrom(TODAY), CLOCK);

        scheduled.prepareVersionInForce(null); // the start goes on

        assertThat(versions.asked.await(60, TimeUnit.SECONDS)).isTrue();
        Thread preparer = versions.askedBy.get(ACTIVATED);
        preparer.join(60_000);
        assertThat(preparer.isAlive()).isFalse();
    }

    private static RuleSetArchive activatedFrom(LocalDate inForceFrom) {
        List<RuleSetArchive.Activation> activations = List.of(new RuleSetArchive.Activation(1, ACTIVATED, inForceFrom,
                Instant.parse("2026-05-01T09:00:00Z"), "officer", "{}"));
        return new RuleSetArchive(null) {
            @Override
            public List<RuleSetArchive.Activation> activations() {
                return activations;
            }
        };
    }

    /**
     * Records which version is asked for and by which thread; answers with the packaged rule set as a stand-in. An
     * inner class, so that the @QuarkusTest runs, which index the test classes, do not take it for a bean.
     */
    class Versions extends RuleSetVersions {
        final Map<String, Thread> askedBy = new ConcurrentHashMap<>();
        final CountDownLatch asked = new CountDownLatch(1);

        Versions() {
            super(null, null, CLOCK);
        }

        @Override
        public CompiledRuleSet packaged() {
            return packaged;
        }

        @Override
        public CompiledRuleSet version(String version) {
            askedBy.put(version, Thread.currentThread());
            asked.countDown();
            return packaged;
        }
    }
}
