package org.mutualrecognition.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualrecognition.audit.RuleSetVersions;
import org.mutualrecognition.decision.CompiledRuleSet;
import org.mutualrecognition.decision.DecisionContext;
import org.mutualrecognition.decision.DecisionEngine;
import org.mutualrecognition.decision.RuleModelCompiler;
import org.mutualrecognition.decision.RuleModelJar;
import org.mutualrecognition.decision.RuleModelStore;
import org.mutualrecognition.decision.RuleSetCompiler;
import org.mutualrecognition.decision.RuleSetFiles;
import org.mutualrecognition.decision.RuleSetRegistry;

/**
 * A version compiled at run time (here an activated edit of the packaged rules) is kept with its executable model, so
 * that after a restart it is built from that model instead of compiled again: 23 s to the first answer after a restart
 * under an activated version otherwise (bench/README.md), and the rule compiler's classes loaded for good.
 */
class RuleModelArchiveTest {

    static final ObjectMapper MAPPER = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
    static final String BUILD = "sha256:this-build";

    static RuleSetFiles packaged;
    /** The packaged rules with one edit that shows in a decision: an unknown agreement is refused instead of referred. */
    static RuleSetFiles edited;
    static CompiledRuleSet packagedRuleSet;

    JdbcDataSource dataSource;

    @BeforeAll
    static void ruleSets() {
        packaged = RuleSetFiles.fromClasspath();
        packagedRuleSet = new RuleSetCompiler(MAPPER).compile(packaged);
        String path = "rules/common/validation.drl";
        Map<String, byte[]> files = new HashMap<>(packaged.files());
        files.put(path, packaged.text(path).replace("decide(\"REFER_FOR_REVIEW\")", "decide(\"REFUSAL\")")
                .getBytes(StandardCharsets.UTF_8));
        edited = new RuleSetFiles(files);
    }

    @BeforeEach
    void database() throws Exception {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:rule-models-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(Files.readString(Path.of("src/main/resources/db/migration/V1__applications_and_decisions.sql")));
            s.execute(Files.readString(Path.of("src/main/resources/db/migration/V2__ruleset_models.sql")));
        }
        new RuleSetArchive(dataSource).storeDraft(edited, CLOCK.instant(), true, "{}", "officer");
    }

    @AfterEach
    void close() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    @Test
    void a_version_compiled_in_one_run_is_built_from_its_kept_model_in_the_next_without_compiling() throws Exception {
        Counting firstRun = new Counting(new RuleModelArchive(dataSource, CLOCK, Optional.of(BUILD)));
        RuleSetVersions versions = versions(firstRun);
        CompiledRuleSet compiled = versions.version(edited.version());
        assertThat(firstRun.kept).as("compiled and kept").hasValue(1);
        assertThat(compiled.tables()).as("only a rule was edited: the packaged version's tables, not compiled again")
                .isSameAs(versions.packaged().tables());
        assertThat(count("SELECT COUNT(*) FROM ruleset_model WHERE version = '" + edited.version() + "'")).isEqualTo(1);

        Counting secondRun = new Counting(new RuleModelArchive(dataSource, CLOCK, Optional.of(BUILD)));
        CompiledRuleSet rebuilt = versions(secondRun).version(edited.version());

        assertThat(secondRun.found).as("found kept").hasValue(1);
        assertThat(secondRun.kept).as("a compiled model is kept: none was compiled").hasValue(0);
        JsonNode application = application("fixtures/validation/val-b01-unknown-agreement.json");
        assertThat(decide(rebuilt, application)).isEqualTo(decide(compiled, application)).isEqualTo("REFUSAL");
        assertThat(decide(packagedRuleSet, application)).as("the packaged rules refer it").isEqualTo("REFER_FOR_REVIEW");
    }

    @Test
    void a_model_kept_by_another_build_of_the_service_is_not_used() throws Exception {
        RuleModelJar model = RuleModelJar.of(new byte[] {1, 2, 3});
        new RuleModelArchive(dataSource, CLOCK, Optional.of("sha256:an-older-build")).keep(edited.version(), model);

        assertThat(new RuleModelArchive(dataSource, CLOCK, Optional.of(BUILD)).find(edited.version())).isEmpty();
        assertThat(new RuleModelArchive(dataSource, CLOCK, Optional.of("sha256:an-older-build")).find(edited.version()))
                .hasValueSatisfying(found -> assertThat(found.bytes()).containsExactly(1, 2, 3));
    }

    /** Every proposal keeps a model of about 1.8 MB: the table keeps activated versions' models and the newest drafts'. */
    @Test
    void models_of_activated_versions_and_of_the_newest_drafts_are_kept_the_others_forgotten() throws Exception {
        RuleSetArchive archive = new RuleSetArchive(dataSource);
        archive.recordActivation(edited.version(), LocalDate.parse("2027-01-01"), CLOCK.instant(), "officer", "{}");
        // what the service ran as before an upgrade kept these; this build never uses them
        RuleModelArchive olderBuild = new RuleModelArchive(dataSource, CLOCK, Optional.of("sha256:an-older-build"));
        olderBuild.keep("sha256:old-draft", RuleModelJar.of(new byte[] {2}));
        olderBuild.keep(edited.version(), RuleModelJar.of(new byte[] {2}));
        new RuleModelArchive(dataSource, CLOCK, Optional.of(BUILD)).keep(edited.version(), RuleModelJar.of(new byte[] {1}));
        int drafts = RuleModelArchive.KEPT_DRAFT_MODELS + 5;
        for (int i = 0; i < drafts; i++) {
            Clock at = Clock.offset(CLOCK, Duration.ofMinutes(i));
            new RuleModelArchive(dataSource, at, Optional.of(BUILD)).keep("sha256:draft-" + i, RuleModelJar.of(new byte[] {3}));
        }

        RuleModelArchive store = new RuleModelArchive(dataSource, CLOCK, Optional.of(BUILD));
        assertThat(store.find(edited.version())).as("activated: kept however old").isPresent();
        assertThat(count("SELECT COUNT(*) FROM ruleset_model WHERE compiled_by <> '" + BUILD + "'"))
                .as("another build's, an activated version's included").isZero();
        for (int i = 0; i < drafts; i++) {
            boolean newest = i >= drafts - RuleModelArchive.KEPT_DRAFT_MODELS;
            assertThat(store.find("sha256:draft-" + i).isPresent()).as("draft " + i + " kept").isEqualTo(newest);
        }
    }

    @Test
    void without_a_build_fingerprint_nothing_is_kept_or_found() throws Exception {
        RuleModelArchive unfingerprinted = new RuleModelArchive(dataSource, CLOCK, Optional.empty());
        unfingerprinted.keep(edited.version(), RuleModelJar.of(new byte[] {1}));

        assertThat(count("SELECT COUNT(*) FROM ruleset_model")).isZero();
        assertThat(unfingerprinted.find(edited.version())).isEmpty();
    }

    @Test
    void a_kept_model_that_cannot_be_loaded_is_compiled_again_and_replaced() throws Exception {
        RuleModelArchive store = new RuleModelArchive(dataSource, CLOCK, Optional.of(BUILD));
        store.keep(edited.version(), RuleModelJar.of("not a jar".getBytes(StandardCharsets.UTF_8)));
        Counting run = new Counting(store);

        CompiledRuleSet compiled = versions(run).version(edited.version());

        assertThat(decide(compiled, application("fixtures/validation/val-b01-unknown-agreement.json"))).isEqualTo("REFUSAL");
        assertThat(run.kept).hasValue(1);
        assertThat(store.find(edited.version()).orElseThrow().bytes()).hasSizeGreaterThan(100_000);
    }

    /** A new registry over the same database: what a restart of the service has. */
    private RuleSetVersions versions(RuleModelStore models) {
        RuleSetRegistry registry = new RuleSetRegistry(MAPPER, models, RuleModelCompiler.IN_PROCESS, 4);
        return new RuleSetVersions(registry, new RuleSetArchive(dataSource), CLOCK);
    }

    private static String decide(CompiledRuleSet ruleSet, JsonNode application) {
        LocalDate submitted = LocalDate.parse(application.path("submittedOn").asText());
        return new DecisionEngine().decide(application, ruleSet,
                new DecisionContext("test", submitted.atStartOfDay().toInstant(ZoneOffset.UTC))).outcome;
    }

    private static JsonNode application(String fixture) throws Exception {
        return MAPPER.readTree(Path.of(fixture).toFile()).path("application");
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Counts what the compiler finds in and keeps into the store. */
    private static final class Counting implements RuleModelStore {
        final RuleModelStore store;
        final AtomicInteger found = new AtomicInteger();
        final AtomicInteger kept = new AtomicInteger();

        Counting(RuleModelStore store) {
            this.store = store;
        }

        @Override
        public Optional<RuleModelJar> find(String version) {
            Optional<RuleModelJar> model = store.find(version);
            model.ifPresent(m -> found.incrementAndGet());
            return model;
        }

        @Override
        public void keep(String version, RuleModelJar model) {
            kept.incrementAndGet();
            store.keep(version, model);
        }
    }
}
