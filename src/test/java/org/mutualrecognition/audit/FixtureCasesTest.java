package org.mutualrecognition.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mutualrecognition.decision.CompiledRuleSet;
import org.mutualrecognition.decision.DecisionContext;
import org.mutualrecognition.decision.DecisionEngine;
import org.mutualrecognition.decision.RuleSetCompiler;
import org.mutualrecognition.decision.RuleSetFiles;
import org.mutualrecognition.intake.ApplicationParser;

/**
 * Every case under fixtures/ decided by the project's rule set and matched against its expected partial decision
 * with the contract's matching rule. The decision date of a case is its submittedOn.
 */
class FixtureCasesTest {

    static final ObjectMapper MAPPER = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    static CompiledRuleSet ruleSet;

    @BeforeAll
    static void compileRuleSet() {
        ruleSet = new RuleSetCompiler(MAPPER).compile(RuleSetFiles.fromDirectory(Path.of(".")));
    }

    static Stream<Arguments> cases() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("fixtures"))) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            return list.stream().map(p -> Arguments.of(Path.of("fixtures").relativize(p).toString(), p));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decides_as_the_case_file_expects(String name, Path file) throws IOException {
        JsonNode fixture = MAPPER.readTree(file.toFile());
        JsonNode application = fixture.get("application");
        new ApplicationParser().validate(application);
        LocalDate decisionDate = LocalDate.parse(application.get("submittedOn").asText());
        var decision = new DecisionEngine().decide(application, ruleSet,
                new DecisionContext("fixture-" + fixture.get("id").asText(), decisionDate.atStartOfDay().toInstant(ZoneOffset.UTC)));
        JsonNode actual = MAPPER.valueToTree(decision);
        assertThat(FixtureMatcher.differences(fixture.get("expected"), actual))
                .as("%s decided %s", name, actual.toPrettyString())
                .isEmpty();
    }
}
