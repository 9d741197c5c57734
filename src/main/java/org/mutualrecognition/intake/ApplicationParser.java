package org.mutualrecognition.intake;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Turns a request body into an application: strict JSON parsing (duplicate keys rejected, exact decimals) and
 * validation against the contract's {@code application.schema.json} (JSON Schema 2020-12, formats asserted).
 * Any problem is a {@link RejectedRequestException} with one entry per problem; nothing here decides anything.
 */
public final class ApplicationParser {

    private static final String SCHEMA = "contract/application.schema.json";

    private final ObjectMapper strictMapper;
    private final JsonSchema schema;

    public ApplicationParser() {
        this.strictMapper = JsonMapper.builder()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
        strictMapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64).maxNumberLength(100).maxStringLength(1_000_000).build());
        this.schema = loadSchema();
    }

    public JsonNode parse(byte[] body) {
        JsonNode node = readJson(body);
        validate(node);
        return node;
    }

    /** Parses any JSON request body strictly, without the application schema. */
    public JsonNode parseJson(byte[] body) {
        return readJson(body);
    }

    /** Validates an already parsed application (fixtures, replays). */
    public void validate(JsonNode node) {
        Set<ValidationMessage> messages = schema.validate(node);
        if (!messages.isEmpty()) {
            List<Problem> problems = messages.stream()
                    .map(m -> new Problem(pointer(m), m.getMessage()))
                    .sorted(Comparator.comparing(Problem::pointer).thenComparing(Problem::message))
                    .toList();
            throw new RejectedRequestException(400, "The application does not conform to application.schema.json", problems);
        }
    }

    private JsonNode readJson(byte[] body) {
        if (body == null || body.length == 0) {
            throw new RejectedRequestException(400, "Empty request body", List.of(new Problem("", "a JSON application is required")));
        }
        try {
            JsonNode node = strictMapper.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw new RejectedRequestException(400, "Empty request body", List.of(new Problem("", "a JSON application is required")));
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw new RejectedRequestException(400, "Malformed JSON", List.of(new Problem("", e.getOriginalMessage() + where)));
        } catch (IOException e) {
            throw new RejectedRequestException(400, "Malformed JSON", List.of(new Problem("", "the body could not be read as JSON")));
        }
    }

    private static String pointer(ValidationMessage m) {
        String location = m.getInstanceLocation() == null ? "" : m.getInstanceLocation().toString();
        String property = m.getProperty();
        if (property != null && ("additionalProperties".equals(m.getType()) || "required".equals(m.getType()))) {
            return location + "/" + property.replace("~", "~0").replace("/", "~1");
        }
        return location;
    }

    private static JsonSchema loadSchema() {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .build();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA + " is missing from the class path");
            }
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return factory.getSchema(text, InputFormat.JSON, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
