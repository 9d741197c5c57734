package org.mutualrecognition.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.mutualrecognition.agreements.RouteCandidate;
import org.mutualrecognition.decision.DecisionTables;
import org.mutualrecognition.decision.TableReasons;
import org.mutualrecognition.decision.TableResult;
import org.mutualrecognition.decision.facts.EvidenceGap;
import org.mutualrecognition.decision.facts.LevelStatement;
import org.mutualrecognition.decision.model.Level;
import org.mutualrecognition.knowledge.KnowledgeBase;

/**
 * Walks level-referencing.dmn for a level statement (P-22.2, P-22.3): the applicant's level to meta-framework levels,
 * and back to every level of the host framework that reaches one of them in the same meta-framework.
 */
public final class LevelStatementFacts implements FactPreparer {

    private final KnowledgeBase kb;
    private final DecisionTables tables;

    public LevelStatementFacts(KnowledgeBase kb, DecisionTables tables) {
        this.kb = kb;
        this.tables = tables;
    }

    @Override
    public boolean serves(RouteCandidate route) {
        return "LEVEL_REFERENCING".equals(route.model());
    }

    @Override
    public PreparedFacts prepare(JsonNode app, RouteCandidate route) {
        PreparedFacts facts = new PreparedFacts();
        OptionalInt index = firstWithLevel(app);
        Optional<String> hostFramework = hostFramework(app.path("host").asText());
        if (index.isEmpty() || hostFramework.isEmpty()) {
            return facts;
        }
        JsonNode q = app.path("qualifications").get(index.getAsInt());
        // P-04.1, P-04.3: the statement is about this qualification, so its evidence is needed (rules/levels LR-010)
        if (!EvidenceStatus.established(q.path("evidence"))) {
            facts.add(EvidenceGap.notEstablished("LEVEL_REFERENCING", "/qualifications/" + index.getAsInt() + "/evidence",
                    "qualification " + q.path("title").asText()));
        }
        String framework = q.path("framework").asText();
        String level = q.path("level").asText();
        Level applicant = new Level(framework, q.path("level").asInt());
        String host = hostFramework.get();

        List<Level> reference = new ArrayList<>();
        Set<Level> hostLevels = new LinkedHashSet<>();
        if (framework.equals(host)) {
            hostLevels.add(applicant);
        } else if (isMeta(framework)) {
            reference.add(applicant);
            hostLevels.addAll(hostLevelsReaching(host, framework, level, facts));
        } else {
            TableResult meta = tables.evaluate("level-referencing", "Meta levels",
                    Map.of("framework", framework, "level", level));
            facts.addReasons(TableReasons.of(meta, framework + " level " + level + " is referenced to a meta-framework level."));
            for (Object row : QualificationLevels.asList(meta.result())) {
                Map<?, ?> r = (Map<?, ?>) row;
                String metaFramework = String.valueOf(r.get("metaFramework"));
                String metaLevel = String.valueOf(r.get("metaLevel"));
                List<Level> reached = hostLevelsReaching(host, metaFramework, metaLevel, facts);
                if (!reached.isEmpty() || host.equals(metaFramework)) {
                    reference.add(new Level(metaFramework, levelValue(metaLevel)));
                    hostLevels.addAll(reached);
                }
            }
        }
        List<Level> sorted = new ArrayList<>(hostLevels);
        sorted.sort(Comparator.comparing(l -> Integer.parseInt(String.valueOf(l.level()))));
        facts.add(new LevelStatement(applicant, host, reference, sorted));
        return facts;
    }

    private List<Level> hostLevelsReaching(String host, String metaFramework, String metaLevel, PreparedFacts facts) {
        TableResult back = tables.evaluate("level-referencing", "Host levels",
                Map.of("framework", host, "metaFramework", metaFramework, "metaLevel", metaLevel));
        List<Level> out = new ArrayList<>();
        for (Object row : QualificationLevels.asList(back.result())) {
            Map<?, ?> r = (Map<?, ?>) row;
            out.add(new Level(host, levelValue(String.valueOf(r.get("level")))));
        }
        if (!out.isEmpty()) {
            facts.addReasons(TableReasons.of(back, metaFramework + " level " + metaLevel + " is reached by " + host + " levels " + out + "."));
        }
        return out;
    }

    private boolean isMeta(String framework) {
        return kb.framework(framework).map(f -> f.path("kind").asText().startsWith("META")).orElse(false);
    }

    /** The index of the first qualification that states a framework and a level. */
    private static OptionalInt firstWithLevel(JsonNode app) {
        JsonNode qualifications = app.path("qualifications");
        for (int i = 0; i < qualifications.size(); i++) {
            if (qualifications.get(i).has("framework") && qualifications.get(i).has("level")) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** P-22.2: the framework whose jurisdictions contain the host; a subdivision uses its country's unless it has its own. */
    private Optional<String> hostFramework(String host) {
        Optional<String> own = frameworkOf(host);
        return own.isPresent() ? own : frameworkOf(KnowledgeBase.country(host));
    }

    private Optional<String> frameworkOf(String jurisdiction) {
        return kb.find("frameworks", "frameworks", f -> {
            for (JsonNode j : f.path("jurisdictions")) {
                if (jurisdiction.equals(j.asText())) {
                    return true;
                }
            }
            return false;
        }).map(f -> f.path("id").asText());
    }

    private static Object levelValue(String level) {
        try {
            return Integer.parseInt(level);
        } catch (NumberFormatException e) {
            return level;
        }
    }
}
