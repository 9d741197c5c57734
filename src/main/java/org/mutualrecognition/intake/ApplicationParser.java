package org.mutualrecognition.intake;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
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
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a request body into an application: strict JSON parsing (UTF-8 only, duplicate keys rejected, exact
 * decimals), the service's limits on values ({@link #MAX_INTEGER_DIGITS}, {@link #MAX_DECIMAL_PLACES}, Unicode text
 * only) and validation against the contract's {@code application.schema.json} (JSON Schema 2020-12, formats
 * asserted). Any problem is a {@link RejectedRequestException} with one entry per problem; nothing here decides
 * anything.
 */
public final class ApplicationParser {

    private static final String SCHEMA = "contract/application.schema.json";
    /**
     * A number of an application is a quantity (hours, ECTS, months, years, FTE, a level): at most 9 digits before
     * the decimal point and at most 6 after it (trailing zeros do not count). The schema leaves most quantities
     * without a maximum; 1e999999999 months or an FTE of 1e-50 are not evidence, and arithmetic on them exhausts
     * memory or leaves the calendar.
     */
    public static final int MAX_INTEGER_DIGITS = 9;
    public static final int MAX_DECIMAL_PLACES = 6;

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
        List<Problem> rejected = new ArrayList<>();
        checkValues(node, "", rejected);
        if (rejected.isEmpty()) {
            validate(node);
            return node;
        }
        // one entry per problem (contract): the schema's problems too, found on a copy without the rejected values,
        // whose size the schema validator's arithmetic is not exposed to; at their pointers the value problem stands
        Set<String> pointers = new HashSet<>();
        rejected.forEach(p -> pointers.add(p.pointer()));
        List<Problem> problems = new ArrayList<>(rejected);
        if (node.isContainerNode()) {
            schemaProblems(withoutRejectedValues(node, pointers)).stream()
                    .filter(p -> !pointers.contains(p.pointer()))
                    .forEach(problems::add);
        }
        throw new RejectedRequestException(400, "The application contains values the service does not accept",
                problems.stream().sorted(Comparator.comparing(Problem::pointer).thenComparing(Problem::message)).toList());
    }

    /** A copy of the application with each rejected number or string replaced by a small placeholder of its kind. */
    private static JsonNode withoutRejectedValues(JsonNode node, Set<String> pointers) {
        JsonNode copy = node.deepCopy();
        for (String pointer : pointers) {
            JsonPointer at = JsonPointer.compile(pointer);
            JsonNode parent = copy.at(at.head());
            JsonNode value = copy.at(at);
            JsonNode placeholder = value.isNumber() ? IntNode.valueOf(0) : value.isTextual() ? TextNode.valueOf("") : null;
            if (placeholder == null) {
                continue;
            }
            if (parent instanceof ObjectNode object) {
                object.set(at.last().getMatchingProperty(), placeholder);
            } else if (parent instanceof ArrayNode array) {
                array.set(at.last().getMatchingIndex(), placeholder);
            }
        }
        return copy;
    }

    /** Parses any JSON request body strictly, without the application schema. */
    public JsonNode parseJson(byte[] body) {
        return readJson(body);
    }

    /** Validates an already parsed application (fixtures, replays). */
    public void validate(JsonNode node) {
        List<Problem> problems = schemaProblems(node);
        if (!problems.isEmpty()) {
            throw new RejectedRequestException(400, "The application does not conform to application.schema.json", problems);
        }
    }

    private List<Problem> schemaProblems(JsonNode node) {
        Set<ValidationMessage> messages = schema.validate(node);
        return messages.stream()
                .map(m -> new Problem(pointer(m), m.getMessage()))
                .sorted(Comparator.comparing(Problem::pointer).thenComparing(Problem::message))
                .toList();
    }

    private JsonNode readJson(byte[] body) {
        if (body == null || body.length == 0) {
            throw new RejectedRequestException(400, "Empty request body", List.of(new Problem("", "a JSON application is required")));
        }
        try {
            JsonNode node = strictMapper.readTree(utf8(body));
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

    /**
     * RFC 8259 section 8.1: JSON exchanged between systems is UTF-8. Strict decoding rejects what a lenient decoder
     * lets through: overlong forms, encoded surrogates (CESU-8), truncated sequences, UTF-16 and UTF-32 bodies. One
     * leading byte order mark is ignored, as the RFC allows.
     */
    private static String utf8(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(body.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError() || result.isOverflow()) {
            throw new RejectedRequestException(400, "Malformed JSON", List.of(new Problem("",
                    "the body is not UTF-8 text: invalid byte sequence at byte offset " + in.position())));
        }
        out.flip();
        if (out.length() > 0 && out.charAt(0) == '\uFEFF') {
            out.position(1);
        }
        return out.toString();
    }

    /** The service's limits on values: numbers are quantities, strings and property names are Unicode text. */
    private static void checkValues(JsonNode node, String pointer, List<Problem> problems) {
        if (node.isNumber()) {
            BigDecimal value = node.decimalValue().stripTrailingZeros();
            long integerDigits = (long) value.precision() - value.scale();
            if (integerDigits > MAX_INTEGER_DIGITS) {
                problems.add(new Problem(pointer, "a number with more than " + MAX_INTEGER_DIGITS
                        + " digits before the decimal point is not a quantity the service accepts"));
            } else if (value.scale() > MAX_DECIMAL_PLACES) {
                problems.add(new Problem(pointer, "a number with more than " + MAX_DECIMAL_PLACES
                        + " decimal places is not a quantity the service accepts"));
            }
        } else if (node.isTextual()) {
            if (hasUnpairedSurrogate(node.textValue())) {
                problems.add(new Problem(pointer, "the string contains an unpaired UTF-16 surrogate (\\uD800-\\uDFFF): not Unicode text"));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkValues(node.get(i), pointer + "/" + i, problems);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String child = pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
                if (hasUnpairedSurrogate(field.getKey())) {
                    problems.add(new Problem(child, "the property name contains an unpaired UTF-16 surrogate: not Unicode text"));
                }
                checkValues(field.getValue(), child, problems);
            }
        }
    }

    static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
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
