package org.mutualrecognition.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The contract's fixture matching rule: {@code expected} is a partial decision. Objects compare on the properties
 * expected gives; arrays compare as multisets of the same size (each expected element matches a different actual
 * element, order ignored); numbers by value; strings exactly.
 */
public final class FixtureMatcher {

    private FixtureMatcher() {
    }

    /** Every difference, as "pointer: expected X, got Y"; empty when the decision matches. */
    public static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        compare("", expected, actual, out);
        return out;
    }

    public static boolean matches(JsonNode expected, JsonNode actual) {
        if (expected.isObject()) {
            if (actual == null || !actual.isObject()) {
                return false;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!actual.has(field.getKey()) || !matches(field.getValue(), actual.get(field.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (expected.isArray()) {
            if (actual == null || !actual.isArray() || actual.size() != expected.size()) {
                return false;
            }
            return assign(expected, actual, 0, new boolean[actual.size()]);
        }
        if (expected.isNumber()) {
            return actual != null && actual.isNumber() && expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        return actual != null && expected.equals(actual);
    }

    private static boolean assign(JsonNode expected, JsonNode actual, int index, boolean[] used) {
        if (index == expected.size()) {
            return true;
        }
        for (int j = 0; j < actual.size(); j++) {
            if (!used[j] && matches(expected.get(index), actual.get(j))) {
                used[j] = true;
                if (assign(expected, actual, index + 1, used)) {
                    return true;
                }
                used[j] = false;
            }
        }
        return false;
    }

    private static void compare(String pointer, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.isObject() && actual != null && actual.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                compare(pointer + "/" + field.getKey(), field.getValue(), actual.get(field.getKey()), out);
            }
        } else if (!matches(expected, actual)) {
            out.add((pointer.isEmpty() ? "/" : pointer) + ": expected " + expected + ", got " + (actual == null ? "nothing" : actual));
        }
    }
}
