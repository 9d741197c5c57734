package org.mutualrecognition.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mutualrecognition.audit.CanonicalJson;
import org.mutualrecognition.decision.CompiledRuleSet;
import org.mutualrecognition.decision.DecisionContext;
import org.mutualrecognition.decision.DecisionEngine;
import org.mutualrecognition.decision.RuleSetCompiler;
import org.mutualrecognition.decision.RuleSetFiles;
import org.mutualrecognition.decision.TracedDecision;
import org.mutualrecognition.persistence.DecisionRepository;
import org.mutualrecognition.persistence.RuleSetArchive;

/** {@code replay --stored --jdbc URL}: a database's decisions replayed from the command line, no server. */
class ReplayStoredCommandTest {

    static final ObjectMapper MAPPER = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    @Test
    void stored_decisions_replay_identically_under_their_original_rule_set(@TempDir Path tmp) throws Exception {
        String url = "jdbc:h2:file:" + tmp.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE";
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute(Files.readString(Path.of("src/main/resources/db/migration/V1__applications_and_decisions.sql")));
        }
        var dataSource = new org.h2.jdbcx.JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        RuleSetFiles files = RuleSetFiles.fromDirectory(Path.of("."));
        CompiledRuleSet ruleSet = new RuleSetCompiler(MAPPER).compile(files);
        new RuleSetArchive(dataSource).store(files, Instant.parse("2025-01-01T00:00:00Z"));
        DecisionRepository repository = new DecisionRepository(dataSource);
        CanonicalJson canonical = new CanonicalJson(MAPPER);
        int n = 0;
        for (String fixture : new String[]{"eu-general-system/tc08-eu-gs-teacher-pl-nl-applicant-chooses.json",
                "validation/tc40a-invalid-experience-exceeds-elapsed.json", "level-referencing/tc36-level-nfq6-to-scqf.json"}) {
            JsonNode app = MAPPER.readTree(Files.readString(Path.of("fixtures", fixture))).get("application");
            Instant at = Instant.parse("2025-06-0" + (++n) + "T09:00:00Z");
            TracedDecision d = new DecisionEngine().decideWithTrace(app, ruleSet, new DecisionContext("D-" + n, at));
            assertThat(repository.store(app.get("reference").asText(), canonical.hash(app), canonical.canonical(app), "D-" + n,
                    d.decision().outcome, ruleSet.version(), at, MAPPER.writeValueAsString(d.decision()),
                    MAPPER.writeValueAsString(d.trace()))).isTrue();
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new ReplayCommand(new PrintStream(out, true, StandardCharsets.UTF_8), System.err)
                .run(new String[]{"--stored", "--jdbc", url, "--rules", ".", "--json", tmp.resolve("r.json").toString()});
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("replayed 3: 3 identical, 0 different, 0 errors");
        assertThat(code).isZero();
    }

    @Test
    void an_unreachable_database_is_exit_code_2() {
        int code = new ReplayCommand(System.out, System.err).run(new String[]{"--stored", "--jdbc", "jdbc:nosuchdriver:x"});
        assertThat(code).isEqualTo(2);
    }
}
