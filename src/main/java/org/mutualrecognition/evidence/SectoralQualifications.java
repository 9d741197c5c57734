package org.mutualrecognition.evidence;

import static org.mutualrecognition.knowledge.JsonArrays.contains;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Optional;
import org.mutualrecognition.knowledge.KnowledgeBase;

/**
 * Look-ups of sectoral-minimum-training.json shared by route discovery (P-05.5, P-10.1) and the sectoral fact
 * preparer: which profession an ISCO code belongs to, and which of the applicant's qualifications the sectoral route
 * can consider at all. Third-country basic training never counts (P-10.8, Haim I): a qualification awarded outside
 * the parties of EU-2005-36 is left out, and so is a Member-State qualification of the same ISCO minor group awarded
 * after a third-country qualification (a recognition of it, or a specialist title built on it; P-12.1, Hocsman).
 */
public final class SectoralQualifications {

    public static final String AGREEMENT = "EU-2005-36";

    private SectoralQualifications() {
    }

    /** The sectoral profession record whose isco08 list holds the code, if any. */
    public static Optional<JsonNode> profession(KnowledgeBase kb, String isco) {
        return kb.find("sectoral-minimum-training", "professions", "isco08", isco); // isco08: an array of codes
    }

    public static boolean isSectoralOccupation(KnowledgeBase kb, String isco) {
        return profession(kb, isco).isPresent();
    }

    /** P-05.5 / P-10.1: the host occupation is sectoral and the applicant holds a qualification with that occupation. */
    public static boolean routeApplies(KnowledgeBase kb, JsonNode app) {
        String isco = app.path("occupation").path("isco08").asText();
        if (!isSectoralOccupation(kb, isco)) {
            return false;
        }
        JsonNode qualifications = app.path("qualifications");
        for (int i = 0; i < qualifications.size(); i++) {
            if (isco.equals(qualifications.get(i).path("occupation").asText()) && considered(kb, app, i)) {
                return true;
            }
        }
        return false;
    }

    /** P-10.8: the qualification was awarded in a party and is not built on third-country training of its minor group. */
    public static boolean considered(KnowledgeBase kb, JsonNode app, int index) {
        JsonNode q = app.path("qualifications").get(index);
        if (!isParty(kb, q.path("country").asText())) {
            return false;
        }
        String minorGroup = minorGroup(q.path("occupation").asText());
        LocalDate awarded = ApplicationFields.date(q, "awardedOn");
        for (JsonNode other : app.path("qualifications")) {
            if (other == q || isParty(kb, other.path("country").asText())
                    || !minorGroup.equals(minorGroup(other.path("occupation").asText()))) {
                continue;
            }
            LocalDate thirdCountryAward = ApplicationFields.date(other, "awardedOn");
            if (awarded != null && thirdCountryAward != null && thirdCountryAward.isBefore(awarded)) {
                return false;
            }
        }
        return true;
    }

    public static boolean isParty(KnowledgeBase kb, String jurisdiction) {
        return kb.agreement(AGREEMENT).map(a -> contains(a.path("parties"), jurisdiction)
                || contains(a.path("parties"), KnowledgeBase.country(jurisdiction))).orElse(false);
    }

    private static String minorGroup(String isco) {
        return isco.length() >= 3 ? isco.substring(0, 3) : isco;
    }
}
