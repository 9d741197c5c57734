package org.mutualrecognition.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

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

    /** The texts of an array's elements, in order (empty for a missing node or a value that is not an array). */
    public static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
