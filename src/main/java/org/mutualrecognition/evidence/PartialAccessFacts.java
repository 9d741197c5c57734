package org.mutualrecognition.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mutualrecognition.agreements.RouteCandidate;
import org.mutualrecognition.decision.DecisionTables;
import org.mutualrecognition.decision.TableReasons;
import org.mutualrecognition.decision.TableResult;
import org.mutualrecognition.decision.facts.EvidenceGap;
import org.mutualrecognition.decision.facts.PartialAccessCase;
import org.mutualrecognition.knowledge.KnowledgeBase;

/**
 * Facts for partial access (Art. 4f, P-13; rules/eu/partial-access.drl), keyed PARTIAL_ACCESS: the host standard's
 * matters against the qualifications that count (P-12.1, P-12.4; experience is listed but does not reduce condition
 * (b)), the home occupation the applicant's qualifications are for, its registration and regulation at home (P-23.2),
 * the evidence relied upon (P-04; good standing of the home registration for the home occupation, P-04.4), the
 * level payload (P-05.5) and the unit weights of eu-partial-access.dmn.
 */
public final class PartialAccessFacts implements FactPreparer {

    public static final String ROUTE = "PARTIAL_ACCESS";

    private final KnowledgeBase kb;
    private final DecisionTables tables;
    private final GeneralSystemFacts generalSystem;
    private final QualificationLevels levels;
    private final ThirdCountryEvidence thirdCountry;

    public PartialAccessFacts(KnowledgeBase kb, DecisionTables tables) {
        this.kb = kb;
        this.tables = tables;
        this.generalSystem = new GeneralSystemFacts(kb, tables);
        this.levels = new QualificationLevels(tables);
        this.thirdCountry = new ThirdCountryEvidence(kb, tables);
    }

    @Override
    public boolean serves(RouteCandidate route) {
        return GeneralSystemFacts.ROUTE.equals(route.model()) && route.partialAccess();
    }

    @Override
    public PreparedFacts prepare(JsonNode app, RouteCandidate route) {
        PreparedFacts facts = new PreparedFacts();
        String host = app.path("host").asText();
        String home = app.path("home").asText();
        String isco = app.path("occupation").path("isco08").asText();
        LocalDate submitted = IsoDates.parse(app.path("submittedOn").asText());
        Optional<JsonNode> found = generalSystem.hostStandard(host, isco);
        if (found.isEmpty()) {
            return facts;
        }
        JsonNode standard = found.get();
        ThirdCountryEvidence.Assessment counted = thirdCountry.assess(app);
        facts.addReasons(counted.reasons());

        JsonNode qualifications = app.path("qualifications");
        List<String> occupations = new ArrayList<>();
        for (int i = 0; i < qualifications.size(); i++) {
            String occupation = qualifications.get(i).path("occupation").asText(null);
            if (occupation != null && counted.counts(i) && !occupations.contains(occupation)) {
                occupations.add(occupation);
            }
        }
        String homeOccupation = occupations.stream().filter(o -> activeHomeRegistration(app, home, o)).findFirst()
                .orElse(occupations.isEmpty() ? firstHomeRegistrationOccupation(app, home) : occupations.get(0));

        String applicantLevel = null;
        ComparableQualifications established = new ComparableQualifications();
        Map<Integer, String> unestablished = new LinkedHashMap<>();
        for (int i = 0; i < qualifications.size(); i++) {
            JsonNode q = qualifications.get(i);
            if (homeOccupation == null || !homeOccupation.equals(q.path("occupation").asText()) || !counted.counts(i)) {
                continue;
            }
            String level = levels.directiveLevel(q, facts);
            applicantLevel = ComparableQualifications.higher(applicantLevel, level);
            if (EvidenceStatus.established(q.path("evidence"))) {
                established.add(level, false);
            } else {
                unestablished.put(i, level);
            }
        }
        // P-04.1: only a qualification that would change the applicant's level (or the only ones) is asked for
        unestablished.forEach((i, level) -> {
            if (counted.isRecognitionRecord(i) || established.needs(level)) {
                facts.add(EvidenceGap.notEstablished(ROUTE, "/qualifications/" + i + "/evidence",
                        "qualification " + qualifications.get(i).path("title").asText()));
            }
        });
        JsonNode registrations = app.path("registrations");
        for (int i = 0; i < registrations.size(); i++) {
            JsonNode r = registrations.get(i);
            if (!home.equals(r.path("jurisdiction").asText()) || homeOccupation == null
                    || !homeOccupation.equals(r.path("occupation").asText())) {
                continue;
            }
            if (!EvidenceStatus.established(r.path("evidence"))) {
                facts.add(EvidenceGap.notEstablished(ROUTE, "/registrations/" + i + "/evidence", "home registration"));
            }
            if (r.has("goodStandingIssuedOn")) {
                long age = ChronoUnit.DAYS.between(IsoDates.parse(r.path("goodStandingIssuedOn").asText()), submitted);
                facts.add(EvidenceGap.goodStanding(ROUTE, "/registrations/" + i + "/goodStandingIssuedOn", age));
            }
        }

        boolean active = homeOccupation != null && activeHomeRegistration(app, home, homeOccupation);
        Optional<JsonNode> record = homeOccupation == null ? Optional.empty() : RegulationStatus.record(kb, home, homeOccupation);
        boolean homeRegulates = record.map(r -> r.path("regulated").asBoolean()).orElse(active);
        String basis = record.isPresent() ? "regulation-status.json"
                : active ? "an active home registration" : "no record and no active home registration";

        Map<String, BigDecimal> hoursPerUnit = new LinkedHashMap<>();
        for (JsonNode matter : standard.path("matters")) {
            facts.add(GeneralSystemFacts.compare(app, matter, ROUTE, counted::counts));
            String unit = matter.path("unit").asText();
            if (!hoursPerUnit.containsKey(unit)) {
                TableResult weight = tables.evaluate("eu-partial-access", "Hours per unit", Map.of("unit", unit));
                hoursPerUnit.put(unit, new BigDecimal(String.valueOf(weight.result())));
                facts.addReasons(TableReasons.of(weight, "One " + unit + " unit counts as " + weight.result() + " hours in the Art. 4f(1)(b) sums."));
            }
        }
        List<String> requested = new ArrayList<>();
        app.path("occupation").path("activities").forEach(a -> requested.add(a.asText()));
        List<String> separable = new ArrayList<>();
        standard.path("separableActivities").forEach(a -> separable.add(a.asText()));

        facts.add(new PartialAccessCase(standard.path("id").asText(), RegulationStatus.ofHost(kb, host, isco).isRegulated(),
                requested, separable, homeOccupation, homeOccupation != null && occupations.contains(homeOccupation),
                active, homeRegulates, basis, applicantLevel,
                standard.path("requiredQualification").path("directiveLevel").asText(null), hoursPerUnit));
        LanguageNeeds.of(kb, app).ifPresent(facts::add);
        return facts;
    }

    private static boolean activeHomeRegistration(JsonNode app, String home, String occupation) {
        for (JsonNode r : app.path("registrations")) {
            if (home.equals(r.path("jurisdiction").asText()) && occupation.equals(r.path("occupation").asText())
                    && "ACTIVE".equals(r.path("status").asText())) {
                return true;
            }
        }
        return false;
    }

    private static String firstHomeRegistrationOccupation(JsonNode app, String home) {
        for (JsonNode r : app.path("registrations")) {
            if (home.equals(r.path("jurisdiction").asText())) {
                return r.path("occupation").asText(null);
            }
        }
        return null;
    }
}
