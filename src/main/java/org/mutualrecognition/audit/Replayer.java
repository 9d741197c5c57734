package org.mutualrecognition.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.mutualrecognition.decision.CompiledRuleSet;
import org.mutualrecognition.decision.DecisionContext;
import org.mutualrecognition.decision.DecisionEngine;
import org.mutualrecognition.intake.ApplicationParser;
import org.mutualrecognition.intake.RejectedRequestException;
import org.mutualrecognition.persistence.DecisionRecord;

/**
 * Decides again what was decided before and says what differs. A stored decision is replayed with its own id and
 * decision time, so that under its original rule set it must reproduce exactly; a fixture is matched against its
 * expected partial decision with the contract's rule.
 */
public final class Replayer {

    /** The decision fields an auditor compares (rule-set identity and record ids aside). */
    public static final List<String> COMPARED_FIELDS = List.of("outcome", "route", "alternatives", "tacit", "recognisedAs",
            "levels", "substantialDifferences", "measures", "profileVariance", "scope", "conditions", "missingEvidence",
            "validationFindings", "earliestEligibleOn", "reasons", "appeal");

    private final ObjectMapper mapper;
    private final DecisionEngine engine = new DecisionEngine();
    private final ApplicationParser parser = new ApplicationParser();

    public Replayer(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public ReplayReport.CaseResult replayStored(DecisionRecord record, Function<String, CompiledRuleSet> ruleSetFor,
                                                String targetVersion) {
        String version = targetVersion == null ? record.rulesetVersion() : targetVersion;
        try {
            JsonNode application = mapper.reader().with(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .readTree(record.applicationJson());
            JsonNode before = mapper.readTree(record.decisionJson());
            CompiledRuleSet ruleSet = ruleSetFor.apply(version);
            JsonNode after = mapper.valueToTree(engine.decide(application, ruleSet,
                    new DecisionContext(record.decisionId(), record.decidedAt())));
            List<ReplayReport.FieldDifference> fields = compare(before, after);
            return new ReplayReport.CaseResult(record.reference(), record.decisionId(), "stored", ruleSet.version(),
                    fields.isEmpty() ? "IDENTICAL" : "DIFFERENT", fields, null);
        } catch (Exception e) {
            return new ReplayReport.CaseResult(record.reference(), record.decisionId(), "stored", version, "ERROR", List.of(),
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    public ReplayReport.CaseResult replayFixture(JsonNode fixture, String source, CompiledRuleSet ruleSet) {
        String id = fixture.path("id").asText(source);
        try {
            if (!fixture.has("application") || !fixture.has("expected")) {
                throw new IllegalArgumentException("not a case file: application and expected are required");
            }
            JsonNode application = fixture.get("application");
            parser.validate(application);
            var submitted = java.time.LocalDate.parse(application.path("submittedOn").asText());
            JsonNode actual = mapper.valueToTree(engine.decide(application, ruleSet, new DecisionContext("replay-" + id,
                    submitted.atStartOfDay().toInstant(java.time.ZoneOffset.UTC))));
            List<ReplayReport.FieldDifference> fields = new ArrayList<>();
            JsonNode expected = fixture.get("expected");
            expected.fieldNames().forEachRemaining(name -> {
                if (!FixtureMatcher.matches(expected.get(name), actual.get(name))) {
                    fields.add(new ReplayReport.FieldDifference(name, expected.get(name), actual.get(name)));
                }
            });
            return new ReplayReport.CaseResult(application.path("reference").asText(), id, source, ruleSet.version(),
                    fields.isEmpty() ? "IDENTICAL" : "DIFFERENT", fields, null);
        } catch (RejectedRequestException e) {
            return new ReplayReport.CaseResult(null, id, source, ruleSet.version(), "ERROR", List.of(),
                    "invalid application: " + e.problems());
        } catch (Exception e) {
            return new ReplayReport.CaseResult(null, id, source, ruleSet.version(), "ERROR", List.of(),
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    List<ReplayReport.FieldDifference> compare(JsonNode before, JsonNode after) {
        List<ReplayReport.FieldDifference> out = new ArrayList<>();
        for (String field : COMPARED_FIELDS) {
            JsonNode b = before.get(field);
            JsonNode a = after.get(field);
            if (!java.util.Objects.equals(canonical(b), canonical(a))) {
                out.add(new ReplayReport.FieldDifference(field, b, a));
            }
        }
        return out;
    }

    /** Field values compared in canonical form: a stored 1050 and a computed 1050.0 hours are the same. */
    private String canonical(JsonNode node) {
        return node == null || node.isNull() ? null : new CanonicalJson(mapper).canonical(node);
    }
}
