package org.mutualrecognition.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.mutualrecognition.agreements.RouteCandidate;
import org.mutualrecognition.decision.DecisionTables;
import org.mutualrecognition.knowledge.KnowledgeBase;

/** The fact preparers of every modelled route; one list, one line per model. */
public final class FactPreparers {

    private final List<FactPreparer> preparers;

    public FactPreparers(KnowledgeBase kb, DecisionTables tables) {
        this.preparers = List.of(
                new GeneralSystemFacts(kb, tables),
                new PartialAccessFacts(kb, tables),
                new TreatyComparisonFacts(kb, tables),
                new SectoralFacts(kb, tables),
                new ExperienceFacts(kb, tables),
                new ProcedureFacts(kb),
                new LevelStatementFacts(kb, tables),
                new AuNzFacts(kb),
                new RegionalStandardFacts(kb, tables),
                new BenchmarkFacts(kb, tables),
                new LisbonFacts(kb, tables),
                new AseanFacts(kb, tables));
    }

    public PreparedFacts prepare(JsonNode application, RouteCandidate route) {
        PreparedFacts all = new PreparedFacts();
        for (FactPreparer preparer : preparers) {
            if (preparer.serves(route)) {
                PreparedFacts facts = preparer.prepare(application, route);
                facts.facts().forEach(all::add);
                all.addReasons(facts.tableReasons());
            }
        }
        return all;
    }
}
