package org.mutualrecognition.evidence;

import static org.mutualrecognition.knowledge.JsonArrays.contains;
import static org.mutualrecognition.knowledge.JsonArrays.strings;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import org.mutualrecognition.agreements.RouteCandidate;
import org.mutualrecognition.decision.DecisionTables;
import org.mutualrecognition.decision.TableReasons;
import org.mutualrecognition.decision.TableResult;
import org.mutualrecognition.decision.facts.DirectiveLevels;
import org.mutualrecognition.decision.facts.EvidenceGap;
import org.mutualrecognition.decision.facts.HomeRegulation;
import org.mutualrecognition.decision.facts.HostStandard;
import org.mutualrecognition.decision.facts.MatterComparison;
import org.mutualrecognition.decision.facts.MeasurePolicy;
import org.mutualrecognition.knowledge.KnowledgeBase;

/**
 * Prepares the facts the general-system rules (rules/eu/general-system.drl) judge: the host standard, each host matter
 * against the applicant's amounts and validated cover, Art. 11 levels, home and host regulation, the evidence the
 * route relies on, the measure policy row and the language requirement. Sums and look-ups only; no judgement.
 */
public final class GeneralSystemFacts implements FactPreparer {

    public static final String ROUTE = "GENERAL_SYSTEM";

    private final KnowledgeBase kb;
    private final DecisionTables tables;
    private final QualificationLevels levels;
    private final ThirdCountryEvidence thirdCountry;

    public GeneralSystemFacts(KnowledgeBase kb, DecisionTables tables) {
        this.kb = kb;
        this.tables = tables;
        this.levels = new QualificationLevels(tables);
        this.thirdCountry = new ThirdCountryEvidence(kb, tables);
    }

    @Override
    public boolean serves(RouteCandidate route) {
        return ROUTE.equals(route.model()) && !route.partialAccess();
    }

    @Override
    public PreparedFacts prepare(JsonNode app, RouteCandidate route) {
        // P-12.1: a third-country qualification counts only under Art. 3(3)
        ThirdCountryEvidence.Assessment counted = thirdCountry.assess(app);
        PreparedFacts facts = prepare(app, route, ROUTE, counted::counts, counted::isRecognitionRecord,
                counted::unverifiedPracticeFor);
        facts.addReasons(counted.reasons());
        return facts;
    }

    /**
     * The general-system facts keyed by {@code key} (the route field of the keyed facts), counting the qualifications
     * {@code counts} accepts: the general system itself, and the Treaty comparison (P-16.2), which counts every diploma.
     * {@code reliedOn}: qualifications whose evidence is needed whatever their level, the Member-State records through
     * which a third-country qualification counts (Art. 3(3), P-12.1). {@code unverifiedPractice}: for a qualification
     * that does not count, the certified practice not established with which it would (Art. 3(3)); asked for when the
     * qualification would be needed as an unverified one is (P-04.1).
     */
    PreparedFacts prepare(JsonNode app, RouteCandidate route, String key, IntPredicate counts, IntPredicate reliedOn,
                          IntFunction<List<String>> unverifiedPractice) {
        PreparedFacts facts = new PreparedFacts();
        String host = app.path("host").asText();
        String home = app.path("home").asText();
        String isco = app.path("occupation").path("isco08").asText();
        LocalDate submitted = IsoDates.parse(app.path("submittedOn").asText());
        Optional<JsonNode> standard = hostStandard(host, isco);

        facts.add(RegulationStatus.ofHost(kb, host, isco));
        List<String> comparable = standard.map(s -> strings(s.path("comparableOccupations"))).orElse(List.of(isco));

        String applicantLevel = null;
        boolean regulatedEducation = false;
        ComparableQualifications established = new ComparableQualifications();
        List<Integer> unestablished = new ArrayList<>();
        Map<Integer, String> levelOf = new HashMap<>();
        List<Integer> countingIfPracticeVerified = new ArrayList<>();
        JsonNode qualifications = app.path("qualifications");
        for (int i = 0; i < qualifications.size(); i++) {
            JsonNode q = qualifications.get(i);
            if (!comparable.contains(q.path("occupation").asText())) {
                continue;
            }
            if (!counts.test(i)) {
                if (!unverifiedPractice.apply(i).isEmpty()) {
                    countingIfPracticeVerified.add(i);
                }
                continue;
            }
            String level = levels.directiveLevel(q, facts);
            levelOf.put(i, level);
            applicantLevel = ComparableQualifications.higher(applicantLevel, level);
            regulatedEducation |= q.path("regulatedEducation").asBoolean(false);
            if (EvidenceStatus.established(q.path("evidence"))) {
                established.add(level, q.path("regulatedEducation").asBoolean(false));
            } else {
                unestablished.add(i);
            }
        }
        for (int i : unestablished) {
            JsonNode q = qualifications.get(i);
            String item = "/qualifications/" + i + "/evidence";
            if (reliedOn.test(i) || established.needs(levelOf.get(i))) {
                facts.add(EvidenceGap.notEstablished(key, item, "qualification " + q.path("title").asText()));
            } else if (q.path("regulatedEducation").asBoolean(false) && !established.regulatedEducation()) {
                // needed only where Art. 13(2) relies on it: the rules decide (EU-GS-015)
                facts.add(new EvidenceGap(key, "REGULATED_EDUCATION_NOT_ESTABLISHED", item,
                        "qualification " + q.path("title").asText() + " (regulated education)", 0));
            }
        }
        for (int i : countingIfPracticeVerified) {
            JsonNode q = qualifications.get(i);
            if (established.needs(levels.directiveLevel(q, new PreparedFacts()))) {
                for (String item : unverifiedPractice.apply(i)) {
                    facts.add(EvidenceGap.notEstablished(key, item, "certified practice through which qualification "
                            + q.path("title").asText() + " counts under Art. 3(3)"));
                }
            }
        }
        HomeRegistrationEvidence.add(app, key, facts);
        addPracticeEvidence(app, isco, submitted, facts, key);
        facts.add(homeRegulation(app, home, isco, submitted, regulatedEducation, established.regulatedEducation()));

        if (standard.isPresent()) {
            JsonNode s = standard.get();
            JsonNode policy = s.path("measurePolicy");
            String required = s.path("requiredQualification").path("directiveLevel").asText(null);
            facts.add(new HostStandard(s.path("id").asText(), required, policy.path("nationalLawProfession").asBoolean(),
                    policy.path("measureChoice").asText(), policy.path("stipulatedMeasure").asText(),
                    policy.path("imposeBothForLevelAvsD").asBoolean(), policy.path("refuseLevelAWhereLevelERequired").asBoolean(),
                    strings(s.path("separableActivities"))));
            facts.add(new DirectiveLevels(key, applicantLevel, required));
            for (JsonNode matter : s.path("matters")) {
                facts.add(compare(app, matter, key, counts));
            }
            // no version in force (before 2007-10-20, P-02.2): the rules refer the case; no text to choose a measure by
            if (ROUTE.equals(key) && applicantLevel != null && required != null && route.versionId() != null) {
                facts.add(measurePolicy(route, s, applicantLevel, required, false, facts));
                if (SectoralQualifications.isSectoralOccupation(kb, isco)) {
                    // P-10.7: the row for the sectoral fallback too; rules/eu/sectoral.drl keeps the one that applies
                    facts.add(measurePolicy(route, s, applicantLevel, required, true, facts));
                }
            }
        } else {
            facts.add(new DirectiveLevels(key, applicantLevel, null));
        }
        LanguageNeeds.of(kb, app).ifPresent(facts::add);
        return facts;
    }

    Optional<JsonNode> hostStandard(String host, String isco) {
        return kb.hostStandard(host, isco);
    }

    private HomeRegulation homeRegulation(JsonNode app, String home, String isco, LocalDate submitted, boolean regulatedEducation,
                                          boolean establishedRegulatedEducation) {
        Optional<JsonNode> record = RegulationStatus.record(kb, home, isco);
        boolean regulated;
        String basis;
        if (record.isPresent()) {
            regulated = record.get().path("regulated").asBoolean();
            basis = "regulation-status.json";
        } else {
            regulated = activeHomeRegistration(app, home, isco);
            basis = regulated ? "an active home registration" : "no record and no active home registration";
        }
        return new HomeRegulation(regulated, basis, regulatedEducation, establishedRegulatedEducation,
                practiceDays(app, isco, submitted, false), practiceDays(app, isco, submitted, true));
    }

    /**
     * P-06.4/P-06.5: days x FTE of practice of the occupation inside [submittedOn - 10 years, submittedOn], of every
     * period or of those whose evidence is established.
     */
    private static BigDecimal practiceDays(JsonNode app, String isco, LocalDate submitted, boolean establishedOnly) {
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode e : app.path("experience")) {
            if (!establishedOnly || EvidenceStatus.established(e.path("evidence"))) {
                total = total.add(periodPracticeDays(e, isco, submitted));
            }
        }
        return total;
    }

    /** One period's days x FTE inside the ten years; zero for another occupation or a trainee (P-12.1). */
    private static BigDecimal periodPracticeDays(JsonNode e, String isco, LocalDate submitted) {
        if (!isco.equals(e.path("occupation").asText()) || "TRAINEE".equals(e.path("capacity").asText())) {
            return BigDecimal.ZERO;
        }
        LocalDate windowStart = submitted.minusYears(10);
        LocalDate from = IsoDates.parse(e.path("from").asText());
        LocalDate to = e.has("to") ? IsoDates.parse(e.path("to").asText()) : submitted;
        LocalDate start = from.isBefore(windowStart) ? windowStart : from;
        LocalDate end = to.isAfter(submitted) ? submitted : to;
        if (end.isBefore(start)) {
            return BigDecimal.ZERO;
        }
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        BigDecimal fte = e.has("fte") ? e.path("fte").decimalValue() : BigDecimal.ONE;
        return fte.multiply(BigDecimal.valueOf(days));
    }

    /**
     * Practice counted for Art. 13(2) whose evidence is not established; the rules ask for it only when the established
     * practice falls short and all of it would not (EU-GS-013).
     */
    private static void addPracticeEvidence(JsonNode app, String isco, LocalDate submitted, PreparedFacts facts, String key) {
        JsonNode experience = app.path("experience");
        for (int i = 0; i < experience.size(); i++) {
            JsonNode e = experience.get(i);
            if (!EvidenceStatus.established(e.path("evidence")) && periodPracticeDays(e, isco, submitted).signum() > 0) {
                facts.add(new EvidenceGap(key, "PRACTICE_NOT_ESTABLISHED", "/experience/" + i + "/evidence",
                        "practice " + e.path("id").asText("/experience/" + i), 0));
            }
        }
    }

    private static boolean activeHomeRegistration(JsonNode app, String home, String isco) {
        for (JsonNode r : app.path("registrations")) {
            if (home.equals(r.path("jurisdiction").asText()) && isco.equals(r.path("occupation").asText())
                    && "ACTIVE".equals(r.path("status").asText())) {
                return true;
            }
        }
        return false;
    }

    /**
     * P-12.4/P-12.5: applicant amount in the host unit over the qualifications that count; validated entries listing the
     * code. Shared with the Treaty comparison and partial access (their own {@code key}).
     */
    static MatterComparison compare(JsonNode app, JsonNode matter, String key, IntPredicate counts) {
        String code = matter.path("code").asText();
        String field = "HOURS".equals(matter.path("unit").asText()) ? "hours" : "ects";
        BigDecimal amount = BigDecimal.ZERO;
        BigDecimal established = BigDecimal.ZERO;
        LinkedHashMap<String, BigDecimal> unestablished = new LinkedHashMap<>();
        JsonNode qualifications = app.path("qualifications");
        for (int i = 0; i < qualifications.size(); i++) {
            if (!counts.test(i)) {
                continue;
            }
            boolean evidenced = EvidenceStatus.established(qualifications.get(i).path("evidence"));
            for (JsonNode m : qualifications.get(i).path("matters")) {
                if (code.equals(m.path("code").asText()) && m.has(field)) {
                    amount = amount.add(m.path(field).decimalValue());
                    if (evidenced) {
                        established = established.add(m.path(field).decimalValue());
                    } else {
                        DecidingSources.add(unestablished, "/qualifications/" + i + "/evidence", m.path(field).decimalValue());
                    }
                }
            }
        }
        // P-04.1: of the qualifications not established, those that can decide whether the matter is below one half
        // (not a substantial difference: applicant * 2 >= host, P-12.4)
        BigDecimal host = matter.path("amount").decimalValue();
        List<String> deciding = DecidingSources.of(established, unestablished,
                applicant -> applicant.multiply(BigDecimal.valueOf(2)).compareTo(host) >= 0);
        List<String> cover = new ArrayList<>();
        for (String list : List.of("experience", "lifelongLearning")) {
            JsonNode entries = app.path(list);
            for (int i = 0; i < entries.size(); i++) {
                JsonNode e = entries.get(i);
                if (contains(e.path("matters"), code) && EvidenceStatus.validated(e)) {
                    cover.add(e.path("id").asText("/" + list + "/" + i));
                }
            }
        }
        return new MatterComparison(key, code, matter.path("title").asText(), matter.path("unit").asText(),
                matter.path("amount").decimalValue(), amount, matter.path("essential").asBoolean(),
                matter.path("adaptationMonths").asInt(0), cover, established, deciding);
    }

    private MeasurePolicy measurePolicy(RouteCandidate route, JsonNode standard, String applicantLevel, String required,
                                        boolean sectoralFallback, PreparedFacts facts) {
        JsonNode policy = standard.path("measurePolicy");
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("textVersion", route.versionId().substring(route.versionId().indexOf('/') + 1));
        inputs.put("nationalLawProfession", policy.path("nationalLawProfession").asBoolean());
        inputs.put("hostStipulatesFallback", sectoralFallback);
        inputs.put("applicantLevel", applicantLevel);
        inputs.put("requiredLevel", required);
        inputs.put("imposeBothForLevelAvsD", policy.path("imposeBothForLevelAvsD").asBoolean());
        inputs.put("measureChoice", policy.path("measureChoice").asText());
        TableResult result = tables.evaluate("eu-measure-choice", "Measure policy", inputs);
        String chosen = String.valueOf(result.result());
        facts.addReasons(TableReasons.of(result, (sectoralFallback ? "If the sectoral route falls back to the general system: m" : "M")
                + "easure policy for applicant level (" + applicantLevel + ") against host level (" + required + "): " + chosen + "."));
        return new MeasurePolicy(ROUTE, chosen, sectoralFallback);
    }
}
