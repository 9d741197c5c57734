package org.mutualrecognition.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The P-20 and P-21 tables: clean table analysis, and each bound evaluated on both sides. */
class RegionalAndBenchmarkTablesTest {

    static DecisionTables tables;

    @BeforeAll
    static void compile() {
        tables = DecisionTables.of(RuleSetFiles.fromDirectory(Path.of(".")));
    }

    @Test
    void tables_analyse_without_findings() {
        assertThat(tables.analyse()).filteredOn(f -> f.file().endsWith("regional-tolerances.dmn")
                || f.file().endsWith("benchmark-rating.dmn")).isEmpty();
    }

    private static Object conformity(int missingCore, String share) {
        Map<?, ?> row = (Map<?, ?>) tables.evaluate("regional-tolerances", "Profile conformity",
                Map.of("missingCoreUnits", missingCore, "adaptedShare", new BigDecimal(share))).result();
        return row.get("conforms");
    }

    @Test
    void profile_conforms_up_to_one_fifth_inclusive_with_every_core_unit() {
        assertThat(conformity(0, "0.2")).isEqualTo(true);
        assertThat(conformity(0, "0.2000000000000000000000000000000001")).isEqualTo(false);
        assertThat(conformity(0, "0")).isEqualTo(true);
        assertThat(conformity(1, "0")).isEqualTo(false);
    }

    private static Object units(String share) {
        return tables.evaluate("regional-tolerances", "Unit comparison", Map.of("missingShare", new BigDecimal(share))).result();
    }

    @Test
    void missing_weight_above_one_half_refuses() {
        assertThat(units("0")).isEqualTo("NOTHING_MISSING");
        assertThat(units("0.0025")).isEqualTo("TOP_UP_TRAINING");
        assertThat(units("0.5")).isEqualTo("TOP_UP_TRAINING");
        assertThat(units("0.5000000000000000000000000000000001")).isEqualTo("REFUSAL");
        assertThat(units("1")).isEqualTo("REFUSAL");
    }

    private static Object rating(Integer domains, int entryDifference, int gap, String hours, String coverage) {
        Map<String, Object> in = new HashMap<>();
        in.put("equivalentDomains", domains);
        in.put("entryDifference", entryDifference);
        in.put("levelGap", gap);
        in.put("hoursRatio", new BigDecimal(hours));
        in.put("coverage", new BigDecimal(coverage));
        return tables.evaluate("benchmark-rating", "Benchmark rating", in).result();
    }

    @Test
    void benchmark_rating_bounds_are_inclusive() {
        assertThat(rating(3, 1, 0, "0.9", "0.9")).isEqualTo("HIGH");
        assertThat(rating(2, 1, 0, "0.9", "0.9")).isEqualTo("HIGH");
        assertThat(rating(1, 1, 0, "0.9", "0.9")).isEqualTo("MEDIUM");
        assertThat(rating(3, 2, 0, "0.9", "0.9")).isEqualTo("MEDIUM");
        assertThat(rating(3, 1, 1, "0.9", "0.9")).isEqualTo("MEDIUM");
        assertThat(rating(3, 1, 0, "0.8975", "0.9")).isEqualTo("MEDIUM");
        assertThat(rating(3, 1, 0, "0.9", "0.8999")).isEqualTo("MEDIUM");
        assertThat(rating(3, 1, 1, "0.7", "0.7")).isEqualTo("MEDIUM");
        assertThat(rating(3, 1, 2, "0.9", "0.9")).isEqualTo("LOW");
        assertThat(rating(3, 1, 1, "0.6975", "0.7")).isEqualTo("LOW");
        assertThat(rating(3, 1, 1, "0.7", "0.6999")).isEqualTo("LOW");
        assertThat(rating(null, 1, 0, "0.9", "0.9")).isEqualTo("UNRATED");
        assertThat(rating(null, 1, 1, "0.9", "0.9")).isEqualTo("MEDIUM");
    }
}
