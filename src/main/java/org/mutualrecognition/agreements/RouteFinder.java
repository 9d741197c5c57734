package org.mutualrecognition.agreements;

import static org.mutualrecognition.knowledge.JsonArrays.contains;
import static org.mutualrecognition.knowledge.JsonArrays.strings;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mutualrecognition.decision.DecisionTables;
import org.mutualrecognition.evidence.EvidenceStatus;
import org.mutualrecognition.evidence.ExperienceFacts;
import org.mutualrecognition.evidence.IsoDates;
import org.mutualrecognition.evidence.SectoralQualifications;
import org.mutualrecognition.evidence.ThirdCountryEvidence;
import org.mutualrecognition.knowledge.KnowledgeBase;

/**
 * Finds the applicable routes from {@code agreements.json} (P-05.1): parties, purposes, occupation scope, version in
 * force at {@code submittedOn} (P-02), home different from host. Within {@code EU-2005-36} the models apply as
 * P-05.5 says (a PARTIAL request gives an Art. 4f candidate besides the full-access one, P-13); {@code EU-TFEU} only
 * when no Directive route applies, the host regulates the occupation and the applicant is a national of a party
 * (P-05.6, P-16.1). This is the agreements' own data matched against the application; what each route decides is in
 * rules/ (the Art. 3(3) three years in eu-art3-3.dmn).
 */
public final class RouteFinder {

    private final KnowledgeBase kb;
    private final ThirdCountryEvidence thirdCountry;

    public RouteFinder(KnowledgeBase kb, DecisionTables tables) {
        this.kb = kb;
        this.thirdCountry = new ThirdCountryEvidence(kb, tables);
    }

    public RouteDiscovery find(JsonNode application) {
        String named = application.path("agreement").asText(null);
        List<RouteCandidate> candidates = new ArrayList<>();
        boolean directiveRoute = false;
        JsonNode treaty = null;
        for (JsonNode agreement : kb.records("agreements", "agreements")) {
            String id = agreement.path("id").asText();
            if (!refugeeProcedure(agreement, application)) {
                if (named != null && !named.equals(id)) {
                    continue;
                }
                if (!appliesTo(agreement, application)) {
                    continue;
                }
            }
            if ("EU-TFEU".equals(id)) {
                treaty = agreement;
                continue;
            }
            for (JsonNode model : agreement.path("models")) {
                String modelName = model.path("model").asText();
                Optional<JsonNode> version = versionInForce(agreement, modelName, application);
                if (version.isEmpty() && !"EU-2005-36".equals(id)) {
                    continue;
                }
                if ("EU-2005-36".equals(id) && !directiveModelApplies(modelName, application)) {
                    continue;
                }
                if ("EU-2005-36".equals(id) && "GENERAL_SYSTEM".equals(modelName)) {
                    List<RouteCandidate> general = generalSystemCandidates(application, model, version);
                    candidates.addAll(general);
                    directiveRoute |= !general.isEmpty();
                    continue;
                }
                if ("AU-MRA-1992".equals(id) && !procedureAllows(modelName, application)) {
                    continue;
                }
                candidates.add(new RouteCandidate(id, modelName, model.path("legalBasis").asText(),
                        version.map(v -> v.path("id").asText()).orElse(null),
                        version.map(v -> v.path("from").asText()).orElse(null)));
                directiveRoute |= "EU-2005-36".equals(id);
            }
        }
        if (treaty != null && !directiveRoute && !directiveApplies(application) && treatyApplies(application)) {
            JsonNode model = treaty.path("models").get(0);
            Optional<JsonNode> version = versionInForce(treaty, model.path("model").asText(), application);
            if (version.isPresent()) {
                candidates.add(new RouteCandidate("EU-TFEU", model.path("model").asText(), model.path("legalBasis").asText(),
                        version.get().path("id").asText(), version.get().path("from").asText()));
            }
        }
        String notApplicable = named != null && candidates.isEmpty() ? named : null;
        return new RouteDiscovery(candidates, notApplicable);
    }

    private boolean appliesTo(JsonNode agreement, JsonNode application) {
        String home = application.path("home").asText();
        String host = application.path("host").asText();
        if (home.equals(host)) {
            return false;
        }
        if (!contains(agreement.path("purposes"), application.path("purpose").asText())) {
            return false;
        }
        return partiesMatch(agreement, home, host) && occupationCovered(agreement, application);
    }

    /**
     * P-04.6: a refugee whose qualification is not established goes through the refugee procedure of the Lisbon
     * Recognition Convention, whatever the purpose and whichever agreement was named; the host must be a party (P-05.1).
     */
    private static boolean refugeeProcedure(JsonNode agreement, JsonNode application) {
        if (!"LRC-1997".equals(agreement.path("id").asText()) || !application.path("applicant").path("refugee").asBoolean(false)) {
            return false;
        }
        String home = application.path("home").asText();
        String host = application.path("host").asText();
        if (home.equals(host) || !isParty(agreement.path("parties"), host)) {
            return false;
        }
        for (JsonNode q : application.path("qualifications")) {
            if (!EvidenceStatus.established(q.path("evidence"))) {
                return true;
            }
        }
        return false;
    }

    private boolean partiesMatch(JsonNode agreement, String home, String host) {
        String id = agreement.path("id").asText();
        JsonNode parties = agreement.path("parties");
        if (agreement.has("partyPairs")) {
            for (JsonNode pair : agreement.path("partyPairs")) {
                if (matchesParty(pair.get(0).asText(), home) && matchesParty(pair.get(1).asText(), host)) {
                    return true;
                }
            }
            return false;
        }
        if (agreement.has("direction")) {
            return home.equals(agreement.path("direction").path("home").asText())
                    && host.equals(agreement.path("direction").path("host").asText());
        }
        if ("LEVEL-REFERENCING".equals(id)) {
            return hostFrameworkExists(host);
        }
        if ("LRC-1997".equals(id)) {
            return isParty(parties, host);
        }
        return isParty(parties, home) && isParty(parties, host);
    }

    private boolean hostFrameworkExists(String host) {
        return kb.records("frameworks", "frameworks").stream().anyMatch(f ->
                contains(f.path("jurisdictions"), host) || contains(f.path("jurisdictions"), KnowledgeBase.country(host)));
    }

    /**
     * A {@code partyPairs} side: {@code AU-*} is any subdivision of AU (an Australian State or Territory); a plain code
     * also matches its subdivisions (P-01.5: a subdivision counts as its country, so {@code NZ} matches {@code NZ-AUK}).
     */
    private static boolean matchesParty(String pattern, String jurisdiction) {
        if (pattern.endsWith("-*")) {
            return jurisdiction.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        return pattern.equals(jurisdiction) || pattern.equals(KnowledgeBase.country(jurisdiction));
    }

    private static boolean isParty(JsonNode parties, String jurisdiction) {
        return contains(parties, jurisdiction) || contains(parties, KnowledgeBase.country(jurisdiction));
    }

    private boolean occupationCovered(JsonNode agreement, JsonNode application) {
        String isco = application.path("occupation").path("isco08").asText();
        return switch (agreement.path("occupationScope").asText()) {
            case "LISTED" -> contains(agreement.path("isco08"), isco);
            case "ALL_REGISTERED" -> holdsHomeRegistration(application, isco);
            default -> true;
        };
    }

    private static boolean holdsHomeRegistration(JsonNode application, String isco) {
        String home = application.path("home").asText();
        for (JsonNode r : application.path("registrations")) {
            if (home.equals(r.path("jurisdiction").asText()) && isco.equals(r.path("occupation").asText())) {
                return true;
            }
        }
        return false;
    }

    /** P-02: the agreement's version whose period contains submittedOn (Part 3 / Part 3A by model for AU-MRA-1992). */
    private Optional<JsonNode> versionInForce(JsonNode agreement, String model, JsonNode application) {
        LocalDate submitted = IsoDates.parse(application.path("submittedOn").asText());
        for (JsonNode v : agreement.path("ruleSetVersions")) {
            String id = v.path("id").asText();
            if ("AU-MRA-1992".equals(agreement.path("id").asText())) {
                boolean part3a = id.endsWith("/PART3A");
                if (part3a != "AUTOMATIC_MUTUAL_RECOGNITION".equals(model)) {
                    continue;
                }
            }
            LocalDate from = IsoDates.parse(v.path("from").asText());
            LocalDate to = v.path("to").isNull() || v.path("to").isMissingNode() ? null : IsoDates.parse(v.path("to").asText());
            if (!submitted.isBefore(from) && (to == null || !submitted.isAfter(to))) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** P-05.7: NOTIFICATION asks for Part 3A only, STANDARD for Part 3 only; without a procedure both are evaluated. */
    private static boolean procedureAllows(String model, JsonNode application) {
        String kind = application.path("procedure").path("kind").asText(null);
        if ("NOTIFICATION".equals(kind)) {
            return "AUTOMATIC_MUTUAL_RECOGNITION".equals(model);
        }
        if ("STANDARD".equals(kind)) {
            return "MUTUAL_RECOGNITION_PRINCIPLE".equals(model);
        }
        return true;
    }

    /** P-05.5: which models of the Directive apply to this application. */
    private boolean directiveModelApplies(String model, JsonNode application) {
        String isco = application.path("occupation").path("isco08").asText();
        return switch (model) {
            // the general system is also the fallback of the sectoral route (P-10.7): the sectoral rules withdraw it
            // when the sectoral route does not fall back
            case "GENERAL_SYSTEM" -> generalSystemApplies(application, isco) || SectoralQualifications.routeApplies(kb, application);
            case "SECTORAL_AUTOMATIC" -> SectoralQualifications.routeApplies(kb, application);
            case "EXPERIENCE_AUTOMATIC" -> ExperienceFacts.annexIvList(kb, isco).isPresent();
            default -> false;
        };
    }

    private boolean generalSystemApplies(JsonNode application, String isco) {
        return partialAccessApplies(application) || fullAccessApplies(application, isco);
    }

    /** P-05.5: partial access is evaluated for a PARTIAL request when the host has a host standard for the occupation. */
    private boolean partialAccessApplies(JsonNode application) {
        return "PARTIAL".equals(application.path("requestedScope").asText()) && hostStandard(application).isPresent();
    }

    /**
     * P-05.5, P-12.1: full access needs a qualification for a comparable occupation that counts as evidence of formal
     * qualifications: issued in a party of EU-2005-36, or third-country evidence recognised under Art. 3(3).
     */
    private boolean fullAccessApplies(JsonNode application, String isco) {
        List<String> comparable = hostStandard(application)
                .map(s -> strings(s.path("comparableOccupations")))
                .orElse(List.of(isco));
        ThirdCountryEvidence.Assessment counted = thirdCountry.assess(application);
        JsonNode qualifications = application.path("qualifications");
        for (int i = 0; i < qualifications.size(); i++) {
            if (comparable.contains(qualifications.get(i).path("occupation").asText()) && counted.counts(i)) {
                return true;
            }
        }
        return false;
    }

    /** The general-system candidates: the Art. 4f candidate for a PARTIAL request (P-13) and the full-access one. */
    private List<RouteCandidate> generalSystemCandidates(JsonNode application, JsonNode model, Optional<JsonNode> version) {
        String isco = application.path("occupation").path("isco08").asText();
        List<RouteCandidate> out = new ArrayList<>();
        String versionId = version.map(v -> v.path("id").asText()).orElse(null);
        String from = version.map(v -> v.path("from").asText()).orElse(null);
        if (partialAccessApplies(application)) {
            out.add(new RouteCandidate("EU-2005-36", model.path("model").asText(), model.path("legalBasis").asText(), versionId, from, true));
        }
        if (fullAccessApplies(application, isco)) {
            out.add(new RouteCandidate("EU-2005-36", model.path("model").asText(), model.path("legalBasis").asText(), versionId, from));
        }
        return out;
    }

    /**
     * P-05.6: whether any route of EU-2005-36 applies (sectoral, experience, general system, partial access), also when
     * the application names another agreement: the Treaty route is only for situations the Directive does not cover.
     */
    private boolean directiveApplies(JsonNode application) {
        Optional<JsonNode> directive = kb.agreement("EU-2005-36");
        if (directive.isEmpty() || !appliesTo(directive.get(), application)) {
            return false;
        }
        for (JsonNode model : directive.get().path("models")) {
            if (directiveModelApplies(model.path("model").asText(), application)) {
                return true;
            }
        }
        return false;
    }

    /** P-16.1: the host regulates the occupation (P-23.3) and the applicant is a national of a party of EU-2005-36. */
    private boolean treatyApplies(JsonNode application) {
        String host = application.path("host").asText();
        String isco = application.path("occupation").path("isco08").asText();
        Optional<JsonNode> status = kb.find("regulation-status", "records", "isco08", isco,
                r -> host.equals(r.path("jurisdiction").asText()));
        if (status.isEmpty()) {
            status = kb.find("regulation-status", "records", "isco08", isco,
                    r -> KnowledgeBase.country(host).equals(r.path("jurisdiction").asText()));
        }
        if (status.isPresent() && !status.get().path("regulated").asBoolean()) {
            return false;
        }
        for (JsonNode citizenship : application.path("applicant").path("citizenships")) {
            if (isDirectiveParty(citizenship.asText())) {
                return true;
            }
        }
        return false;
    }

    private Optional<JsonNode> hostStandard(JsonNode application) {
        return kb.hostStandard(application.path("host").asText(), application.path("occupation").path("isco08").asText());
    }

    private boolean isDirectiveParty(String country) {
        return kb.agreement("EU-2005-36").map(a -> isParty(a.path("parties"), country)).orElse(false);
    }
}
