package org.mutualrecognition.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.mutualrecognition.decision.facts.EvidenceGap;

/**
 * P-04.2 and P-04.4 for the EU routes: the home registrations for the host occupation are relied upon; their evidence
 * and the age of their certificates of good standing at submittedOn become {@link EvidenceGap} facts of the route
 * (the rules judge them: more than 90 days is stale).
 */
final class HomeRegistrationEvidence {

    private HomeRegistrationEvidence() {
    }

    static void add(JsonNode app, String route, PreparedFacts facts) {
        String home = app.path("home").asText();
        String isco = app.path("occupation").path("isco08").asText();
        LocalDate submitted = IsoDates.parse(app.path("submittedOn").asText());
        JsonNode registrations = app.path("registrations");
        for (int i = 0; i < registrations.size(); i++) {
            JsonNode r = registrations.get(i);
            if (!home.equals(r.path("jurisdiction").asText()) || !isco.equals(r.path("occupation").asText())) {
                continue;
            }
            if (!EvidenceStatus.established(r.path("evidence"))) {
                facts.add(EvidenceGap.notEstablished(route, "/registrations/" + i + "/evidence", "home registration"));
            }
            LocalDate goodStanding = ApplicationFields.date(r, "goodStandingIssuedOn");
            if (goodStanding != null) {
                facts.add(EvidenceGap.goodStanding(route, "/registrations/" + i + "/goodStandingIssuedOn",
                        ChronoUnit.DAYS.between(goodStanding, submitted)));
            }
        }
    }
}
