package org.mutualrecognition.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.mutualrecognition.agreements.RouteCandidate;
import org.mutualrecognition.decision.DecisionTables;
import org.mutualrecognition.knowledge.KnowledgeBase;

/**
 * Facts for the Treaty comparison (EU-TFEU, rules/eu/treaty-comparison.drl, P-16): the general-system preparation
 * against the same host standard, keyed TREATY_COMPARISON, counting every diploma (third-country ones included,
 * Hocsman, Vlassopoulou) and every validated experience or learning entry (P-12.5).
 */
public final class TreatyComparisonFacts implements FactPreparer {

    public static final String ROUTE = "TREATY_COMPARISON";

    private final GeneralSystemFacts generalSystem;
    private final ThirdCountryEvidence thirdCountry;

    public TreatyComparisonFacts(KnowledgeBase kb, DecisionTables tables) {
        this.generalSystem = new GeneralSystemFacts(kb, tables);
        this.thirdCountry = new ThirdCountryEvidence(kb, tables);
    }

    @Override
    public boolean serves(RouteCandidate route) {
        return ROUTE.equals(route.model());
    }

    @Override
    public PreparedFacts prepare(JsonNode app, RouteCandidate route) {
        PreparedFacts facts = generalSystem.prepare(app, route, ROUTE, i -> true, i -> false, i -> List.of());
        // why the Directive left these qualifications out (Art. 3(3) rows), for the record of the decision
        facts.addReasons(thirdCountry.assess(app).reasons());
        return facts;
    }
}
