package org.mutualrecognition.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A request with several problems gets one entry per problem (contract README): the service's value limits and the
 * schema's problems together, not the first kind found.
 */
class ApplicationParserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ApplicationParser parser = new ApplicationParser();

    private static ObjectNode tc07() throws IOException {
        return (ObjectNode) JSON.readTree(Path.of("fixtures/eu-general-system/tc07-eu-gs-physio-be-nl-no-substantial-difference.json")
                .toFile()).get("application");
    }

    private List<String> pointers(String body) {
        RejectedRequestException rejected = catchThrowableOfType(
                () -> parser.parse(body.getBytes(StandardCharsets.UTF_8)), RejectedRequestException.class);
        assertThat(rejected).as("rejected: %s", body).isNotNull();
        return rejected.problems().stream().map(Problem::pointer).toList();
    }

    @Test
    void aValueOverTheLimitAndAnUnknownFieldAreBothReported() throws IOException {
        ObjectNode application = tc07();
        application.put("colour", "blue");
        String body = application.toString().replace("\"to\":\"2024-08-31\"", "\"to\":\"2024-08-31\",\"fte\":0.3333333");

        assertThat(pointers(body)).containsExactlyInAnyOrder("/colour", "/experience/0/fte");
    }

    @Test
    void aValueOverTheLimitAndAMissingRequiredFieldAreBothReported() throws IOException {
        ObjectNode application = tc07();
        application.remove("host");
        ((ObjectNode) application.get("qualifications").get(0)).put("ects", new BigDecimal("1E-8"));

        assertThat(pointers(application.toString())).containsExactlyInAnyOrder("/host", "/qualifications/0/ects");
    }

    @Test
    void aRejectedValueIsReportedOnceEvenWhereItsPlaceholderBreaksTheSchema() throws IOException {
        ObjectNode application = tc07();
        String body = application.toString().replace("\"to\":\"2024-08-31\"", "\"to\":\"2024-08-31\",\"fte\":1e-50");

        assertThat(pointers(body)).containsExactly("/experience/0/fte");
    }

    @Test
    void aRejectedNumberAsTheWholeBodyIsOneProblem() {
        assertThat(pointers("1e999999999")).containsExactly("");
    }

    @Test
    void withinTheLimitsOnlyTheSchemaSpeaks() throws IOException {
        ObjectNode application = tc07();
        application.put("colour", "blue");

        assertThat(pointers(application.toString())).containsExactly("/colour");
    }
}
