package org.mutualrecognition.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mutualrecognition.agreements.RouteCandidate;
import org.mutualrecognition.decision.DecisionTables;
import org.mutualrecognition.decision.TableReasons;
import org.mutualrecognition.decision.TableResult;
import org.mutualrecognition.decision.facts.AnnexIvOption;
import org.mutualrecognition.decision.facts.ExperienceSpan;
import org.mutualrecognition.decision.facts.ExperienceTotal;
import org.mutualrecognition.decision.facts.ExperienceWindow;
import org.mutualrecognition.decision.facts.PriorTraining;
import org.mutualrecognition.knowledge.KnowledgeBase;

/**
 * Prepares the facts the professional-experience rules (rules/eu/experience.drl, P-11) judge: the Annex IV options
 * of the host occupation's list (eu-annex-iv-options.dmn), the practice of the occupation per capacity group
 * (experience-lists.json definitions) as merged periods and sums (P-06.2-06.4), once from established periods only
 * and once from all periods (P-04), the qualifications that may be prior training, the ten-year window (P-06.5),
 * the home registrations relied upon (P-04.4) and the language requirement (P-15). Arithmetic and look-ups only.
 */
public final class ExperienceFacts implements FactPreparer {

    public static final String ROUTE = "EXPERIENCE_AUTOMATIC";
    public static final String ESTABLISHED = "ESTABLISHED";
    public static final String ALL = "ALL";
    private static final int TEN_YEARS = 10;

    private final KnowledgeBase kb;
    private final DecisionTables tables;

    public ExperienceFacts(KnowledgeBase kb, DecisionTables tables) {
        this.kb = kb;
        this.tables = tables;
    }

    @Override
    public boolean serves(RouteCandidate route) {
        return ROUTE.equals(route.model()) && SectoralQualifications.AGREEMENT.equals(route.agreement());
    }

    /** P-05.5: the Annex IV list of an occupation, if the occupation is listed in experience-lists.json. */
    public static Optional<String> annexIvList(KnowledgeBase kb, String isco) {
        return kb.find("experience-lists", "occupations", "isco08", isco)
                .map(o -> o.path("list").asText());
    }

    @Override
    public PreparedFacts prepare(JsonNode app, RouteCandidate route) {
        PreparedFacts facts = new PreparedFacts();
        String isco = app.path("occupation").path("isco08").asText();
        LocalDate submitted = IsoDates.parse(app.path("submittedOn").asText());
        Optional<String> list = annexIvList(kb, isco);
        if (list.isEmpty()) {
            return facts;
        }
        options(list.get(), isco, facts).forEach(facts::add);
        facts.add(RegulationStatus.ofHost(kb, app.path("host").asText(), isco)); // P-23.3, rule EU-EXP-002

        Map<String, String> groupOfCapacity = capacityGroups(kb);
        for (String basis : List.of(ESTABLISHED, ALL)) {
            Map<String, List<Period>> periods = new LinkedHashMap<>();
            Map<String, List<String>> pointers = new LinkedHashMap<>();
            Map<Period, String> pointerOf = new IdentityHashMap<>();
            Map<Period, Boolean> establishedOf = new IdentityHashMap<>();
            Map<Period, Boolean> ongoingOf = new IdentityHashMap<>();
            JsonNode experience = app.path("experience");
            for (int i = 0; i < experience.size(); i++) {
                JsonNode e = experience.get(i);
                String group = groupOfCapacity.get(e.path("capacity").asText());
                if (group == null || !isco.equals(e.path("occupation").asText())) {
                    continue;
                }
                boolean established = EvidenceStatus.established(e.path("evidence"));
                if (ESTABLISHED.equals(basis) && !established) {
                    continue;
                }
                LocalDate from = ApplicationFields.date(e, "from");
                LocalDate to = TimeArithmetic.endOrSubmitted(ApplicationFields.date(e, "to"), submitted);
                if (to.isBefore(from)) {
                    continue;
                }
                BigDecimal fte = e.hasNonNull("fte") ? e.get("fte").decimalValue() : BigDecimal.ONE;
                Period p = new Period(from, to, fte);
                periods.computeIfAbsent(group, g -> new ArrayList<>()).add(p);
                pointers.computeIfAbsent(group, g -> new ArrayList<>()).add("/experience/" + i);
                pointerOf.put(p, "/experience/" + i);
                establishedOf.put(p, established);
                ongoingOf.put(p, !e.hasNonNull("to"));
            }
            for (Map.Entry<String, List<Period>> g : periods.entrySet()) {
                List<Period> all = g.getValue();
                for (MergedPeriod m : TimeArithmetic.merge(all)) {
                    List<String> records = new ArrayList<>();
                    List<String> unestablished = new ArrayList<>();
                    boolean ongoing = false;
                    BigDecimal ongoingFte = null;
                    for (Period part : m.parts()) {
                        records.add(pointerOf.get(part));
                        if (!establishedOf.get(part)) {
                            unestablished.add(pointerOf.get(part) + "/evidence");
                        }
                        if (ongoingOf.get(part)) {
                            ongoing = true;
                            ongoingFte = ongoingFte == null ? part.fte() : ongoingFte.add(part.fte());
                        }
                    }
                    facts.add(new ExperienceSpan(basis, g.getKey(), m.from(), m.to(), TimeArithmetic.wholeMonths(m.from(), m.to()),
                            m.fullTime(), TimeArithmetic.fteDays(m.parts()), ongoing, ongoingFte, records, unestablished, m.parts()));
                }
                LocalDate last = all.stream().map(Period::to).max(LocalDate::compareTo).orElseThrow();
                List<String> unestablished = new ArrayList<>();
                boolean ongoing = false;
                BigDecimal ongoingFte = null;
                for (Period part : all) {
                    if (!establishedOf.get(part)) {
                        unestablished.add(pointerOf.get(part) + "/evidence");
                    }
                    if (ongoingOf.get(part)) {
                        ongoing = true;
                        ongoingFte = ongoingFte == null ? part.fte() : ongoingFte.add(part.fte());
                    }
                }
                facts.add(new ExperienceTotal(basis, g.getKey(), TimeArithmetic.fteDays(all), last, ongoing, ongoingFte, unestablished));
            }
        }

        JsonNode qualifications = app.path("qualifications");
        for (int i = 0; i < qualifications.size(); i++) {
            JsonNode q = qualifications.get(i);
            if (!isco.equals(q.path("occupation").asText())) {
                continue;
            }
            boolean established = EvidenceStatus.established(q.path("evidence"));
            Boolean fullTime = q.hasNonNull("fullTime") ? q.get("fullTime").asBoolean() : null;
            for (String basis : List.of(ESTABLISHED, ALL)) {
                if (ESTABLISHED.equals(basis) && !established) {
                    continue;
                }
                facts.add(new PriorTraining(basis, i, ApplicationFields.date(q, "awardedOn"),
                        ApplicationFields.number(q, "durationYears"), fullTime, established));
            }
        }
        facts.add(new ExperienceWindow(TimeArithmetic.lookBackStart(submitted, TEN_YEARS), submitted));
        HomeRegistrationEvidence.add(app, ROUTE, facts);
        LanguageNeeds.of(kb, app).ifPresent(facts::add);
        return facts;
    }

    private List<AnnexIvOption> options(String list, String isco, PreparedFacts facts) {
        TableResult result = tables.evaluate("eu-annex-iv-options", "Annex IV options", Map.of("list", list));
        facts.addReasons(TableReasons.of(result, "ISCO " + isco + " is an Annex IV List " + list + " activity: the options of List "
                + list + " are tried."));
        List<AnnexIvOption> out = new ArrayList<>();
        List<?> rows = QualificationLevels.asList(result.result());
        for (int i = 0; i < rows.size(); i++) {
            Map<?, ?> r = (Map<?, ?>) rows.get(i);
            String rowId = i < result.matchedRows().size() ? result.matchedRows().get(i).ruleId() : null;
            out.add(new AnnexIvOption(rowId, list, String.valueOf(r.get("option")), integer(r.get("selfEmployedOrManagerYears")),
                    integer(r.get("employedYears")), Boolean.TRUE.equals(r.get("employedConsecutive")),
                    integer(r.get("executiveYears")), integer(r.get("priorTrainingYears")),
                    Boolean.TRUE.equals(r.get("priorTrainingAny")), Boolean.TRUE.equals(r.get("tenYearRule"))));
        }
        return out;
    }

    /**
     * experience-lists.json definitions: capacity -> group (self-employed or manager, employed, executive), the capacity
     * groups of P-06.2 within which periods merge; TRAINEE has none.
     */
    static Map<String, String> capacityGroups(KnowledgeBase kb) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode definitions = kb.file("experience-lists").path("definitions");
        Map<String, String> groups = Map.of("selfEmployedOrManager", AnnexIvOption.SELF_EMPLOYED_OR_MANAGER,
                "employed", AnnexIvOption.EMPLOYED, "executive", AnnexIvOption.EXECUTIVE);
        groups.forEach((definition, group) -> definitions.path(definition).path("capacities")
                .forEach(c -> out.put(c.asText(), group)));
        return out;
    }

    private static Integer integer(Object value) {
        return value == null ? null : new BigDecimal(String.valueOf(value)).intValueExact();
    }

    /**
     * P-11.2 with P-06.3: whole calendar months of the part of a merged period counted from {@code start} (the award
     * of prior training when it falls inside the period, otherwise the period's first day).
     */
    public static long wholeMonthsFrom(ExperienceSpan span, LocalDate start) {
        LocalDate from = start.isAfter(span.getFrom()) ? start : span.getFrom();
        return from.isAfter(span.getTo()) ? 0 : TimeArithmetic.wholeMonths(from, span.getTo());
    }

    /** P-11.2 with P-06.4: days x fte of the part of a merged period counted from {@code start}. */
    public static BigDecimal fteDaysFrom(ExperienceSpan span, LocalDate start) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Period p : span.getParts()) {
            Optional<Period> inside = TimeArithmetic.clip(p, start, span.getTo());
            if (inside.isPresent()) {
                sum = sum.add(inside.get().fte().multiply(BigDecimal.valueOf(inside.get().days())));
            }
        }
        return sum;
    }

    /**
     * P-06.7 projection for an ongoing merged period counted from {@code start}: the first day on which it reaches
     * N years — by the calendar rule (start + N years - 1 day) when full time, otherwise by the day count at the
     * ongoing fte.
     */
    public static LocalDate firstDayReachingYears(ExperienceSpan span, LocalDate start, int years, LocalDate submittedOn) {
        LocalDate from = start.isAfter(span.getFrom()) ? start : span.getFrom();
        if (span.isFullTime()) {
            return TimeArithmetic.firstDayReachingYears(from, years);
        }
        return firstDayReachingDays(fteDaysFrom(span, from), span.getOngoingFte(), BigDecimal.valueOf(TimeArithmetic.DAYS_PER_YEAR * years), submittedOn);
    }

    /** P-06.4 projection for a sum with an ongoing period: the first day on which days x fte reach {@code target}. */
    public static LocalDate firstDayReachingDays(BigDecimal fteDays, BigDecimal ongoingFte, BigDecimal target, LocalDate submittedOn) {
        BigDecimal missing = target.subtract(fteDays);
        if (missing.signum() <= 0) {
            return submittedOn;
        }
        long days = missing.divide(ongoingFte, 0, RoundingMode.CEILING).longValueExact();
        return submittedOn.plusDays(days);
    }
}
