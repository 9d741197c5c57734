package org.mutualrecognition.knowledge;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The reference data of one rule-set version ({@code decision-tables/reference/*.json}), read-only.
 * Lookups only: whatever is decided from these records is decided in rules/ and decision-tables/.
 */
public final class KnowledgeBase {

    public static final String FOLDER = "decision-tables/reference/";

    private final Map<String, JsonNode> files = new HashMap<>();
    /** {@link #records} by file and field, built on first use (the files never change). */
    private final Map<String, List<JsonNode>> records = new ConcurrentHashMap<>();
    /** The records of a file and field by the value of one of their fields, in file order, built on first use. */
    private final Map<String, Map<String, List<JsonNode>>> indexes = new ConcurrentHashMap<>();

    /**
     * Numbers are read exactly (BigDecimal), whatever the given mapper's own setting: the service's, the command line's
     * and a test's mapper all read one rule-set version alike.
     */
    public KnowledgeBase(Map<String, byte[]> ruleSetFiles, ObjectMapper mapper) {
        ObjectReader exact = mapper.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        ruleSetFiles.forEach((path, content) -> {
            if (path.startsWith(FOLDER) && path.endsWith(".json")) {
                try {
                    files.put(path.substring(FOLDER.length(), path.length() - ".json".length()), exact.readTree(content));
                } catch (IOException e) {
                    throw new UncheckedIOException("reference file " + path + " is not valid JSON", e);
                }
            }
        });
    }

    /** A whole reference file by name without extension, e.g. {@code "agreements"}. */
    public JsonNode file(String name) {
        JsonNode node = files.get(name);
        if (node == null) {
            throw new IllegalStateException("reference data " + FOLDER + name + ".json is missing from the rule set");
        }
        return node;
    }

    /** The array {@code field} of reference file {@code name}, read-only (one list per file and field, not a copy per call). */
    public List<JsonNode> records(String name, String field) {
        String key = name + '\u0000' + field;
        List<JsonNode> list = records.get(key);
        if (list == null) {
            List<JsonNode> out = new ArrayList<>();
            file(name).path(field).forEach(out::add);
            list = Collections.unmodifiableList(out);
            records.putIfAbsent(key, list);
        }
        return list;
    }

    /** The first record of file {@code name}, array {@code field}, that matches {@code predicate}, in file order. */
    public Optional<JsonNode> find(String name, String field, Predicate<JsonNode> predicate) {
        return records(name, field).stream().filter(predicate).findFirst();
    }

    /**
     * The first record of file {@code name}, array {@code field}, whose field {@code key} is {@code value} (its text, or
     * the text of any element when it is an array) and that matches {@code predicate}, in file order: what
     * {@link #find(String, String, Predicate)} answers with that condition added, looked up in an index of the key
     * instead of reading every record (a decision makes a dozen such look-ups).
     */
    public Optional<JsonNode> find(String name, String field, String key, String value, Predicate<JsonNode> predicate) {
        for (JsonNode record : recordsWith(name, field, key, value)) {
            if (predicate.test(record)) {
                return Optional.of(record);
            }
        }
        return Optional.empty();
    }

    /** The first record of file {@code name}, array {@code field}, whose field {@code key} is {@code value}. */
    public Optional<JsonNode> find(String name, String field, String key, String value) {
        return find(name, field, key, value, record -> true);
    }

    private List<JsonNode> recordsWith(String name, String field, String key, String value) {
        String indexKey = name + '\u0000' + field + '\u0000' + key;
        Map<String, List<JsonNode>> index = indexes.get(indexKey);
        if (index == null) {
            index = index(records(name, field), key);
            indexes.putIfAbsent(indexKey, index);
        }
        return index.getOrDefault(value, List.of());
    }

    private static Map<String, List<JsonNode>> index(List<JsonNode> records, String key) {
        Map<String, List<JsonNode>> index = new HashMap<>();
        for (JsonNode record : records) {
            JsonNode keyValue = record.path(key);
            if (keyValue.isArray()) {
                for (JsonNode element : keyValue) {
                    List<JsonNode> list = index.computeIfAbsent(element.asText(), v -> new ArrayList<>());
                    if (list.isEmpty() || list.get(list.size() - 1) != record) { // a value listed twice in one record
                        list.add(record);
                    }
                }
            } else {
                index.computeIfAbsent(keyValue.asText(), v -> new ArrayList<>()).add(record);
            }
        }
        index.replaceAll((v, list) -> List.copyOf(list));
        return Map.copyOf(index);
    }

    public Optional<JsonNode> agreement(String id) {
        return find("agreements", "agreements", "id", id);
    }

    public Optional<JsonNode> framework(String id) {
        return find("frameworks", "frameworks", "id", id);
    }

    public boolean occupationExists(String isco08) {
        return find("occupations", "occupations", "isco08", isco08).isPresent();
    }

    /** The general-system host standard for (host, occupation); a subdivision uses its country's (P-01.6). */
    public Optional<JsonNode> hostStandard(String host, String isco08) {
        return find("host-standards", "generalSystem", "isco08", isco08,
                s -> host.equals(s.path("host").asText()) || country(host).equals(s.path("host").asText()));
    }

    /** Country part of a jurisdiction code: {@code AU-NSW -> AU}. */
    public static String country(String jurisdiction) {
        int dash = jurisdiction.indexOf('-');
        return dash < 0 ? jurisdiction : jurisdiction.substring(0, dash);
    }
}
