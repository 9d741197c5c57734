package org.mutualrecognition.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mutualrecognition.decision.DecisionTables;
import org.mutualrecognition.decision.TableReasons;
import org.mutualrecognition.decision.TableResult;

/**
 * Levels of one qualification through the decision tables: its EQF level (level-referencing.dmn, the lowest EQF level
 * when a level maps to several; the ISCED proxy of eu-art11-level.dmn otherwise) and its Directive Art. 11 level
 * (eu-art11-level.dmn), P-09.
 */
public final class QualificationLevels {

    private final DecisionTables tables;

    public QualificationLevels(DecisionTables tables) {
        this.tables = tables;
    }

    public BigDecimal eqfLevel(JsonNode q, PreparedFacts into) {
        String framework = q.path("framework").asText(null);
        if (framework != null && q.has("level")) {
            if ("EQF".equals(framework)) {
                return q.path("level").decimalValue();
            }
            TableResult meta = tables.evaluate("level-referencing", "Meta levels",
                    Map.of("framework", framework, "level", q.path("level").asText()));
            BigDecimal lowest = null;
            for (Object row : asList(meta.result())) {
                Map<?, ?> r = (Map<?, ?>) row;
                if ("EQF".equals(r.get("metaFramework"))) {
                    BigDecimal level = new BigDecimal(String.valueOf(r.get("metaLevel")));
                    lowest = lowest == null || level.compareTo(lowest) < 0 ? level : lowest;
                }
            }
            if (lowest != null) {
                into.addReasons(TableReasons.of(meta, framework + " level " + q.path("level").asText() + " is referenced to EQF level " + lowest + "."));
                return lowest;
            }
        }
        if (q.has("iscedLevel")) {
            TableResult proxy = tables.evaluate("eu-art11-level", "EQF proxy",
                    Map.of("iscedLevel", q.path("iscedLevel").decimalValue()));
            if (proxy.result() != null) {
                BigDecimal level = new BigDecimal(String.valueOf(proxy.result()));
                into.addReasons(TableReasons.of(proxy, "ISCED level " + q.path("iscedLevel").asText() + " stands for EQF level " + level + "."));
                return level;
            }
        }
        return null;
    }

    public String directiveLevel(JsonNode q, PreparedFacts into) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("declaredLevel", q.path("declaredDirectiveLevel").asText(null));
        inputs.put("eqfLevel", eqfLevel(q, into));
        inputs.put("ects", q.has("ects") ? q.path("ects").decimalValue() : null);
        inputs.put("durationYears", q.has("durationYears") ? q.path("durationYears").decimalValue() : null);
        inputs.put("fullTime", q.has("fullTime") ? q.path("fullTime").asBoolean() : null);
        inputs.put("iscedLevel", q.has("iscedLevel") ? q.path("iscedLevel").decimalValue() : null);
        TableResult result = tables.evaluate("eu-art11-level", "Directive level", inputs);
        String level = result.result() == null ? null : String.valueOf(result.result());
        if (level != null) {
            into.addReasons(TableReasons.of(result, "Qualification " + q.path("id").asText(q.path("title").asText())
                    + " is at Art. 11 level (" + level + ")."));
        }
        return level;
    }

    static List<?> asList(Object value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> list ? list : List.of(value);
    }
}
