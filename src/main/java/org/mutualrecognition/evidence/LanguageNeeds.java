package org.mutualrecognition.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mutualrecognition.decision.facts.LanguageNeed;
import org.mutualrecognition.knowledge.KnowledgeBase;

/**
 * P-15: the language-requirements.json record for (host, occupation) and the best CEFR level the applicant shows in one
 * of its languages, for every EU-2005-36 route that may recognise (rules/eu/language.drl judges it). Same look-up as
 * the general system's; the engine inserts equal needs once.
 */
public final class LanguageNeeds {

    private static final List<String> CEFR = List.of("A1", "A2", "B1", "B2", "C1", "C2");

    private LanguageNeeds() {
    }

    public static Optional<LanguageNeed> of(KnowledgeBase kb, JsonNode app) {
        String host = app.path("host").asText();
        String isco = app.path("occupation").path("isco08").asText();
        return kb.find("language-requirements", "requirements", "isco08", isco,
                        r -> host.equals(r.path("host").asText()) || KnowledgeBase.country(host).equals(r.path("host").asText()))
                .map(r -> {
                    List<String> languages = new ArrayList<>();
                    r.path("languages").forEach(l -> languages.add(l.asText()));
                    int best = -1;
                    for (JsonNode l : app.path("languages")) {
                        if (languages.contains(l.path("language").asText())) {
                            best = Math.max(best, CEFR.indexOf(l.path("cefr").asText()));
                        }
                    }
                    return new LanguageNeed(String.join("/", languages), r.path("cefr").asText(),
                            r.path("patientSafety").asBoolean(), CEFR.indexOf(r.path("cefr").asText()), best);
                });
    }
}
