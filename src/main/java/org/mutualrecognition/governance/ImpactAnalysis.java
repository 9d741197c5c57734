package org.mutualrecognition.governance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.mutualrecognition.audit.CanonicalJson;
import org.mutualrecognition.audit.Replayer;
import org.mutualrecognition.decision.CompiledRuleSet;
import org.mutualrecognition.decision.DecisionContext;
import org.mutualrecognition.decision.DecisionEngine;

/**
 * Decides the same cases under the baseline and under a draft rule set and reports what changes. Cases are fixture
 * files (decided as of their submittedOn) and stored applications (decided as of their original decision time).
 */
public final class ImpactAnalysis {

    private final ObjectMapper mapper;
    private final DecisionEngine engine = new DecisionEngine();
    private final CanonicalJson canonical;
    private final ImpactReport report = new ImpactReport();
    private final CompiledRuleSet baseline;
    private final CompiledRuleSet draft;

    public ImpactAnalysis(ObjectMapper mapper, CompiledRuleSet baseline, CompiledRuleSet draft) {
        this.mapper = mapper;
        this.canonical = new CanonicalJson(mapper);
        this.baseline = baseline;
        this.draft = draft;
        report.baselineVersion = baseline.version();
        report.draftVersion = draft.version();
    }

    public void fixtures(Map<String, byte[]> files) {
        files.forEach((path, content) -> {
            if (!path.endsWith(".json")) {
                return;
            }
            try {
                JsonNode fixture = mapper.readTree(content);
                JsonNode app = fixture.get("application");
                Instant at = LocalDate.parse(app.path("submittedOn").asText()).atStartOfDay().toInstant(ZoneOffset.UTC);
                compare(path, fixture.path("id").asText(path), app, at, "impact-" + fixture.path("id").asText());
            } catch (Exception e) {
                error(path, path, e);
            }
        });
    }

    public void stored(String reference, String decisionId, String applicationJson, Instant decidedAt) {
        try {
            compare("stored", reference, mapper.reader().with(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .readTree(applicationJson), decidedAt, decisionId);
        } catch (Exception e) {
            error("stored", reference, e);
        }
    }

    public ImpactReport report() {
        return report;
    }

    private void compare(String source, String id, JsonNode app, Instant at, String decisionId) {
        DecisionContext context = new DecisionContext(decisionId, at);
        JsonNode before = mapper.valueToTree(engine.decide(app, baseline, context));
        JsonNode after = mapper.valueToTree(engine.decide(app, draft, context));
        report.evaluated++;
        List<String> fields = new ArrayList<>();
        for (String field : Replayer.COMPARED_FIELDS) {
            if (!Objects.equals(text(before.get(field)), text(after.get(field)))) {
                fields.add(field);
            }
        }
        if (fields.isEmpty()) {
            return;
        }
        report.changed++;
        String from = before.path("outcome").asText();
        String to = after.path("outcome").asText();
        String route = before.path("route").path("agreement").asText("-") + "/" + before.path("route").path("model").asText();
        if (!from.equals(to)) {
            report.outcomeChanged++;
            report.outcomeChangesByRoute.computeIfAbsent(route, k -> new TreeMap<>()).merge(from + " -> " + to, 1, Integer::sum);
        }
        report.cases.add(new ImpactReport.ChangedCase(source, id, route, from, to, fields, null));
    }

    private void error(String source, String id, Exception e) {
        report.errors++;
        report.cases.add(new ImpactReport.ChangedCase(source, id, null, null, null, List.of(),
                e.getClass().getSimpleName() + ": " + e.getMessage()));
    }

    private String text(JsonNode node) {
        return node == null || node.isNull() ? null : canonical.canonical(node);
    }
}
