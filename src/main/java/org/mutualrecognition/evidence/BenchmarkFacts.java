package org.mutualrecognition.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mutualrecognition.agreements.RouteCandidate;
import org.mutualrecognition.decision.DecisionTables;
import org.mutualrecognition.decision.MatchedRow;
import org.mutualrecognition.decision.TableResult;
import org.mutualrecognition.decision.facts.BenchmarkComparison;
import org.mutualrecognition.decision.facts.EvidenceGap;
import org.mutualrecognition.decision.model.Reason;
import org.mutualrecognition.knowledge.KnowledgeBase;

/**
 * Prepares the facts the benchmarking rules (rules/benchmarking/benchmarking.drl) judge, as policy P-21 counts them
 * from benchmark-standards.json: the pair of the agreement whose home qualification the applicant's qualification
 * names in {@code standard} and whose host qualification is for the application's occupation; Step 1 (equivalent
 * descriptor domains of the level pair); Step 2 (level gap, hours ratio, entry requirements, coverage of the host units
 * reached through the pair's unit mapping); the rating from benchmark-rating.dmn. Applicant data the application does
 * not give (framework, level, hours, entry requirement, matters) is taken from the home qualification record.
 */
public final class BenchmarkFacts implements FactPreparer {

    public static final String ROUTE = "BENCHMARKING";
    private static final String TABLES = "benchmark-rating";

    private final KnowledgeBase kb;
    private final DecisionTables tables;

    public BenchmarkFacts(KnowledgeBase kb, DecisionTables tables) {
        this.kb = kb;
        this.tables = tables;
    }

    @Override
    public boolean serves(RouteCandidate route) {
        return ROUTE.equals(route.model());
    }

    @Override
    public PreparedFacts prepare(JsonNode app, RouteCandidate route) {
        PreparedFacts facts = new PreparedFacts();
        String isco = app.path("occupation").path("isco08").asText();
        JsonNode qualifications = app.path("qualifications");
        for (int i = 0; i < qualifications.size(); i++) {
            JsonNode q = qualifications.get(i);
            String standard = q.path("standard").asText("");
            Optional<JsonNode> pair = kb.find("benchmark-standards", "pairs",
                    p -> standard.equals(p.path("homeQualification").asText())
                            && route.agreement().equals(p.path("agreement").asText()));
            Optional<JsonNode> home = record("homeQualifications", standard);
            Optional<JsonNode> host = pair.flatMap(p -> record("hostQualifications", p.path("hostQualification").asText()))
                    .filter(h -> isco.equals(h.path("isco08").asText()));
            if (pair.isPresent() && home.isPresent() && host.isPresent()) {
                facts.add(compare(route, i, q, pair.get(), home.get(), host.get(), facts));
                if (!EvidenceStatus.established(q.path("evidence"))) {
                    facts.add(EvidenceGap.notEstablished(ROUTE, "/qualifications/" + i + "/evidence",
                            "the qualification " + q.path("title").asText()));
                }
                break;
            }
        }
        return facts;
    }

    private BenchmarkComparison compare(RouteCandidate route, int index, JsonNode q, JsonNode pair, JsonNode home,
                                        JsonNode host, PreparedFacts facts) {
        List<String> fromHome = new ArrayList<>();
        String framework = given(q, "framework", home, fromHome).asText();
        int level = given(q, "level", home, fromHome).asInt();
        BigDecimal hours = q.path("hours").has("total") ? q.path("hours").path("total").decimalValue()
                : fromHome(home, "hours", fromHome).decimalValue();
        int entry = given(q, "entryRequirement", home, fromHome).asInt();
        List<String> matters = new ArrayList<>();
        if (q.has("matters")) {
            q.path("matters").forEach(m -> matters.add(m.path("code").asText()));
        } else {
            fromHome.add("matters");
            home.path("units").forEach(u -> matters.add(u.path("code").asText()));
        }

        // Step 1: the level pair's descriptor domains
        String hostFramework = host.path("framework").asText();
        int hostLevel = host.path("level").asInt();
        Integer equivalentDomains = kb.find("benchmark-standards", "levelPairs",
                        p -> framework.equals(p.path("homeFramework").asText()) && level == p.path("homeLevel").asInt()
                                && hostFramework.equals(p.path("hostFramework").asText()) && hostLevel == p.path("hostLevel").asInt())
                .map(p -> {
                    int n = 0;
                    for (JsonNode d : p.path("domains")) {
                        n += "EQUIVALENT".equals(d.asText()) ? 1 : 0;
                    }
                    return n;
                }).orElse(null);

        // Step 2: host units reached through the mapping (an identical host code counts too, P-01.4)
        Set<String> reached = new LinkedHashSet<>();
        for (String code : matters) {
            pair.path("unitMapping").path(code).forEach(target -> reached.add(target.asText()));
            reached.add(code);
        }
        BigDecimal hostHours = host.path("hours").decimalValue();
        BigDecimal covered = BigDecimal.ZERO;
        BigDecimal uncoveredHours = BigDecimal.ZERO;
        List<String> uncovered = new ArrayList<>();
        for (JsonNode u : host.path("units")) {
            BigDecimal h = u.path("hours").decimalValue();
            if (reached.contains(u.path("code").asText())) {
                covered = covered.add(h);
            } else {
                uncovered.add(u.path("code").asText());
                uncoveredHours = uncoveredHours.add(h);
            }
        }
        ExactRatio hoursRatio = ExactRatio.of(hours, hostHours);
        ExactRatio coverage = ExactRatio.of(covered, hostHours);
        int levelGap = Math.abs(level - hostLevel);
        int entryDifference = Math.abs(entry - host.path("entryRequirement").asInt());

        Map<String, Object> inputs = new HashMap<>();
        inputs.put("equivalentDomains", equivalentDomains);
        inputs.put("entryDifference", entryDifference);
        String step1 = String.valueOf(tables.evaluate(TABLES, "Step 1 rating", inputs).result());
        boolean entryEquivalent = Boolean.TRUE.equals(tables.evaluate(TABLES, "Entry equivalent", inputs).result());
        inputs.put("levelGap", levelGap);
        inputs.put("hoursRatio", hoursRatio.forLowerBounds());
        inputs.put("coverage", coverage.forLowerBounds());
        TableResult rating = tables.evaluate(TABLES, "Benchmark rating", inputs);
        String ratingValue = String.valueOf(rating.result());
        String pairText = "Benchmarking " + pair.path("id").asText() + " (" + home.path("id").asText() + " against "
                + host.path("id").asText() + "): ";
        Map<String, String> texts = Map.of(
                "Step 1 rating", pairText + "Step 1, level pair " + framework + " " + level + " / " + hostFramework + " " + hostLevel
                        + (equivalentDomains == null ? " has no descriptor comparison in the knowledge base"
                        : ": " + equivalentDomains + " of 3 descriptor domains equivalent") + ": " + step1 + ".",
                "Entry equivalent", pairText + "entry requirements " + entry + " and " + host.path("entryRequirement").asText()
                        + " years of schooling differ by " + entryDifference + ": " + (entryEquivalent ? "equivalent." : "not equivalent."),
                "Benchmark rating", pairText + "Step 2, level gap " + levelGap + ", hours " + hoursRatio + ", coverage " + coverage
                        + ": rating " + ratingValue + (fromHome.isEmpty() ? "." : " (taken from the home qualification record: " + fromHome + ")."));
        for (MatchedRow row : rating.matchedRows()) {
            facts.addReasons(List.of(new Reason(null, row.ruleId(), row.source(), row.legalBasis(), texts.get(row.table()))));
        }
        return new BenchmarkComparison(ROUTE, route.agreement(), pair.path("id").asText(), home.path("id").asText(),
                host.path("id").asText(), index, equivalentDomains, step1, levelGap, hoursRatio.toString(),
                coverage.toString(), entryDifference, entryEquivalent, uncovered, ExactRatio.plainNumber(uncoveredHours), fromHome,
                ratingValue);
    }

    /** The applicant's value of a qualification field, or the home qualification record's (P-21.3). */
    private static JsonNode given(JsonNode q, String field, JsonNode home, List<String> fromHome) {
        return q.has(field) ? q.path(field) : fromHome(home, field, fromHome);
    }

    private static JsonNode fromHome(JsonNode home, String field, List<String> fromHome) {
        fromHome.add(field);
        return home.path(field);
    }

    private Optional<JsonNode> record(String list, String id) {
        return kb.find("benchmark-standards", list, r -> id.equals(r.path("id").asText()));
    }
}
