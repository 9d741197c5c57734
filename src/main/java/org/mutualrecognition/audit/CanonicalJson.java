package org.mutualrecognition.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Canonical form of a JSON document (object keys sorted, numbers by value) and its sha256. */
public final class CanonicalJson {

    private final ObjectMapper mapper;

    public CanonicalJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String canonical(JsonNode node) {
        try {
            // numbers as plain decimals (2000, not 2E+3), so that the stored text reads back to the same values
            return mapper.writer().with(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                    .writeValueAsString(sorted(node));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public String hash(JsonNode node) {
        return hashOfCanonical(canonical(node));
    }

    /** The content hash of a text {@link #canonical} already produced (spares writing the JSON twice). */
    public static String hashOfCanonical(String canonicalText) {
        return "sha256:" + sha256(canonicalText);
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            for (String name : names) {
                out.set(name, sorted(node.get(name)));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(n -> out.add(sorted(n)));
            return out;
        }
        if (node.isNumber()) {
            java.math.BigDecimal value = node.decimalValue();
            return JsonNodeFactory.instance.numberNode(value.signum() == 0 ? java.math.BigDecimal.ZERO : value.stripTrailingZeros());
        }
        return node;
    }
}
