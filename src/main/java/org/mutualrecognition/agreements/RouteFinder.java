package org.mutualrecognition.agreements;

import static org.mutualrecognition.knowledge.JsonArrays.contains;
import static org.mutualrecognition.knowledge.JsonArrays.strings;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mutualrecognition.decision.DecisionTables;
import org.mutualrecognition.evidence.EvidenceStatus;
import org.mutualrecognition.evidence.ExperienceFacts;
import org.mutualrecognition.evidence.IsoDates;
import org.mutualrecognition.evidence.LisbonFacts;
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
 *
 * <p>One {@link Search} per application remembers what it has judged (the Directive's models are asked about for
 * their own candidates and again for the Treaty route), and each agreement's parties are a set read once.
 */
public final class RouteFinder {

    private final KnowledgeBase kb;
    private final ThirdCountryEvidence thirdCountry;
    /** Each agreement's {@code parties}, by agreement id. */
    private final Map<String, Set<String>> parties = new HashMap<>();

    public RouteFinder(KnowledgeBase kb, DecisionTables tables) {
        this.kb = kb;
        this.thirdCountry = new ThirdCountryEvidence(kb, tables);
        for (JsonNode agreement : kb.records("agreements", "agreements")) {
            parties.put(agreement.path("id").asText(), new HashSet<>(strings(agreement.path("parties"))));
        }
    }

    public RouteDiscovery find(JsonNode application) {
        return new Search(application).routes();
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

    /**
     * P-01.5, P-18.1: home and host must differ as parties of the agreement. A subdivision counts as its country where
     * the agreement's parties are countries ({@code MY-10} to {@code MY} is no ASEAN case, {@code GB-SCT} to {@code GB}
     * no Lisbon case), while Australia's States and Territories are parties of their own; an agreement without a list
     * of parties (level referencing, whose parties are the frameworks' jurisdictions) compares the codes.
     */
    private boolean sameParty(String agreementId, String home, String host) {
        Set<String> of = parties.getOrDefault(agreementId, Set.of());
        if (home.equals(host)) {
            return true;
        }
        return !of.isEmpty() && partyCode(of, home).equals(partyCode(of, host));
    }

    private static String partyCode(Set<String> parties, String jurisdiction) {
        return parties.contains(jurisdiction) ? jurisdiction : KnowledgeBase.country(jurisdiction);
    }

    /** Whether the jurisdiction, or the country it is a subdivision of (P-01.5), is a party of the agreement. */
    private boolean isParty(String agreementId, String jurisdiction) {
        Set<String> of = parties.getOrDefault(agreementId, Set.of());
        return of.contains(jurisdiction) || of.contains(KnowledgeBase.country(jurisdiction));
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

    /** The routes of one application; what it has judged once it does not judge again. */
    private final class Search {

        private final JsonNode application;
        private final String home;
        private final String host;
        private final String isco;
        private LocalDate submitted;
        private Optional<JsonNode> hostStandard;
        private Boolean fullAccess;
        private Boolean sectoralRoute;

        Search(JsonNode application) {
            this.application = application;
            this.home = application.path("home").asText();
            this.host = application.path("host").asText();
            this.isco = application.path("occupation").path("isco08").asText();
        }

        RouteDiscovery routes() {
            String named = application.path("agreement").asText(null);
            List<RouteCandidate> candidates = new ArrayList<>();
            boolean directiveRoute = false;
            JsonNode treaty = null;
            for (JsonNode agreement : kb.records("agreements", "agreements")) {
                String id = agreement.path("id").asText();
                boolean applies = (named == null || named.equals(id)) && appliesTo(agreement);
                boolean refugeeProcedureOnly = !applies && refugeeProcedure(agreement);
                if (!applies && !refugeeProcedureOnly) {
                    continue;
                }
                if ("EU-TFEU".equals(id)) {
                    treaty = agreement;
                    continue;
                }
                for (JsonNode model : agreement.path("models")) {
                    String modelName = model.path("model").asText();
                    Optional<JsonNode> version = versionInForce(agreement, modelName);
                    if (version.isEmpty() && !"EU-2005-36".equals(id)) {
                        continue;
                    }
                    if ("EU-2005-36".equals(id) && !directiveModelApplies(modelName)) {
                        continue;
                    }
                    if ("EU-2005-36".equals(id) && "GENERAL_SYSTEM".equals(modelName)) {
                        List<RouteCandidate> general = generalSystemCandidates(model, version);
                        candidates.addAll(general);
                        directiveRoute |= !general.isEmpty();
                        continue;
                    }
                    if ("AU-MRA-1992".equals(id) && !procedureAllows(modelName, application)) {
                        continue;
                    }
                    candidates.add(new RouteCandidate(id, modelName, model.path("legalBasis").asText(),
                            version.map(v -> v.path("id").asText()).orElse(null),
                            version.map(v -> v.path("from").asText()).orElse(null), false, refugeeProcedureOnly));
                    directiveRoute |= "EU-2005-36".equals(id);
                }
            }
            if (treaty != null && !directiveRoute && !directiveApplies() && treatyApplies()) {
                JsonNode model = treaty.path("models").get(0);
                Optional<JsonNode> version = versionInForce(treaty, model.path("model").asText());
                if (version.isPresent()) {
                    candidates.add(new RouteCandidate("EU-TFEU", model.path("model").asText(), model.path("legalBasis").asText(),
                            version.get().path("id").asText(), version.get().path("from").asText()));
                }
            }
            String notApplicable = named != null && candidates.isEmpty() ? named : null;
            return new RouteDiscovery(candidates, notApplicable);
        }

        private boolean appliesTo(JsonNode agreement) {
            if (sameParty(agreement.path("id").asText(), home, host)) {
                return false;
            }
            if (!contains(agreement.path("purposes"), application.path("purpose").asText())) {
                return false;
            }
            return partiesMatch(agreement) && occupationCovered(agreement);
        }

        /**
         * P-04.6: a refugee whose qualification is not established goes through the refugee procedure of the Lisbon
         * Recognition Convention, whatever the purpose and whichever agreement was named; the host must be a party
         * (P-05.1). Only a qualification the route may assess counts (P-04.1, {@link LisbonFacts#assessable}).
         */
        private boolean refugeeProcedure(JsonNode agreement) {
            if (!"LRC-1997".equals(agreement.path("id").asText()) || !application.path("applicant").path("refugee").asBoolean(false)) {
                return false;
            }
            if (sameParty("LRC-1997", home, host) || !isParty("LRC-1997", host)) {
                return false;
            }
            JsonNode qualifications = application.path("qualifications");
            for (int i : LisbonFacts.assessable(application)) {
                if (!EvidenceStatus.established(qualifications.get(i).path("evidence"))) {
                    return true;
                }
            }
            return false;
        }

        private boolean partiesMatch(JsonNode agreement) {
            String id = agreement.path("id").asText();
            if (agreement.has("partyPairs")) {
                for (JsonNode pair : agreement.path("partyPairs")) {
                    if (matchesParty(pair.get(0).asText(), home) && matchesParty(pair.get(1).asText(), host)) {
                        return true;
                    }
                }
                return false;
            }
            if (agreement.has("direction")) {
                // P-01.5: a subdivision counts as its country (IN-MH → AE-DU is an IN → AE benchmark case)
                return matchesParty(agreement.path("direction").path("home").asText(), home)
                        && matchesParty(agreement.path("direction").path("host").asText(), host);
            }
            if ("LEVEL-REFERENCING".equals(id)) {
                // parties rule: any jurisdiction that has a framework; home and host alike (P-05.1)
                return hasFramework(home) && hasFramework(host);
            }
            if ("LRC-1997".equals(id)) {
                return isParty(id, host);
            }
            return isParty(id, home) && isParty(id, host);
        }

        /** A jurisdiction with a framework of its own or of its country (P-22.2: GB-SCT has UK-SCQF, GB has none). */
        private boolean hasFramework(String jurisdiction) {
            return kb.records("frameworks", "frameworks").stream().anyMatch(f -> contains(f.path("jurisdictions"), jurisdiction)
                    || contains(f.path("jurisdictions"), KnowledgeBase.country(jurisdiction)));
        }

        private boolean occupationCovered(JsonNode agreement) {
            return switch (agreement.path("occupationScope").asText()) {
                case "LISTED" -> contains(agreement.path("isco08"), isco);
                case "ALL_REGISTERED" -> holdsHomeRegistration();
                default -> true;
            };
        }

        private boolean holdsHomeRegistration() {
            for (JsonNode r : application.path("registrations")) {
                if (home.equals(r.path("jurisdiction").asText()) && isco.equals(r.path("occupation").asText())) {
                    return true;
                }
            }
            return false;
        }

        /** P-02: the agreement's version whose period contains submittedOn (Part 3 / Part 3A by model for AU-MRA-1992). */
        private Optional<JsonNode> versionInForce(JsonNode agreement, String model) {
            LocalDate submitted = submittedOn();
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

        private LocalDate submittedOn() {
            if (submitted == null) {
                submitted = IsoDates.parse(application.path("submittedOn").asText());
            }
            return submitted;
        }

        /** P-05.5: which models of the Directive apply to this application. */
        private boolean directiveModelApplies(String model) {
            return switch (model) {
                // the general system is also the fallback of the sectoral route (P-10.7): the sectoral rules withdraw
                // it when the sectoral route does not fall back
                case "GENERAL_SYSTEM" -> partialAccessApplies() || fullAccessApplies() || sectoralRouteApplies();
                case "SECTORAL_AUTOMATIC" -> sectoralRouteApplies();
                case "EXPERIENCE_AUTOMATIC" -> ExperienceFacts.annexIvList(kb, isco).isPresent();
                default -> false;
            };
        }

        private boolean sectoralRouteApplies() {
            if (sectoralRoute == null) {
                sectoralRoute = SectoralQualifications.routeApplies(kb, application);
            }
            return sectoralRoute;
        }

        /** P-05.5: partial access is evaluated for a PARTIAL request when the host has a host standard for the occupation. */
        private boolean partialAccessApplies() {
            return "PARTIAL".equals(application.path("requestedScope").asText()) && hostStandard().isPresent();
        }

        /**
         * P-05.5, P-12.1: full access needs a qualification for a comparable occupation that counts as evidence of
         * formal qualifications: issued in a party of EU-2005-36, or third-country evidence recognised under Art. 3(3).
         */
        private boolean fullAccessApplies() {
            if (fullAccess == null) {
                fullAccess = comparableQualificationCounts();
            }
            return fullAccess;
        }

        private boolean comparableQualificationCounts() {
            List<String> comparable = hostStandard()
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
        private List<RouteCandidate> generalSystemCandidates(JsonNode model, Optional<JsonNode> version) {
            List<RouteCandidate> out = new ArrayList<>();
            String versionId = version.map(v -> v.path("id").asText()).orElse(null);
            String from = version.map(v -> v.path("from").asText()).orElse(null);
            if (partialAccessApplies()) {
                out.add(new RouteCandidate("EU-2005-36", model.path("model").asText(), model.path("legalBasis").asText(), versionId, from, true));
            }
            if (fullAccessApplies()) {
                out.add(new RouteCandidate("EU-2005-36", model.path("model").asText(), model.path("legalBasis").asText(), versionId, from));
            }
            return out;
        }

        /**
         * P-05.6: whether any route of EU-2005-36 applies (sectoral, experience, general system, partial access), also
         * when the application names another agreement: the Treaty route is only for situations the Directive does not
         * cover.
         */
        private boolean directiveApplies() {
            Optional<JsonNode> directive = kb.agreement("EU-2005-36");
            if (directive.isEmpty() || !appliesTo(directive.get())) {
                return false;
            }
            for (JsonNode model : directive.get().path("models")) {
                if (directiveModelApplies(model.path("model").asText())) {
                    return true;
                }
            }
            return false;
        }

        /** P-16.1: the host regulates the occupation (P-23.3) and the applicant is a national of a party of EU-2005-36. */
        private boolean treatyApplies() {
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
                if (isParty("EU-2005-36", citizenship.asText())) {
                    return true;
                }
            }
            return false;
        }

        private Optional<JsonNode> hostStandard() {
            if (hostStandard == null) {
                hostStandard = kb.hostStandard(host, isco);
            }
            return hostStandard;
        }
    }
}
