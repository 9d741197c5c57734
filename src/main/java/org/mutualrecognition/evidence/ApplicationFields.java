package org.mutualrecognition.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Reading fields of a schema-valid application: absent and JSON {@code null} both count as "not given"; numbers are
 * read exactly ({@link JsonNode#decimalValue()}, P-07.1).
 */
final class ApplicationFields {

    private ApplicationFields() {
    }

    static boolean present(JsonNode node, String field) {
        return given(node, field) != null;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = given(node, field);
        return value == null ? null : value.asText();
    }

    static LocalDate date(JsonNode node, String field) {
        JsonNode value = given(node, field);
        return value == null ? null : IsoDates.parse(value.asText());
    }

    static BigDecimal number(JsonNode node, String field) {
        JsonNode value = given(node, field);
        return value == null ? null : value.decimalValue();
    }

    /** The field's value, or null when it is absent or JSON null; one look-up (fields are read on every decision). */
    private static JsonNode given(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    static boolean after(LocalDate value, LocalDate limit) {
        return value != null && limit != null && value.isAfter(limit);
    }
}
