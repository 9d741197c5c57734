package org.mutualrecognition.decision;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembered results of the decision tables of one compiled rule set, keyed by model, decision and inputs.
 *
 * <p>Only inputs of immutable value types are remembered (strings, numbers, booleans, dates, null, and lists of
 * those, copied); a call with any other input value is evaluated every time. Results are stored read-only, so no
 * caller can change what the next caller gets. Bounded: after {@link #MAX_ENTRIES} distinct calls new results are no
 * longer remembered (the inputs of the tables come from small reference vocabularies; a table fed free numbers, e.g.
 * shares of a profile, simply stops being remembered once the bound is reached).
 */
final class TableResultMemo {

    static final int MAX_ENTRIES = 20_000;

    private final Map<Key, TableResult> results = new ConcurrentHashMap<>();

    /** A remembered call; null when it cannot be remembered. */
    record Key(String model, String decision, Map<String, Object> inputs) {
    }

    static Key key(String model, String decision, Map<String, ?> inputs) {
        Map<String, Object> copy = new HashMap<>(inputs.size() * 2);
        for (Map.Entry<String, ?> input : inputs.entrySet()) {
            Object value = input.getValue();
            if (value instanceof List<?> list) {
                if (!list.stream().allMatch(TableResultMemo::isImmutableValue)) {
                    return null;
                }
                value = Collections.unmodifiableList(new ArrayList<>(list)); // a copy the caller cannot change
            } else if (!isImmutableValue(value)) {
                return null;
            }
            copy.put(input.getKey(), value);
        }
        return new Key(model, decision, Collections.unmodifiableMap(copy));
    }

    TableResult get(Key key) {
        return results.get(key);
    }

    void put(Key key, TableResult result) {
        if (results.size() < MAX_ENTRIES) {
            results.putIfAbsent(key, result);
        }
    }

    int size() {
        return results.size();
    }

    /** The engine's result with every list and context (map) in it made read-only. */
    static Object readOnly(Object value) {
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(readOnly(item)));
            return Collections.unmodifiableList(copy);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, readOnly(v)));
            return Collections.unmodifiableMap(copy);
        }
        return value;
    }

    private static boolean isImmutableValue(Object value) {
        return value == null || value instanceof String || value instanceof Boolean || value instanceof BigDecimal
                || value instanceof Integer || value instanceof Long || value instanceof BigInteger
                || value instanceof LocalDate || value instanceof Enum<?>;
    }
}
