package org.mutualrecognition.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.mutualrecognition.agreements.RouteCandidate;
import org.mutualrecognition.decision.DecisionTables;
import org.mutualrecognition.decision.TableReasons;
import org.mutualrecognition.decision.TableResult;
import org.mutualrecognition.decision.facts.CertifiedPractice;
import org.mutualrecognition.decision.facts.SectoralMinimum;
import org.mutualrecognition.decision.facts.SectoralTitle;
import org.mutualrecognition.knowledge.KnowledgeBase;

/**
 * Prepares the facts the sectoral rules (rules/eu/sectoral.drl, P-10) judge: every qualification of the applicant for
 * a sectoral profession that the route may consider (P-10.8), the Annex V minima of its profession in the text version
 * in force (eu-sectoral-minima.dmn, P-02.3), the awarding country's reference date and matching specific
 * acquired-rights rule (sectoral-minimum-training.json), the practice certified for acquired rights (Art. 23, P-10.4,
 * P-06), the home registrations relied upon (P-04.4) and the language requirement (P-15). Look-ups and arithmetic only.
 */
public final class SectoralFacts implements FactPreparer {

    public static final String ROUTE = "SECTORAL_AUTOMATIC";
    private static final Set<String> CERTIFICATE_KINDS = Set.of("ISSUER_CONFIRMATION", "REGISTER_LOOKUP");
    /** Art. 23(1): the certificate covers the five years preceding its date (window encoding P-06.5). */
    private static final int ACQUIRED_RIGHTS_WINDOW_YEARS = 5;

    private final KnowledgeBase kb;
    private final DecisionTables tables;

    public SectoralFacts(KnowledgeBase kb, DecisionTables tables) {
        this.kb = kb;
        this.tables = tables;
    }

    @Override
    public boolean serves(RouteCandidate route) {
        return ROUTE.equals(route.model()) && SectoralQualifications.AGREEMENT.equals(route.agreement());
    }

    @Override
    public PreparedFacts prepare(JsonNode app, RouteCandidate route) {
        PreparedFacts facts = new PreparedFacts();
        String hostIsco = app.path("occupation").path("isco08").asText();
        facts.add(RegulationStatus.ofHost(kb, app.path("host").asText(), hostIsco)); // P-23.3, rule EU-SECT-002
        Map<String, List<SectoralMinimum>> minimaByProfession = new HashMap<>();
        Set<String> certifiedOccupations = new TreeSet<>();

        JsonNode qualifications = app.path("qualifications");
        for (int i = 0; i < qualifications.size(); i++) {
            JsonNode q = qualifications.get(i);
            String isco = q.path("occupation").asText();
            Optional<JsonNode> profession = SectoralQualifications.profession(kb, isco);
            if (profession.isEmpty() || !SectoralQualifications.considered(kb, app, i)) {
                continue;
            }
            String professionId = profession.get().path("id").asText();
            if (route.versionId() != null && !minimaByProfession.containsKey(professionId)) {
                List<SectoralMinimum> minima = minima(professionId, route.versionId(), facts);
                minimaByProfession.put(professionId, minima);
                minima.forEach(facts::add);
            }
            String country = q.path("country").asText();
            JsonNode hours = q.path("hours");
            facts.add(new SectoralTitle(i, q.path("title").asText(), isco, professionId, hostIsco.equals(isco),
                    q.path("listedTitle").asBoolean(false), country, ApplicationFields.date(q, "startedOn"),
                    referenceDate(country, professionId), ApplicationFields.number(q, "durationYears"),
                    q.hasNonNull("fullTime") ? q.get("fullTime").asBoolean() : null,
                    ApplicationFields.number(hours, "total"), ApplicationFields.number(hours, "theory"),
                    ApplicationFields.number(hours, "practical"), ApplicationFields.number(q, "entryRequirement"),
                    ApplicationFields.number(q, "traineeshipMonths"), EvidenceStatus.established(q.path("evidence")),
                    specificRule(q).orElse(null)));
            certifiedOccupations.add(isco);
        }
        for (String isco : certifiedOccupations) {
            certifiedPractice(app, isco).forEach(facts::add);
        }
        HomeRegistrationEvidence.add(app, ROUTE, facts);
        LanguageNeeds.of(kb, app).ifPresent(facts::add);
        return facts;
    }

    /** eu-sectoral-minima.dmn: every training route of the profession in the text version in force. */
    private List<SectoralMinimum> minima(String profession, String textVersion, PreparedFacts facts) {
        TableResult result = tables.evaluate("eu-sectoral-minima", "Sectoral minima",
                Map.of("profession", profession, "textVersion", textVersion));
        facts.addReasons(TableReasons.of(result, "Annex V minimum training conditions of " + profession + " in "
                + textVersion + "."));
        List<SectoralMinimum> out = new ArrayList<>();
        List<?> rows = QualificationLevels.asList(result.result());
        for (int i = 0; i < rows.size(); i++) {
            Map<?, ?> r = (Map<?, ?>) rows.get(i);
            BigDecimal[] theory = fraction(r.get("theoryShare"));
            BigDecimal[] practical = fraction(r.get("practicalShare"));
            String rowId = i < result.matchedRows().size() ? result.matchedRows().get(i).ruleId() : null;
            out.add(new SectoralMinimum(rowId, profession, textVersion, String.valueOf(r.get("route")),
                    number(r.get("minYears")), number(r.get("minMonths")), number(r.get("minHours")),
                    (String) r.get("combine"), theory[0], theory[1], practical[0], practical[1],
                    number(r.get("minEntryRequirementYears")), number(r.get("minTraineeshipMonths")),
                    Boolean.TRUE.equals(r.get("fullTimeRequired")), (String) r.get("prerequisite")));
        }
        return out;
    }

    /** Annex V reference date of the awarding country for the profession (a country's ALL record otherwise). */
    private LocalDate referenceDate(String country, String profession) {
        String c = KnowledgeBase.country(country);
        Optional<JsonNode> exact = kb.find("sectoral-minimum-training", "referenceDates", "country", c,
                d -> profession.equals(d.path("profession").asText()));
        Optional<JsonNode> any = exact.isPresent() ? exact : kb.find("sectoral-minimum-training", "referenceDates",
                "country", c, d -> "ALL".equals(d.path("profession").asText()));
        return any.map(d -> IsoDates.parse(d.path("date").asText())).orElse(null);
    }

    /** P-10.5: the specific acquired-rights rule whose appliesTo (country, isco08, listedTitle, iscedLevel) the title matches. */
    private Optional<String> specificRule(JsonNode q) {
        return kb.find("sectoral-minimum-training", "acquiredRights", rule -> {
            JsonNode applies = rule.path("appliesTo");
            if (!applies.isObject()) {
                return false;
            }
            if (applies.has("country") && !applies.path("country").asText().equals(KnowledgeBase.country(q.path("country").asText()))) {
                return false;
            }
            if (applies.has("isco08") && !applies.path("isco08").asText().equals(q.path("occupation").asText())) {
                return false;
            }
            if (applies.has("listedTitle") && applies.path("listedTitle").asBoolean() != q.path("listedTitle").asBoolean(false)) {
                return false;
            }
            return !applies.has("iscedLevel") || (q.has("iscedLevel") && applies.path("iscedLevel").asInt() == q.path("iscedLevel").asInt());
        }).map(rule -> rule.path("id").asText());
    }

    /**
     * P-10.4 with P-06: experience records of the occupation in the home jurisdiction whose evidence is an established
     * ISSUER_CONFIRMATION or REGISTER_LOOKUP with issuedOn; per certificate date, the parts of the periods inside
     * [date - 5 years, date], merged.
     */
    private List<CertifiedPractice> certifiedPractice(JsonNode app, String isco) {
        String home = KnowledgeBase.country(app.path("home").asText());
        LocalDate submitted = IsoDates.parse(app.path("submittedOn").asText());
        Map<String, String> groupOfCapacity = ExperienceFacts.capacityGroups(kb);
        // P-06.2: periods merge per certificate and capacity group (self-employed or manager / employed / executive)
        Map<LocalDate, Map<String, List<Period>>> byCertificate = new LinkedHashMap<>();
        Map<LocalDate, List<String>> records = new LinkedHashMap<>();
        JsonNode experience = app.path("experience");
        for (int i = 0; i < experience.size(); i++) {
            JsonNode e = experience.get(i);
            JsonNode evidence = e.path("evidence");
            LocalDate issued = ApplicationFields.date(evidence, "issuedOn");
            if (!isco.equals(e.path("occupation").asText()) || !home.equals(KnowledgeBase.country(e.path("jurisdiction").asText()))
                    || !CERTIFICATE_KINDS.contains(evidence.path("kind").asText()) || !EvidenceStatus.established(evidence)
                    || issued == null || "TRAINEE".equals(e.path("capacity").asText())) {
                continue;
            }
            LocalDate from = ApplicationFields.date(e, "from");
            LocalDate to = TimeArithmetic.endOrSubmitted(ApplicationFields.date(e, "to"), submitted);
            if (to.isBefore(from)) {
                continue;
            }
            BigDecimal fte = e.hasNonNull("fte") ? e.get("fte").decimalValue() : BigDecimal.ONE;
            LocalDate windowFrom = issued.minusYears(ACQUIRED_RIGHTS_WINDOW_YEARS);
            Optional<Period> inside = TimeArithmetic.clip(new Period(from, to, fte), windowFrom, issued);
            if (inside.isPresent()) {
                String capacity = e.path("capacity").asText();
                byCertificate.computeIfAbsent(issued, d -> new LinkedHashMap<>())
                        .computeIfAbsent(groupOfCapacity.getOrDefault(capacity, capacity), g -> new ArrayList<>()).add(inside.get());
                records.computeIfAbsent(issued, d -> new ArrayList<>()).add("/experience/" + i);
            }
        }
        List<CertifiedPractice> out = new ArrayList<>();
        byCertificate.forEach((issued, groups) -> groups.values().forEach(periods -> {
            for (MergedPeriod m : TimeArithmetic.merge(periods)) {
                out.add(new CertifiedPractice(isco, issued, issued.minusYears(ACQUIRED_RIGHTS_WINDOW_YEARS), m.from(), m.to(),
                        TimeArithmetic.wholeMonths(m.from(), m.to()), m.fullTime(), TimeArithmetic.fteDays(m.parts()),
                        records.get(issued)));
            }
        }));
        return out;
    }

    private static BigDecimal number(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal b ? b : new BigDecimal(String.valueOf(value));
    }

    /** "1/3" -> {1, 3}; null -> {null, null}. */
    private static BigDecimal[] fraction(Object value) {
        if (value == null) {
            return new BigDecimal[] {null, null};
        }
        String[] parts = String.valueOf(value).split("/");
        return new BigDecimal[] {new BigDecimal(parts[0].trim()), new BigDecimal(parts[1].trim())};
    }
}
