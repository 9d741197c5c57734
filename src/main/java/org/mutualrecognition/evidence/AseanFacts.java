package org.mutualrecognition.evidence;

import static org.mutualrecognition.evidence.ApplicationFields.date;
import static org.mutualrecognition.evidence.ApplicationFields.number;
import static org.mutualrecognition.evidence.ApplicationFields.text;
import static org.mutualrecognition.knowledge.JsonArrays.strings;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.mutualrecognition.agreements.RouteCandidate;
import org.mutualrecognition.decision.DecisionTables;
import org.mutualrecognition.decision.TableReasons;
import org.mutualrecognition.decision.TableResult;
import org.mutualrecognition.decision.facts.AseanCase;
import org.mutualrecognition.decision.facts.AseanCriterionTerm;
import org.mutualrecognition.decision.facts.AseanDesignation;
import org.mutualrecognition.decision.facts.AseanDuration;
import org.mutualrecognition.decision.facts.AseanHostRule;
import org.mutualrecognition.decision.facts.AseanQualification;
import org.mutualrecognition.decision.facts.AseanRegistration;
import org.mutualrecognition.decision.model.MissingEvidence;
import org.mutualrecognition.decision.model.Reason;
import org.mutualrecognition.knowledge.KnowledgeBase;

/**
 * Prepares the facts the ASEAN rules (rules/asean/*.drl, policy P-18) judge: the route's arrangement
 * ({@code asean-criteria.json}), the designations of its scheme, registrations, qualifications, the terms of every
 * criterion (asean-criteria.dmn), the host rule (asean-host-rules.dmn) and, for the duration criteria, the measured
 * quantity against the required one with the P-06 arithmetic (merging, calendar months, full-time-equivalent days,
 * look-back windows, whole months in responsible charge, the first day an ongoing period would meet a criterion).
 * Look-ups, sums and date arithmetic only: whether a criterion is met, and what follows, is decided by the rules.
 */
public final class AseanFacts implements FactPreparer {

    public static final String MODEL = "HUB_AND_SPOKE";
    private static final String DOCUMENT_AGE_DEADLINE = "ANNEX7-DOCUMENT-AGE";
    private static final String CRITERIA_MODEL = "asean-criteria";
    private static final String HOST_RULES_MODEL = "asean-host-rules";

    private final KnowledgeBase kb;
    private final DecisionTables tables;

    public AseanFacts(KnowledgeBase kb, DecisionTables tables) {
        this.kb = kb;
        this.tables = tables;
    }

    @Override
    public boolean serves(RouteCandidate route) {
        return MODEL.equals(route.model()) && arrangement(route.agreement()).isPresent();
    }

    @Override
    public PreparedFacts prepare(JsonNode app, RouteCandidate route) {
        PreparedFacts facts = new PreparedFacts();
        String agreementId = route.agreement();
        JsonNode arrangement = arrangement(agreementId).orElseThrow();
        JsonNode agreement = kb.agreement(agreementId).orElseThrow();
        List<String> listed = strings(agreement.path("isco08"));
        String home = app.path("home").asText();
        String host = app.path("host").asText();
        String isco = app.path("occupation").path("isco08").asText();
        LocalDate submitted = IsoDates.parse(app.path("submittedOn").asText());
        String scheme = text(arrangement, "designationScheme");
        JsonNode cpd = app.path("cpd");
        Boolean cpdCompliant = cpd.hasNonNull("compliant") ? cpd.get("compliant").asBoolean() : null;

        facts.add(new AseanCase(agreementId, scheme, text(arrangement, "hostRegistration"), isco, home, host, submitted,
                cpdCompliant, strings(app.path("applicant").path("citizenships")), strings(agreement.path("parties")),
                documentAgeLimitDays()));

        JsonNode designations = app.path("designations");
        for (int i = 0; scheme != null && i < designations.size(); i++) {
            JsonNode d = designations.get(i);
            if (scheme.equalsIgnoreCase(d.path("scheme").asText("").trim())) {
                facts.add(new AseanDesignation(agreementId, i, scheme, d.path("status").asText(),
                        EvidenceStatus.established(d.path("evidence"))));
            }
        }

        List<AseanRegistration> registrations = registrations(app, agreementId, home, isco, listed, submitted);
        registrations.forEach(facts::add);
        List<AseanQualification> qualifications = qualifications(app, agreementId);
        qualifications.forEach(facts::add);
        facts.add(hostRule(arrangement, agreementId, host, facts));

        Map<String, AseanCriterionTerm> terms = new LinkedHashMap<>();
        for (JsonNode criterion : arrangement.path("criteria")) {
            AseanCriterionTerm term = term(agreementId, criterion);
            terms.put(term.getId(), term);
            facts.add(term);
        }
        List<Entry> experience = experience(app, listed, submitted);
        Durations durations = new Durations(agreementId, submitted, qualifications, registrations, experience);
        for (AseanCriterionTerm term : terms.values()) {
            switch (term.getKind()) {
                case "EXPERIENCE_AFTER_DEGREE" -> facts.add(durations.experienceAfterDegree(term));
                case "RESPONSIBLE_CHARGE" -> facts.add(durations.responsibleCharge(term));
                case "STUDY_YEARS" -> facts.add(durations.studyYears(term));
                case "EXPERIENCE_IN_WINDOW" -> facts.add(durations.experienceInWindow(term));
                case "CONTINUOUS_PRACTICE" -> durations.continuousPractice(term, terms.values().stream()
                        .filter(p -> term.getId().equals(p.getPartOf())).toList()).forEach(facts::add);
                default -> {
                    // judged by the rules from the other facts
                }
            }
        }
        return facts;
    }

    private Optional<JsonNode> arrangement(String agreement) {
        return kb.find("asean-criteria", "arrangements", a -> agreement.equals(a.path("agreement").asText()));
    }

    /** P-04.4: the age limit of a certificate of good standing, procedural-deadlines.json ANNEX7-DOCUMENT-AGE (P90D). */
    private long documentAgeLimitDays() {
        JsonNode deadline = kb.find("procedural-deadlines", "deadlines",
                d -> DOCUMENT_AGE_DEADLINE.equals(d.path("id").asText())).orElseThrow(() ->
                new IllegalStateException("procedural-deadlines.json has no " + DOCUMENT_AGE_DEADLINE));
        return java.time.Period.parse(deadline.path("period").asText()).getDays();
    }

    private AseanCriterionTerm term(String agreement, JsonNode criterion) {
        String id = criterion.path("id").asText();
        TableResult result = tables.evaluate(CRITERIA_MODEL, "Criterion terms", Map.of("criterion", id));
        Map<?, ?> row = (Map<?, ?>) result.result();
        if (row == null) {
            throw new IllegalStateException("asean-criteria.dmn has no row for criterion " + id);
        }
        String kind = string(row.get("kind"));
        Integer amount = integer(row.get("amount"));
        Integer window = integer(row.get("windowYears"));
        String text = criterion.path("text").asText();
        List<Reason> reasons = TableReasons.of(result, id + " (" + text + ") is checked as "
                + kind + (amount == null ? "" : ", at least " + amount + " " + string(row.get("unit")))
                + (window == null ? "" : " within " + window + " years") + ".");
        AseanCriterionTerm term = new AseanCriterionTerm(agreement, id, kind, text, criterion.path("provenance").asText(),
                string(row.get("iscedField")), string(row.get("countFrom")), string(row.get("unit")), amount, window,
                string(row.get("partOf")), reasons);
        return term;
    }

    private AseanHostRule hostRule(JsonNode arrangement, String agreement, String host, PreparedFacts facts) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("agreement", agreement);
        inputs.put("host", KnowledgeBase.country(host));
        TableResult result = tables.evaluate(HOST_RULES_MODEL, "Host rule", inputs);
        Map<?, ?> row = result.result() instanceof Map<?, ?> m ? m : Map.of();
        AseanHostRule rule = new AseanHostRule(agreement, host, string(row.get("practiceMode")), string(row.get("measure")),
                string(row.get("choice")), string(row.get("detail")), strings(arrangement.path("hostRule").path("restrictions")));
        String text = rule.getPracticeMode() != null
                ? "Host registration (" + arrangement.path("hostRegistration").asText() + ") in " + host + ": practice mode "
                        + rule.getPracticeMode() + "."
                : rule.getMeasure() != null
                        ? "Host rule of " + host + ": " + rule.getMeasure() + " (" + rule.getDetail() + "), " + rule.getChoice() + "."
                        : "No host rule is recorded for " + host + ".";
        facts.addReasons(TableReasons.of(result, text));
        return rule;
    }

    private static List<AseanRegistration> registrations(JsonNode app, String agreement, String home, String isco,
                                                         List<String> listed, LocalDate submitted) {
        List<AseanRegistration> out = new ArrayList<>();
        JsonNode registrations = app.path("registrations");
        for (int i = 0; i < registrations.size(); i++) {
            JsonNode r = registrations.get(i);
            String jurisdiction = r.path("jurisdiction").asText();
            String occupation = r.path("occupation").asText();
            boolean isHome = home.equals(jurisdiction) || home.equals(KnowledgeBase.country(jurisdiction));
            LocalDate goodStanding = date(r, "goodStandingIssuedOn");
            Long age = goodStanding == null ? null : ChronoUnit.DAYS.between(goodStanding, submitted);
            out.add(new AseanRegistration(agreement, i, jurisdiction, occupation, r.path("status").asText(), isHome,
                    isco.equals(occupation), listed.contains(occupation), r.path("sanctioned").asBoolean(false),
                    r.path("proceedingsPending").asBoolean(false), date(r, "registeredOn"),
                    EvidenceStatus.established(r.path("evidence")), age));
        }
        return out;
    }

    private static List<AseanQualification> qualifications(JsonNode app, String agreement) {
        List<AseanQualification> out = new ArrayList<>();
        JsonNode qualifications = app.path("qualifications");
        for (int i = 0; i < qualifications.size(); i++) {
            JsonNode q = qualifications.get(i);
            Boolean accredited = q.hasNonNull("accredited") ? q.get("accredited").asBoolean() : null;
            out.add(new AseanQualification(agreement, i, q.path("title").asText(), text(q, "iscedField"), accredited,
                    date(q, "awardedOn"), number(q, "durationYears"), EvidenceStatus.established(q.path("evidence"))));
        }
        return out;
    }

    /** Experience in an occupation of the agreement's list; TRAINEE periods are not practice (P-06.2 groups). */
    private static List<Entry> experience(JsonNode app, List<String> listed, LocalDate submitted) {
        List<Entry> out = new ArrayList<>();
        JsonNode experience = app.path("experience");
        for (int i = 0; i < experience.size(); i++) {
            JsonNode e = experience.get(i);
            String capacity = e.path("capacity").asText();
            String group = capacityGroup(capacity);
            if (!listed.contains(e.path("occupation").asText()) || group == null) {
                continue;
            }
            LocalDate to = date(e, "to");
            BigDecimal fte = e.hasNonNull("fte") ? e.get("fte").decimalValue() : BigDecimal.ONE;
            out.add(new Entry(i, e.path("id").asText("/experience/" + i), e.path("occupation").asText(), capacity, group,
                    date(e, "from"), TimeArithmetic.endOrSubmitted(to, submitted), to == null, fte,
                    number(e, "responsibleChargeMonths"), EvidenceStatus.established(e.path("evidence"))));
        }
        return out;
    }

    /** P-06.2: self-employed or manager / employed (responsible charge counted as employed) / executive. */
    private static String capacityGroup(String capacity) {
        return switch (capacity) {
            case "SELF_EMPLOYED", "MANAGER" -> "SELF_EMPLOYED_OR_MANAGER";
            case "EMPLOYED", "RESPONSIBLE_CHARGE" -> "EMPLOYED";
            case "EXECUTIVE" -> "EXECUTIVE";
            default -> null;
        };
    }

    private static String string(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static Integer integer(Object value) {
        return value == null ? null : new BigDecimal(String.valueOf(value)).intValueExact();
    }

    /** One experience entry of the application; {@code to} is submittedOn for an ongoing entry (P-06.1). */
    private record Entry(int index, String label, String occupation, String capacity, String group, LocalDate from,
                         LocalDate to, boolean ongoing, BigDecimal fte, BigDecimal responsibleChargeMonths,
                         boolean established) {

        MissingEvidence gap() {
            return new MissingEvidence("/experience/" + index + "/evidence",
                    "Evidence of experience " + label + " (" + from + " to " + (ongoing ? "ongoing" : to) + ") is not established.");
        }
    }

    /** The part of an entry that counts (from the day a criterion counts from). */
    private record Slice(Entry entry, LocalDate from, LocalDate to) {

        boolean clipped() {
            return !from.equals(entry.from());
        }

        boolean ongoing() {
            return entry.ongoing();
        }

        Period period() {
            return new Period(from, to, entry.fte());
        }
    }

    /** A merged ("continuous") period of P-06.2 and the slices it was merged from. */
    private record Run(LocalDate from, LocalDate to, List<Slice> parts) {

        boolean fullTime() {
            return parts.stream().allMatch(p -> p.entry().fte().compareTo(BigDecimal.ONE) == 0);
        }

        boolean ongoing() {
            return parts.stream().anyMatch(Slice::ongoing);
        }

        String describe() {
            return from + " to " + to + (ongoing() ? " (ongoing)" : "");
        }
    }

    /** The P-06 arithmetic of the duration criteria of one route. */
    private static final class Durations {
        private final String agreement;
        private final LocalDate submitted;
        private final List<AseanQualification> qualifications;
        private final List<AseanRegistration> registrations;
        private final List<Entry> experience;

        Durations(String agreement, LocalDate submitted, List<AseanQualification> qualifications,
                  List<AseanRegistration> registrations, List<Entry> experience) {
            this.agreement = agreement;
            this.submitted = submitted;
            this.qualifications = qualifications;
            this.registrations = registrations;
            this.experience = experience;
        }

        /**
         * ENG-3: experience after the first degree, summed (P-06.4, 365 days a year); one merged full-time period is
         * measured by the calendar rule (P-06.3).
         */
        AseanDuration experienceAfterDegree(AseanCriterionTerm term) {
            Optional<LocalDate> award = award(term);
            List<Slice> slices = slices(award);
            return decidingGaps(withEstablishedOnly(experienceAfterDegree(term, award, slices),
                    () -> experienceAfterDegree(term, award, established(slices))), slices,
                    counted -> experienceAfterDegree(term, award, counted));
        }

        private AseanDuration experienceAfterDegree(AseanCriterionTerm term, Optional<LocalDate> award, List<Slice> slices) {
            List<Run> runs = merge(slices);
            String counted = countedFrom(award) + "; " + describe(runs);
            if (runs.size() == 1 && runs.get(0).fullTime()) {
                Run run = runs.get(0);
                int months = months(term);
                return duration(term, 0, true, "MONTHS", BigDecimal.valueOf(TimeArithmetic.wholeMonths(run.from(), run.to())),
                        BigDecimal.valueOf(months), run.ongoing(),
                        run.ongoing() ? TimeArithmetic.firstDayReachingMonths(run.from(), months) : null, counted, gaps(slices));
            }
            BigDecimal days = fteDays(slices);
            BigDecimal required = BigDecimal.valueOf(days(term));
            return duration(term, 0, true, "DAYS", days, required, slices.stream().anyMatch(Slice::ongoing),
                    projectSum(days, required, slices), counted, gaps(slices));
        }

        /**
         * ENG-4, ARCH-5: responsibleChargeMonths of the counted periods, or the whole months (P-06.6) of a
         * RESPONSIBLE_CHARGE period without that field. A period cut at the degree award counts at most its remaining
         * months (rounded up, as P-03 bounds the stated months).
         */
        AseanDuration responsibleCharge(AseanCriterionTerm term) {
            Optional<LocalDate> award = award(term);
            List<Slice> slices = slices(award);
            return decidingGaps(withEstablishedOnly(responsibleCharge(term, award, slices),
                    () -> responsibleCharge(term, award, established(slices))), slices,
                    counted -> responsibleCharge(term, award, counted));
        }

        private AseanDuration responsibleCharge(AseanCriterionTerm term, Optional<LocalDate> award, List<Slice> slices) {
            List<Slice> counted = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            Slice growing = null;
            BigDecimal growingMonths = BigDecimal.ZERO;
            int growingCandidates = 0;
            for (Slice s : slices) {
                BigDecimal months;
                BigDecimal stated = s.entry().responsibleChargeMonths();
                if (stated != null) {
                    months = s.clipped() ? stated.min(BigDecimal.valueOf(TimeArithmetic.monthsRoundedUp(s.from(), s.to()))) : stated;
                } else if ("RESPONSIBLE_CHARGE".equals(s.entry().capacity())) {
                    months = BigDecimal.valueOf(TimeArithmetic.wholeMonths(s.from(), s.to()));
                    if (s.ongoing()) {
                        growing = s;
                        growingMonths = months;
                        growingCandidates++;
                    }
                } else {
                    continue;
                }
                if (months.signum() > 0) {
                    counted.add(s);
                    total = total.add(months);
                }
            }
            BigDecimal required = BigDecimal.valueOf(months(term));
            LocalDate projected = null;
            if (growingCandidates == 1 && total.compareTo(required) < 0) {
                BigDecimal need = required.subtract(total.subtract(growingMonths)).setScale(0, RoundingMode.CEILING);
                projected = TimeArithmetic.firstDayReachingMonths(growing.from(), need.intValueExact());
            }
            String description = countedFrom(award) + "; " + (counted.isEmpty() ? "no period in responsible charge"
                    : counted.stream().map(s -> s.entry().label()).collect(Collectors.joining(", ")));
            return duration(term, 0, true, "MONTHS", total, required, growing != null, projected, description, gaps(counted));
        }

        /** ARCH-1: the durationYears of the accredited qualifications of the field, summed (4 + 1 counts). */
        AseanDuration studyYears(AseanCriterionTerm term) {
            List<AseanQualification> degrees = degrees(term);
            return withEstablishedOnly(studyYears(term, degrees),
                    () -> studyYears(term, degrees.stream().filter(AseanQualification::isEstablished).toList()));
        }

        private AseanDuration studyYears(AseanCriterionTerm term, List<AseanQualification> degrees) {
            BigDecimal years = BigDecimal.ZERO;
            List<MissingEvidence> gaps = new ArrayList<>();
            List<String> titles = new ArrayList<>();
            for (AseanQualification q : degrees) {
                years = years.add(q.getDurationYears());
                titles.add(q.getPointer() + " " + q.getDurationYears().stripTrailingZeros().toPlainString() + " years");
                if (!q.isEstablished()) {
                    gaps.add(new MissingEvidence(q.getEvidencePointer(), "Evidence of qualification " + q.getTitle() + " is not established."));
                }
            }
            return duration(term, 0, true, "YEARS", years, BigDecimal.valueOf(term.getAmount()), false, null,
                    titles.isEmpty() ? "no accredited qualification in field " + term.getIscedField() : String.join(", ", titles), gaps);
        }

        /**
         * ACC-4: the largest sum of full-time-equivalent days inside a window [E - N years, E] (P-06.5) with E on or
         * before submittedOn; the first later E at which the ongoing experience would fill a window (P-06.7).
         */
        AseanDuration experienceInWindow(AseanCriterionTerm term) {
            List<Slice> slices = slices(Optional.empty());
            return decidingGaps(withEstablishedOnly(experienceInWindow(term, slices), () -> experienceInWindow(term, established(slices))),
                    slices, counted -> experienceInWindow(term, counted));
        }

        private AseanDuration experienceInWindow(AseanCriterionTerm term, List<Slice> slices) {
            BigDecimal required = BigDecimal.valueOf(days(term));
            int window = term.getWindowYears();
            if (slices.isEmpty()) {
                return duration(term, 0, true, "DAYS", BigDecimal.ZERO, required, false, null, "no experience", List.of());
            }
            BigDecimal ongoingFte = slices.stream().filter(Slice::ongoing).map(s -> s.entry().fte())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            List<Period> counted = slices.stream().filter(s -> s.entry().fte().signum() > 0 && !s.to().isBefore(s.from()))
                    .map(Slice::period).toList();
            BestWindow.Result best = BestWindow.of(counted, submitted, window, required, ongoingFte);
            LocalDate start = best.end().minusYears(window);
            List<Slice> inWindow = slices.stream()
                    .filter(s -> !s.to().isBefore(start) && !s.from().isAfter(best.end())).toList();
            return duration(term, 0, true, "DAYS", best.best(), required, ongoingFte.signum() > 0, best.projected(),
                    "best window " + start + " to " + best.end(), gaps(inWindow));
        }

        /**
         * ARCH-3, NURS-3: one fact per merged period (P-06.2), by the calendar rule when full time (P-06.3), by day
         * count when part time (P-06.4); for each part criterion (ARCH-4) the part of the same period on or after the
         * home registration's registeredOn.
         */
        List<AseanDuration> continuousPractice(AseanCriterionTerm term, List<AseanCriterionTerm> parts) {
            Optional<LocalDate> award = award(term);
            List<Run> runs = merge(slices(award));
            Run latest = runs.stream().max(Comparator.comparing(Run::to).thenComparing(Run::from)).orElse(null);
            Optional<LocalDate> registered = registrations.stream()
                    .filter(r -> r.isHome() && r.isInAgreementList() && "ACTIVE".equals(r.getStatus()) && r.getRegisteredOn() != null)
                    .map(AseanRegistration::getRegisteredOn).min(Comparator.naturalOrder());
            List<AseanDuration> out = new ArrayList<>();
            for (int k = 0; k < runs.size(); k++) {
                Run run = runs.get(k);
                List<AseanDuration> measured = measureRun(term, parts, k, run == latest, run, registered, award);
                if (measured.stream().allMatch(d -> d.getGaps().isEmpty())) {
                    out.addAll(measured);
                } else {
                    List<AseanDuration> established = establishedPart(term, parts, k, run == latest, run, registered, award);
                    for (int i = 0; i < measured.size(); i++) {
                        out.add(measured.get(i).withEstablishedOnly(established.get(i)));
                    }
                }
            }
            return out;
        }

        /** The merged period measured against the term, then against each part term (ARCH-4). */
        private List<AseanDuration> measureRun(AseanCriterionTerm term, List<AseanCriterionTerm> parts, int k, boolean latest,
                                               Run run, Optional<LocalDate> registered, Optional<LocalDate> award) {
            List<AseanDuration> out = new ArrayList<>();
            out.add(measure(term, k, latest, run, run.from(), countedFrom(award) + "; period " + run.describe()));
            for (AseanCriterionTerm part : parts) {
                if (registered.isEmpty()) {
                    out.add(duration(part, k, latest, "MONTHS", BigDecimal.ZERO, BigDecimal.valueOf(months(part)), run.ongoing(),
                            null, "no ACTIVE home registration with registeredOn", List.of()));
                } else {
                    LocalDate start = run.from().isAfter(registered.get()) ? run.from() : registered.get();
                    out.add(measure(part, k, latest, run, start, "period " + run.describe() + " from "
                            + start + " (registered on " + registered.get() + ")"));
                }
            }
            return out;
        }

        /**
         * P-04.1: the same measures over the established parts of a merged period, which may fall apart into several
         * merged periods: the first of them that reaches the term and every part term together. When none does, the
         * period rests on evidence not established for the term and its parts alike (a part may be reached only in one
         * established stretch and the term only in another): every measure falls short, so that evidence is needed.
         */
        private List<AseanDuration> establishedPart(AseanCriterionTerm term, List<AseanCriterionTerm> parts, int k, boolean latest,
                                                    Run run, Optional<LocalDate> registered, Optional<LocalDate> award) {
            for (Run sub : merge(established(run.parts()))) {
                List<AseanDuration> measured = measureRun(term, parts, k, latest, sub, registered, award);
                if (measured.stream().allMatch(d -> d.getAmount().compareTo(d.getRequired()) >= 0)) {
                    return measured;
                }
            }
            List<AseanDuration> none = new ArrayList<>();
            none.add(duration(term, k, latest, "DAYS", BigDecimal.ZERO, BigDecimal.valueOf(days(term)), false, null,
                    "no established stretch meets the term and its parts", List.of()));
            for (AseanCriterionTerm part : parts) {
                none.add(duration(part, k, latest, "DAYS", BigDecimal.ZERO, BigDecimal.valueOf(days(part)), false, null,
                        "no established stretch meets the term and its parts", List.of()));
            }
            return none;
        }

        /** P-04.1: {@code all} with the measure over established facts alone, made only when some counted fact is not established. */
        private static AseanDuration withEstablishedOnly(AseanDuration all, Supplier<AseanDuration> establishedOnly) {
            return all.getGaps().isEmpty() ? all : all.withEstablishedOnly(establishedOnly.get());
        }

        /**
         * P-04.1 when a measure is reached on the facts stated and not on the established ones: of the experience
         * records not established, only those that can decide it (for some outcome of the others' verification, the
         * measure with the record differs from the measure without it, {@link DecidingSources}) are listed as its gaps.
         * {@code measure} measures the given slices as the measure itself does.
         */
        private static AseanDuration decidingGaps(AseanDuration all, List<Slice> slices, Function<List<Slice>, AseanDuration> measure) {
            AseanDuration established = all.getEstablishedOnly();
            if (all.getGaps().size() < 2 || !reached(all) || reached(established)) {
                return all;
            }
            List<String> items = all.getGaps().stream().map(MissingEvidence::item).toList();
            List<Integer> deciding = DecidingSources.indices(items.size(), mask -> {
                List<Slice> counted = slices.stream().filter(s -> {
                    int i = items.indexOf(s.entry().gap().item());
                    return s.entry().established() || (i >= 0 && (mask & (1 << i)) != 0);
                }).toList();
                return reached(measure.apply(counted));
            });
            return all.withGaps(deciding.stream().map(i -> all.getGaps().get(i)).toList());
        }

        private static boolean reached(AseanDuration d) {
            return d.getAmount().compareTo(d.getRequired()) >= 0;
        }

        private static List<Slice> established(List<Slice> slices) {
            return slices.stream().filter(s -> s.entry().established()).toList();
        }

        /** One merged period from {@code start} (its own from, or the registration date) measured against the term. */
        private AseanDuration measure(AseanCriterionTerm term, int k, boolean latest, Run run, LocalDate start, String description) {
            List<Slice> parts = run.parts().stream()
                    .filter(p -> !p.to().isBefore(start))
                    .map(p -> p.from().isBefore(start) ? new Slice(p.entry(), start, p.to()) : p)
                    .toList();
            if (run.fullTime()) {
                int months = months(term);
                long whole = start.isAfter(run.to()) ? 0 : TimeArithmetic.wholeMonths(start, run.to());
                return duration(term, k, latest, "MONTHS", BigDecimal.valueOf(whole), BigDecimal.valueOf(months), run.ongoing(),
                        run.ongoing() ? TimeArithmetic.firstDayReachingMonths(start, months) : null, description, gaps(parts));
            }
            BigDecimal days = fteDays(parts);
            BigDecimal required = BigDecimal.valueOf(days(term));
            return duration(term, k, latest, "DAYS", days, required, run.ongoing(), projectSum(days, required, parts),
                    description + ", part time", gaps(parts));
        }

        private AseanDuration duration(AseanCriterionTerm term, int period, boolean latest, String unit, BigDecimal amount,
                                       BigDecimal required, boolean ongoing, LocalDate projectedOn, String description,
                                       List<MissingEvidence> gaps) {
            return new AseanDuration(agreement, term.getId(), term.getPartOf(), period, latest, unit, amount, required,
                    ongoing, projectedOn, description, gaps);
        }

        /** The accredited qualifications of the term's ISCED field (prefix) as given. */
        private List<AseanQualification> degrees(AseanCriterionTerm term) {
            String field = term.getIscedField();
            return qualifications.stream()
                    .filter(q -> field != null && q.getIscedField().startsWith(field) && Boolean.TRUE.equals(q.getAccredited()))
                    .toList();
        }

        /** The award the counted experience starts after: the earliest (FIRST_AWARD) or latest (LAST_AWARD) degree. */
        private Optional<LocalDate> award(AseanCriterionTerm term) {
            if (term.getCountFrom() == null) {
                return Optional.empty();
            }
            List<LocalDate> awards = degrees(term).stream().map(AseanQualification::getAwardedOn)
                    .filter(Objects::nonNull).sorted().toList();
            if (awards.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of("LAST_AWARD".equals(term.getCountFrom()) ? awards.get(awards.size() - 1) : awards.get(0));
        }

        private static String countedFrom(Optional<LocalDate> award) {
            return award.map(a -> "counted from " + a.plusDays(1) + " (award on " + a + ")").orElse("counted from the first period");
        }

        /** The experience from the day after the award (all of it when there is no award to count from). */
        private List<Slice> slices(Optional<LocalDate> award) {
            List<Slice> out = new ArrayList<>();
            LocalDate start = award.map(a -> a.plusDays(1)).orElse(null);
            for (Entry e : experience) {
                if (start == null || !e.from().isBefore(start)) {
                    out.add(new Slice(e, e.from(), e.to()));
                } else if (!e.to().isBefore(start)) {
                    out.add(new Slice(e, start, e.to()));
                }
            }
            return out;
        }

        /** P-06.2: merged per occupation and capacity group, sorted by start. */
        private static List<Run> merge(List<Slice> slices) {
            Map<String, List<Slice>> groups = new LinkedHashMap<>();
            for (Slice s : slices) {
                groups.computeIfAbsent(s.entry().occupation() + "/" + s.entry().group(), g -> new ArrayList<>()).add(s);
            }
            List<Run> runs = new ArrayList<>();
            for (List<Slice> group : groups.values()) {
                Map<Period, Slice> byPeriod = new IdentityHashMap<>();
                List<Period> periods = new ArrayList<>();
                for (Slice s : group) {
                    Period p = s.period();
                    byPeriod.put(p, s);
                    periods.add(p);
                }
                for (MergedPeriod m : TimeArithmetic.merge(periods)) {
                    runs.add(new Run(m.from(), m.to(), m.parts().stream().map(byPeriod::get).toList()));
                }
            }
            runs.sort(Comparator.comparing(Run::from).thenComparing(Run::to));
            return runs;
        }

        private static String describe(List<Run> runs) {
            return runs.isEmpty() ? "no experience" : runs.stream().map(Run::describe).collect(Collectors.joining(", "));
        }

        private static BigDecimal fteDays(List<Slice> slices) {
            return TimeArithmetic.fteDays(slices.stream().map(Slice::period).toList());
        }

        /** P-06.7 for sums: the first day the sum reaches the required days while the ongoing periods continue. */
        private LocalDate projectSum(BigDecimal amount, BigDecimal required, List<Slice> slices) {
            BigDecimal fte = slices.stream().filter(Slice::ongoing).map(s -> s.entry().fte()).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (fte.signum() == 0 || amount.compareTo(required) >= 0) {
                return null;
            }
            long more = required.subtract(amount).divide(fte, 0, RoundingMode.CEILING).longValueExact();
            return submitted.plusDays(more);
        }

        private static List<MissingEvidence> gaps(List<Slice> slices) {
            List<MissingEvidence> out = new ArrayList<>();
            for (Slice s : slices) {
                MissingEvidence gap = s.entry().gap();
                if (!s.entry().established() && out.stream().noneMatch(g -> g.item().equals(gap.item()))) {
                    out.add(gap);
                }
            }
            return out;
        }

        /** A term's threshold in calendar months (YEARS are 12 months each). */
        private static int months(AseanCriterionTerm term) {
            return "YEARS".equals(term.getUnit()) ? 12 * term.getAmount() : term.getAmount();
        }

        /** A term's threshold in days for sums (P-06.4: 365 a year, 30 a month). */
        private static long days(AseanCriterionTerm term) {
            return "YEARS".equals(term.getUnit())
                    ? TimeArithmetic.DAYS_PER_YEAR * term.getAmount()
                    : TimeArithmetic.DAYS_PER_MONTH * term.getAmount();
        }
    }
}
