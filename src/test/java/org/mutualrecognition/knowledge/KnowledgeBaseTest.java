package org.mutualrecognition.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mutualrecognition.decision.RuleSetFiles;

/**
 * Look-ups through an index of one key field answer exactly what reading every record in file order answers: the same
 * record (the first one), for every value the reference data holds and for one it does not.
 */
class KnowledgeBaseTest {

    static final KnowledgeBase KB = new KnowledgeBase(RuleSetFiles.fromDirectory(Path.of(".")).files(), new ObjectMapper());

    /** Every file, array and key field the service looks records up by. */
    @ParameterizedTest(name = "{0}.json {1}[] by {2}")
    @CsvSource({
            "agreements, agreements, id",
            "frameworks, frameworks, id",
            "occupations, occupations, isco08",
            "host-standards, generalSystem, isco08",
            "regulation-status, records, isco08",
            "language-requirements, requirements, isco08",
            "sectoral-minimum-training, referenceDates, country",
            "sectoral-minimum-training, professions, isco08",
            "experience-lists, occupations, isco08"})
    void an_indexed_look_up_finds_the_first_record_a_scan_finds(String file, String field, String key) {
        Set<String> values = new LinkedHashSet<>();
        for (JsonNode record : KB.records(file, field)) {
            JsonNode value = record.path(key);
            if (value.isArray()) {
                value.forEach(v -> values.add(v.asText()));
            } else {
                values.add(value.asText());
            }
        }
        assertThat(values).as("the key is used in the data").hasSizeGreaterThan(1);
        values.add("no such value");

        for (String value : values) {
            Predicate<JsonNode> hasValue = r -> matches(r.path(key), value);
            assertThat(KB.find(file, field, key, value)).as(value).isEqualTo(KB.find(file, field, hasValue));
            // with a further condition the index must keep file order: the last record with the value, found as a scan finds it
            JsonNode last = KB.records(file, field).stream().filter(hasValue).reduce((a, b) -> b).orElse(null);
            Optional<JsonNode> viaIndex = KB.find(file, field, key, value, r -> r == last);
            assertThat(viaIndex).isEqualTo(KB.find(file, field, hasValue.and(r -> r == last)));
        }
    }

    @Test
    void a_record_listing_a_value_twice_is_found_once_and_in_file_order() {
        String data = "{\"items\": [{\"n\": 1, \"codes\": [\"A\", \"B\", \"A\"]}, {\"n\": 2, \"codes\": \"A\"}, {\"n\": 3, \"codes\": [\"A\"]}]}";
        KnowledgeBase kb = new KnowledgeBase(Map.of(KnowledgeBase.FOLDER + "test.json", data.getBytes(StandardCharsets.UTF_8)),
                new ObjectMapper());

        assertThat(kb.find("test", "items", "codes", "A").map(r -> r.path("n").asInt())).contains(1);
        assertThat(kb.find("test", "items", "codes", "A", r -> r.path("n").asInt() > 1).map(r -> r.path("n").asInt())).contains(2);
        assertThat(kb.find("test", "items", "codes", "B", r -> r.path("n").asInt() > 1)).isEmpty();
        assertThat(kb.find("test", "items", "codes", "C")).isEmpty();
    }

    private static boolean matches(JsonNode field, String value) {
        if (field.isArray()) {
            for (JsonNode element : field) {
                if (value.equals(element.asText())) {
                    return true;
                }
            }
            return false;
        }
        return value.equals(field.asText());
    }
}
