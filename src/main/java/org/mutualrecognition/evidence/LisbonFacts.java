package org.mutualrecognition.evidence;

import static org.mutualrecognition.knowledge.JsonArrays.strings;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.mutualrecognition.agreements.RouteCandidate;
import org.mutualrecognition.decision.DecisionTables;
import org.mutualrecognition.decision.TableReasons;
import org.mutualrecognition.decision.TableResult;
import org.mutualrecognition.decision.facts.EvidenceGap;
import org.mutualrecognition.decision.facts.LisbonComparator;
import org.mutualrecognition.decision.facts.LisbonLevel;
import org.mutualrecognition.decision.facts.LisbonMatter;
import org.mutualrecognition.decision.facts.LisbonQualification;
import org.mutualrecognition.decision.facts.LisbonRung;
import org.mutualrecognition.decision.model.Level;
import org.mutualrecognition.knowledge.KnowledgeBase;

/**
 * Prepares the facts the Lisbon Recognition Convention rules (rules/lrc/lisbon.drl) judge (P-17, P-04.6): the
 * {@code academicComparators} record for (host, purpose, occupation), one rung per host qualification compared with,
 * the assessed qualification as stated, its level mapped into each rung's framework (level-referencing.dmn, the ISCED
 * proxy of eu-art11-level.dmn, the verdict row of lrc-level-verdict.dmn), the applicant's amount of every required
 * matter, and the evidence the route relies on. Look-ups and sums only; no judgement.
 *
 * <p>Which qualification is assessed [A]: among the qualifications for the application's occupation (all of them when
 * none is), the one with the highest EQF level (lowest EQF level of its framework level, or the ISCED proxy); the first
 * listed on a tie.
 */
public final class LisbonFacts implements FactPreparer {

    public static final String ROUTE = "ACADEMIC_CONVENTION";

    private final KnowledgeBase kb;
    private final DecisionTables tables;
    private final QualificationLevels levels;

    public LisbonFacts(KnowledgeBase kb, DecisionTables tables) {
        this.kb = kb;
        this.tables = tables;
        this.levels = new QualificationLevels(tables);
    }

    @Override
    public boolean serves(RouteCandidate route) {
        return ROUTE.equals(route.model());
    }

    @Override
    public PreparedFacts prepare(JsonNode app, RouteCandidate route) {
        PreparedFacts facts = new PreparedFacts();
        JsonNode qualifications = app.path("qualifications");
        Optional<JsonNode> record = comparator(app, route.agreement());
        if (record.isEmpty()) {
            // nothing to compare with: every qualification that could be assessed is what a refugee procedure relies on (P-04.6)
            for (int i : assessable(app)) {
                qualificationEvidence(qualifications, i, facts);
            }
            return facts;
        }
        JsonNode c = record.get();
        String kind = c.path("kind").asText();
        JsonNode programme = c.path("programme");
        facts.add(new LisbonComparator(kind, c.path("id").asText(), c.path("title").asText(),
                programme.path("title").asText(null), decimal(programme.path("ects"))));

        Optional<Integer> assessed = assessedQualification(app);
        if (assessed.isEmpty()) {
            return facts;
        }
        int index = assessed.get();
        JsonNode q = qualifications.get(index);
        JsonNode accredited = q.path("accredited");
        facts.add(new LisbonQualification(index, q.path("title").asText(), decimal(q.path("ects")),
                accredited.isBoolean() ? accredited.asBoolean() : null, q.path("iscedField").asText(null)));
        qualificationEvidence(qualifications, index, facts);

        ApplicantLevel applicant = applicantLevel(q, facts);
        Map<String, TableResult> lookups = new HashMap<>();
        List<Rung> rungs = rungs(c, kind);
        for (int rank = 0; rank < rungs.size(); rank++) {
            Rung rung = rungs.get(rank);
            facts.add(new LisbonRung(rank, rung.id(), rung.title(), rung.level().path("framework").asText(null),
                    rung.level().path("level").isNumber() ? rung.level().path("level").asInt() : null,
                    decimal(rung.minEcts()), strings(rung.acceptedFields())));
            facts.add(level(rank, rung, applicant, !"PROGRAMME_WITH_EXEMPTIONS".equals(kind), lookups, facts));
            for (JsonNode matter : rung.requiredMatters()) {
                facts.add(matter(rank, qualifications, matter));
            }
        }
        return facts;
    }

    /** P-01.6: one comparator record per (host, purpose, isco08); a subdivision uses its country's record. */
    private Optional<JsonNode> comparator(JsonNode app, String agreement) {
        String host = app.path("host").asText();
        String purpose = app.path("purpose").asText();
        String isco = app.path("occupation").path("isco08").asText();
        for (String jurisdiction : List.of(host, KnowledgeBase.country(host))) {
            Optional<JsonNode> found = kb.find("host-standards", "academicComparators",
                    r -> agreement.equals(r.path("agreement").asText()) && jurisdiction.equals(r.path("host").asText())
                            && purpose.equals(r.path("purpose").asText()) && isco.equals(r.path("isco08").asText()));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The host qualifications compared with, in the record's order (P-17.3). */
    private static List<Rung> rungs(JsonNode c, String kind) {
        List<Rung> rungs = new ArrayList<>();
        switch (kind) {
            case "EMPLOYMENT_LADDER" -> c.path("comparators").forEach(r -> rungs.add(new Rung(r.path("id").asText(),
                    r.path("title").asText(), r.path("level"), r.path("minEcts"), r.path("acceptedFields"), r.path("requiredMatters"))));
            case "PROGRAMME_WITH_EXEMPTIONS" -> {
                JsonNode p = c.path("programme");
                rungs.add(new Rung(c.path("id").asText(), p.path("title").asText(), p.path("level"), p.path("minEcts"),
                        p.path("acceptedFields"), p.path("requiredMatters")));
            }
            default -> rungs.add(new Rung(c.path("id").asText(), c.path("title").asText(), c.path("requiredLevel"),
                    c.path("minEcts"), c.path("acceptedFields"), c.path("requiredMatters")));
        }
        return rungs;
    }

    /**
     * The qualifications the route may assess (P-04.1, P-04.6): those for the application's occupation, or all of them
     * when none is. A refugee's qualification outside these is not needed and does not open the refugee procedure.
     */
    public static List<Integer> assessable(JsonNode app) {
        JsonNode qualifications = app.path("qualifications");
        String isco = app.path("occupation").path("isco08").asText();
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < qualifications.size(); i++) {
            if (isco.equals(qualifications.get(i).path("occupation").asText())) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            for (int i = 0; i < qualifications.size(); i++) {
                candidates.add(i);
            }
        }
        return candidates;
    }

    private Optional<Integer> assessedQualification(JsonNode app) {
        JsonNode qualifications = app.path("qualifications");
        Integer best = null;
        BigDecimal bestLevel = null;
        for (int i : assessable(app)) {
            BigDecimal eqf = levels.eqfLevel(qualifications.get(i), new PreparedFacts());
            if (best == null || (eqf != null && (bestLevel == null || eqf.compareTo(bestLevel) > 0))) {
                best = i;
                bestLevel = eqf;
            }
        }
        return Optional.ofNullable(best);
    }

    private static void qualificationEvidence(JsonNode qualifications, int i, PreparedFacts facts) {
        JsonNode q = qualifications.get(i);
        if (!EvidenceStatus.established(q.path("evidence"))) {
            facts.add(EvidenceGap.notEstablished(ROUTE, "/qualifications/" + i + "/evidence", "qualification " + q.path("title").asText()));
        }
    }

    /** The qualification's own framework level; without framework and level, the ISCED proxy as an EQF level (P-17.2). */
    private ApplicantLevel applicantLevel(JsonNode q, PreparedFacts facts) {
        if (q.hasNonNull("framework") && q.path("level").isNumber()) {
            return new ApplicantLevel(new Level(q.path("framework").asText(), q.path("level").asInt()), false);
        }
        if (q.path("iscedLevel").isNumber()) {
            TableResult proxy = tables.evaluate("eu-art11-level", "EQF proxy", Map.of("iscedLevel", q.path("iscedLevel").decimalValue()));
            if (proxy.result() != null) {
                int eqf = new BigDecimal(String.valueOf(proxy.result())).intValueExact();
                facts.addReasons(TableReasons.of(proxy, "Without framework and level, ISCED level " + q.path("iscedLevel").asText()
                        + " stands for EQF level " + eqf + "."));
                return new ApplicantLevel(new Level("EQF", eqf), true);
            }
        }
        return null;
    }

    /**
     * P-22.3 into the rung's framework, then the verdict row of lrc-level-verdict.dmn; no verdict for a programme with
     * exemptions, whose level is stated but not compared (P-17.3). {@code lookups} holds the referencing rows already read
     * for this application, so that each becomes a reason once.
     */
    private LisbonLevel level(int rank, Rung rung, ApplicantLevel applicant, boolean compared,
                              Map<String, TableResult> lookups, PreparedFacts facts) {
        String target = rung.level().path("framework").asText(null);
        Integer required = rung.level().path("level").isNumber() ? rung.level().path("level").asInt() : null;
        List<Level> reference = new ArrayList<>();
        Map<Integer, Level> hostLevels = new TreeMap<>();
        if (applicant != null && target != null) {
            Level own = applicant.level();
            String framework = own.framework();
            String level = String.valueOf(own.level());
            if (framework.equals(target)) {
                if (isMeta(framework)) {
                    reference.add(own);
                }
                put(hostLevels, target, level);
            } else if (isMeta(framework)) {
                reference.add(own);
                hostLevelsReaching(target, framework, level, lookups, facts).forEach(l -> put(hostLevels, target, l));
            } else {
                TableResult meta = metaLevels(lookups, framework, level, facts);
                for (Object row : QualificationLevels.asList(meta.result())) {
                    Map<?, ?> r = (Map<?, ?>) row;
                    String metaFramework = String.valueOf(r.get("metaFramework"));
                    String metaLevel = String.valueOf(r.get("metaLevel"));
                    List<String> reached = target.equals(metaFramework) ? List.of(metaLevel)
                            : hostLevelsReaching(target, metaFramework, metaLevel, lookups, facts);
                    if (!reached.isEmpty()) {
                        reference.add(new Level(metaFramework, levelValue(metaLevel)));
                        reached.forEach(l -> put(hostLevels, target, l));
                    }
                }
            }
        }
        String result = null;
        if (compared) {
            Map<String, Object> inputs = new HashMap<>();
            inputs.put("mappedLevels", hostLevels.keySet().stream().map(BigDecimal::valueOf).toList());
            inputs.put("requiredLevel", required);
            TableResult verdict = tables.evaluate("lrc-level-verdict", "Level verdict", inputs);
            result = String.valueOf(verdict.result());
            facts.addReasons(TableReasons.of(verdict, "Comparator " + rung.id() + ": applicant level "
                    + (applicant == null ? "unknown" : applicant.level().framework() + " " + applicant.level().level())
                    + " maps to " + target + " " + hostLevels.keySet() + " against the required " + target + " " + required
                    + ": " + result + "."));
        }
        return new LisbonLevel(rank, result, applicant == null ? null : applicant.level(), applicant != null && applicant.proxy(),
                reference, new ArrayList<>(hostLevels.values()), target == null ? null : new Level(target, required));
    }

    private List<String> hostLevelsReaching(String host, String metaFramework, String metaLevel,
                                            Map<String, TableResult> lookups, PreparedFacts facts) {
        Map<String, Object> inputs = Map.of("framework", host, "metaFramework", metaFramework, "metaLevel", metaLevel);
        String key = "Host levels|" + host + "|" + metaFramework + "|" + metaLevel;
        TableResult back = lookups.get(key);
        boolean first = back == null;
        if (first) {
            back = tables.evaluate("level-referencing", "Host levels", inputs);
            lookups.put(key, back);
        }
        List<String> out = new ArrayList<>();
        for (Object row : QualificationLevels.asList(back.result())) {
            out.add(String.valueOf(((Map<?, ?>) row).get("level")));
        }
        if (first && !out.isEmpty()) {
            facts.addReasons(TableReasons.of(back, metaFramework + " level " + metaLevel + " is reached by " + host + " levels " + out + "."));
        }
        return out;
    }

    /** The meta-framework levels of a framework level, read once per application (its rows become reasons once). */
    private TableResult metaLevels(Map<String, TableResult> lookups, String framework, String level, PreparedFacts facts) {
        String key = "Meta levels|" + framework + "|" + level;
        TableResult result = lookups.get(key);
        if (result == null) {
            result = tables.evaluate("level-referencing", "Meta levels", Map.of("framework", framework, "level", level));
            lookups.put(key, result);
            facts.addReasons(TableReasons.of(result, framework + " level " + level + " is referenced to a meta-framework level."));
        }
        return result;
    }

    /** Numeric levels only: a level that is not a number (e.g. a QF-EHEA cycle) cannot be compared and is left out. */
    private static void put(Map<Integer, Level> levels, String framework, String level) {
        Object value = levelValue(level);
        if (value instanceof Integer n) {
            levels.put(n, new Level(framework, n));
        }
    }

    private boolean isMeta(String framework) {
        return kb.framework(framework).map(f -> f.path("kind").asText().startsWith("META")).orElse(false);
    }

    /**
     * P-12.4: the sum over all qualifications of the matters with the identical code, in the entry's unit; the same sum
     * over the qualifications whose evidence is established, and the evidence pointers of those not established whose
     * amounts can decide whether the minimum is met ({@link DecidingSources}; P-04.1: rules/lrc/lisbon.drl asks for them
     * when the verdict on the route depends on that matter).
     */
    private static LisbonMatter matter(int rank, JsonNode qualifications, JsonNode matter) {
        String code = matter.path("code").asText();
        String field = "HOURS".equals(matter.path("unit").asText()) ? "hours" : "ects";
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal established = BigDecimal.ZERO;
        LinkedHashMap<String, BigDecimal> unestablished = new LinkedHashMap<>();
        for (int i = 0; i < qualifications.size(); i++) {
            boolean evidenced = EvidenceStatus.established(qualifications.get(i).path("evidence"));
            for (JsonNode m : qualifications.get(i).path("matters")) {
                if (code.equals(m.path("code").asText()) && m.path(field).isNumber()) {
                    BigDecimal value = m.path(field).decimalValue();
                    total = total.add(value);
                    if (evidenced) {
                        established = established.add(value);
                    } else {
                        DecidingSources.add(unestablished, "/qualifications/" + i + "/evidence", value);
                    }
                }
            }
        }
        BigDecimal minimum = decimal(matter.path("minimum"));
        List<String> deciding = minimum == null ? List.of()
                : DecidingSources.of(established, unestablished, amount -> amount.compareTo(minimum) >= 0);
        return new LisbonMatter(rank, code, matter.path("title").asText(), matter.path("unit").asText("ECTS"),
                minimum, total, established, deciding);
    }

    private static BigDecimal decimal(JsonNode node) {
        return node.isNumber() ? node.decimalValue() : null;
    }

    private static Object levelValue(String level) {
        try {
            return Integer.parseInt(level);
        } catch (NumberFormatException e) {
            return level;
        }
    }

    private record Rung(String id, String title, JsonNode level, JsonNode minEcts, JsonNode acceptedFields,
                        JsonNode requiredMatters) {
    }

    private record ApplicantLevel(Level level, boolean proxy) {
    }
}
