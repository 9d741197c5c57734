package org.mutualrecognition.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mutualrecognition.decision.DecisionTables;
import org.mutualrecognition.decision.TableReasons;
import org.mutualrecognition.decision.TableResult;
import org.mutualrecognition.decision.model.Reason;
import org.mutualrecognition.knowledge.KnowledgeBase;

/**
 * Which of the applicant's qualifications count as evidence of formal qualifications under Directive 2005/36/EC
 * (P-12.1, Art. 3(3)). Java prepares: which qualifications are third-country evidence (awarding country not a party
 * of EU-2005-36; for the sectoral ISCO codes also a Member-State qualification of the same minor group awarded after a
 * third-country one, Haim I / Hocsman), which Member State X recognised them (a later qualification record issued in X
 * of the same minor group) and how much certified practice the applicant has in X (experience records in X of that
 * minor group whose evidence is ISSUER_CONFIRMATION or REGISTER_LOOKUP and established, P-04.2; P-06 arithmetic).
 * Whether that practice reaches the three years is judged by eu-art3-3.dmn.
 */
public final class ThirdCountryEvidence {

    private static final Set<String> CERTIFYING_KINDS = Set.of("ISSUER_CONFIRMATION", "REGISTER_LOOKUP");

    private final KnowledgeBase kb;
    private final DecisionTables tables;

    public ThirdCountryEvidence(KnowledgeBase kb, DecisionTables tables) {
        this.kb = kb;
        this.tables = tables;
    }

    /**
     * The result per qualification index, and the table rows consulted (reasons). {@code recognitionRecord}: a
     * Member-State record through which a third-country qualification counts (Art. 3(3)): the count rests on it, so its
     * evidence is needed (P-04.1).
     */
    public record Assessment(List<Boolean> thirdCountryEvidence, List<Boolean> counted, List<Boolean> recognitionRecord,
                             Map<Integer, List<String>> unverifiedPractice, List<Reason> reasons) {

        /**
         * For a third-country qualification that does not count on established practice but would with certified
         * practice whose evidence is not established (pending, failed): the evidence pointers of that practice
         * ({@code /experience/i/evidence}); empty otherwise.
         */
        public List<String> unverifiedPracticeFor(int index) {
            return unverifiedPractice.getOrDefault(index, List.of());
        }

        public boolean counts(int index) {
            return index < counted.size() && counted.get(index);
        }

        public boolean isThirdCountryEvidence(int index) {
            return index < thirdCountryEvidence.size() && thirdCountryEvidence.get(index);
        }

        public boolean isRecognitionRecord(int index) {
            return index < recognitionRecord.size() && recognitionRecord.get(index);
        }
    }

    public Assessment assess(JsonNode app) {
        JsonNode qualifications = app.path("qualifications");
        int n = qualifications.size();
        Set<String> sectoral = sectoralCodes();
        boolean[] thirdCountry = new boolean[n];
        for (int i = 0; i < n; i++) {
            thirdCountry[i] = !isDirectiveParty(qualifications.get(i).path("country").asText());
        }
        // origins[i]: the third-country qualifications qualification i stands on (itself for a third-country one)
        List<List<Integer>> origins = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Integer> own = new ArrayList<>();
            JsonNode q = qualifications.get(i);
            if (thirdCountry[i]) {
                own.add(i);
            } else if (sectoral.contains(q.path("occupation").asText())) {
                for (int t = 0; t < n; t++) {
                    if (thirdCountry[t] && sameMinorGroup(qualifications.get(t), q) && awardedAfter(q, qualifications.get(t))) {
                        own.add(t);
                    }
                }
            }
            origins.add(own);
        }

        LocalDate submitted = IsoDates.parse(app.path("submittedOn").asText());
        List<Reason> reasons = new ArrayList<>();
        Map<String, Boolean> met = new LinkedHashMap<>();
        Map<String, List<String>> metIfVerified = new LinkedHashMap<>();
        Map<Integer, List<String>> recordOf = new LinkedHashMap<>();
        for (int t = 0; t < n; t++) {
            if (!thirdCountry[t]) {
                continue;
            }
            JsonNode third = qualifications.get(t);
            for (int m = 0; m < n; m++) {
                JsonNode record = qualifications.get(m);
                if (thirdCountry[m] || !sameMinorGroup(third, record) || !awardedAfter(record, third)) {
                    continue;
                }
                String memberState = KnowledgeBase.country(record.path("country").asText());
                String key = t + "|" + memberState;
                recordOf.computeIfAbsent(m, r -> new ArrayList<>()).add(key);
                if (!met.containsKey(key)) {
                    boolean ok = practiceMet(app, third, memberState, submitted, reasons);
                    met.put(key, ok);
                    if (!ok) {
                        metIfVerified.put(key, practiceDecidingIfVerified(app, third, memberState, submitted));
                    }
                }
            }
        }

        List<Boolean> evidence = new ArrayList<>();
        List<Boolean> counted = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Integer> own = origins.get(i);
            evidence.add(!own.isEmpty());
            boolean counts;
            if (own.isEmpty()) {
                counts = true;
            } else if (thirdCountry[i]) {
                int index = i;
                counts = met.entrySet().stream().anyMatch(e -> e.getKey().startsWith(index + "|") && e.getValue());
            } else {
                String memberState = KnowledgeBase.country(qualifications.get(i).path("country").asText());
                counts = own.stream().anyMatch(t -> Boolean.TRUE.equals(met.get(t + "|" + memberState)));
            }
            counted.add(counts);
        }
        List<Boolean> recognition = new ArrayList<>();
        for (int m = 0; m < n; m++) {
            recognition.add(recordOf.getOrDefault(m, List.of()).stream().anyMatch(key -> Boolean.TRUE.equals(met.get(key))));
        }
        Map<Integer, List<String>> unverified = new LinkedHashMap<>();
        for (int t = 0; t < n; t++) {
            if (thirdCountry[t] && !counted.get(t)) {
                String prefix = t + "|";
                List<String> pointers = new ArrayList<>();
                metIfVerified.forEach((key, practice) -> {
                    if (key.startsWith(prefix)) {
                        practice.stream().filter(p -> !pointers.contains(p)).forEach(pointers::add);
                    }
                });
                if (!pointers.isEmpty()) {
                    unverified.put(t, List.copyOf(pointers));
                }
            }
        }
        return new Assessment(List.copyOf(evidence), List.copyOf(counted), List.copyOf(recognition),
                Collections.unmodifiableMap(unverified), List.copyOf(reasons));
    }

    /**
     * P-04.1 for Art. 3(3): when the established certified practice falls short, the evidence pointers of the certified
     * practice not established that would reach the three years together with it (empty when even all of it would
     * not). Judged by the same table as the established practice.
     */
    private List<String> practiceDecidingIfVerified(JsonNode app, JsonNode third, String memberState, LocalDate submitted) {
        List<String> pointers = new ArrayList<>();
        JsonNode experience = app.path("experience");
        for (int i = 0; i < experience.size(); i++) {
            JsonNode e = experience.get(i);
            if (certifiedPractice(e, third, memberState) && !EvidenceStatus.established(e.path("evidence"))) {
                pointers.add("/experience/" + i + "/evidence");
            }
        }
        if (pointers.isEmpty() || !Boolean.TRUE.equals(practiceTable(periods(app, third, memberState, submitted, true)).result())) {
            return List.of();
        }
        return pointers;
    }

    /** The certified practice in the recognising Member State, judged by eu-art3-3.dmn. */
    private boolean practiceMet(JsonNode app, JsonNode third, String memberState, LocalDate submitted, List<Reason> reasons) {
        String group = minorGroup(third);
        List<Period> periods = periods(app, third, memberState, submitted, false);
        TableResult result = practiceTable(periods);
        boolean ok = Boolean.TRUE.equals(result.result());
        List<MergedPeriod> merged = TimeArithmetic.merge(periods);
        boolean single = merged.size() == 1 && merged.get(0).fullTime();
        String measured = single
                ? TimeArithmetic.wholeMonths(merged.get(0).from(), merged.get(0).to()) + " whole months in one full-time period"
                : TimeArithmetic.fteDays(periods).stripTrailingZeros().toPlainString() + " days x fte";
        reasons.addAll(TableReasons.of(result, "Art. 3(3): " + third.path("title").asText() + " (" + third.path("country").asText()
                + ") was recognised in " + memberState + "; certified practice there in ISCO minor group " + group
                + " on established evidence: " + measured
                + (ok ? ", at least three years: it counts as evidence of formal qualifications."
                      : ", less than three years: it does not count under the Directive.")));
        return ok;
    }

    /** eu-art3-3.dmn on {@code periods}: one full-time period in whole months, or the sum in days x fte (P-06). */
    private TableResult practiceTable(List<Period> periods) {
        List<MergedPeriod> merged = TimeArithmetic.merge(periods);
        boolean single = merged.size() == 1 && merged.get(0).fullTime();
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("singleFullTimePeriod", single);
        inputs.put("wholeMonths", single ? BigDecimal.valueOf(TimeArithmetic.wholeMonths(merged.get(0).from(), merged.get(0).to())) : null);
        inputs.put("fteDays", TimeArithmetic.fteDays(periods));
        return tables.evaluate("eu-art3-3", "Third country practice", inputs);
    }

    /**
     * The periods of certified practice in {@code memberState} in the minor group of {@code third}: experience records
     * there, not as a trainee, whose evidence is ISSUER_CONFIRMATION or REGISTER_LOOKUP, and established unless
     * {@code withUnverified}; ongoing ones end on {@code submitted}.
     */
    private static List<Period> periods(JsonNode app, JsonNode third, String memberState, LocalDate submitted, boolean withUnverified) {
        List<Period> periods = new ArrayList<>();
        for (JsonNode e : app.path("experience")) {
            if (!certifiedPractice(e, third, memberState) || (!withUnverified && !EvidenceStatus.established(e.path("evidence")))) {
                continue;
            }
            LocalDate from = IsoDates.parse(e.path("from").asText());
            LocalDate to = TimeArithmetic.endOrSubmitted(e.has("to") ? IsoDates.parse(e.path("to").asText()) : null, submitted);
            if (to.isAfter(submitted)) {
                to = submitted;
            }
            if (to.isBefore(from)) {
                continue;
            }
            BigDecimal fte = e.has("fte") ? e.path("fte").decimalValue() : BigDecimal.ONE;
            periods.add(new Period(from, to, fte));
        }
        return periods;
    }

    private static boolean certifiedPractice(JsonNode e, JsonNode third, String memberState) {
        return memberState.equals(KnowledgeBase.country(e.path("jurisdiction").asText()))
                && e.path("occupation").asText().startsWith(minorGroup(third))
                && !"TRAINEE".equals(e.path("capacity").asText())
                && CERTIFYING_KINDS.contains(e.path("evidence").path("kind").asText());
    }

    private boolean isDirectiveParty(String jurisdiction) {
        return kb.agreement("EU-2005-36").map(a -> {
            for (JsonNode p : a.path("parties")) {
                if (p.asText().equals(jurisdiction) || p.asText().equals(KnowledgeBase.country(jurisdiction))) {
                    return true;
                }
            }
            return false;
        }).orElse(false);
    }

    private Set<String> sectoralCodes() {
        Set<String> codes = new HashSet<>();
        for (JsonNode profession : kb.records("sectoral-minimum-training", "professions")) {
            profession.path("isco08").forEach(c -> codes.add(c.asText()));
        }
        return codes;
    }

    /** ISCO-08 minor group: the first three digits of the unit group; null when the record names no occupation. */
    private static String minorGroup(JsonNode record) {
        String isco = record.path("occupation").asText("");
        return isco.length() < 3 ? null : isco.substring(0, 3);
    }

    private static boolean sameMinorGroup(JsonNode a, JsonNode b) {
        String group = minorGroup(a);
        return group != null && group.equals(minorGroup(b));
    }

    /** {@code later} was awarded after {@code earlier} (both award dates known). */
    private static boolean awardedAfter(JsonNode later, JsonNode earlier) {
        if (!later.hasNonNull("awardedOn") || !earlier.hasNonNull("awardedOn")) {
            return false;
        }
        return IsoDates.parse(later.path("awardedOn").asText()).isAfter(IsoDates.parse(earlier.path("awardedOn").asText()));
    }
}
