package org.mutualrecognition.knowledge;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading JSON arrays of the reference data and of applications. */
public final class JsonArrays {

    private JsonArrays() {
    }

    /**
     * Whether {@code array} holds {@code value} as the text of one of its elements (a code such as a country, an
     * ISCO-08 occupation or a purpose). A missing node or a value that is not an array holds nothing.
     */
    public static boolean contains(JsonNode array, String value) {
        for (JsonNode n : array) {
            if (value.equals(n.asText())) {
                return true;
            }
        }
        return false;
    }
}
