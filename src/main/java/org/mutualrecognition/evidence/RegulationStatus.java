package org.mutualrecognition.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.mutualrecognition.decision.facts.HostRegulation;
import org.mutualrecognition.knowledge.KnowledgeBase;

/** Whether a jurisdiction regulates an occupation, from {@code regulation-status.json} (P-23). */
final class RegulationStatus {

    private RegulationStatus() {
    }

    /** The jurisdiction's record for the occupation, or its country's (P-01.5). */
    static Optional<JsonNode> record(KnowledgeBase kb, String jurisdiction, String isco) {
        Optional<JsonNode> exact = kb.find("regulation-status", "records", "isco08", isco,
                r -> jurisdiction.equals(r.path("jurisdiction").asText()));
        if (exact.isPresent()) {
            return exact;
        }
        String country = KnowledgeBase.country(jurisdiction);
        return kb.find("regulation-status", "records", "isco08", isco, r -> country.equals(r.path("jurisdiction").asText()));
    }

    /** P-23.3: the host's record, or regulated when it has none; a record saying "not regulated" closes the EU routes. */
    static HostRegulation ofHost(KnowledgeBase kb, String host, String isco) {
        return record(kb, host, isco)
                .map(r -> new HostRegulation(r.path("regulated").asBoolean(), true))
                .orElse(new HostRegulation(true, false));
    }
}
