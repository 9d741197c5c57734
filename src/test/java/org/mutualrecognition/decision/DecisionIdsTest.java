package org.mutualrecognition.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DecisionIdsTest {

    @Test
    void an_id_is_a_version_7_uuid_carrying_the_decisions_millisecond() {
        Instant at = Instant.parse("2026-11-29T20:45:12.345Z");
        UUID id = UUID.fromString(DecisionIds.next(at));

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2); // RFC 9562 / RFC 4122 variant
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(at.toEpochMilli());
    }

    @Test
    void later_decisions_sort_after_earlier_ones_as_strings() {
        Instant start = Instant.parse("2026-11-29T20:45:12Z");
        List<String> ids = new ArrayList<>();
        for (int ms = 0; ms < 2_000; ms += 7) {
            ids.add(DecisionIds.next(start.plusMillis(ms)));
        }
        assertThat(ids).isSorted();
    }

    @Test
    void ids_made_in_the_same_millisecond_differ() {
        Instant at = Instant.parse("2026-11-29T20:45:12Z");
        HashSet<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(DecisionIds.next(at));
        }
        assertThat(ids).hasSize(10_000);
    }
}
