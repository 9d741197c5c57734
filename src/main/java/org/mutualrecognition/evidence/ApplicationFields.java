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
        return node.hasNonNull(field);
    }

    static String text(JsonNode node, String field) {
        return present(node, field) ? node.get(field).asText() : null;
    }

    static LocalDate date(JsonNode node, String field) {
        return present(node, field) ? IsoDates.parse(node.get(field).asText()) : null;
    }

    static BigDecimal number(JsonNode node, String field) {
        return present(node, field) ? node.get(field).decimalValue() : null;
    }

    static boolean after(LocalDate value, LocalDate limit) {
        return value != null && limit != null && value.isAfter(limit);
    }
}
