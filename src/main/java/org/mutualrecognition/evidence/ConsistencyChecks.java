package org.mutualrecognition.evidence;

import static org.mutualrecognition.evidence.ApplicationFields.present;
import static org.mutualrecognition.evidence.ApplicationFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mutualrecognition.knowledge.KnowledgeBase;

/**
 * The checks that run before any rule (P-03, {@code validation-codes.json}). The application has passed the JSON
 * schema already. Findings come one per offending field, in the order of the checks in
 * {@code validation-codes.json} and, within a check, in document order (occupation, qualifications,
 * registrations, designations, experience, lifelong learning; fields in the order the policy names them).
 */
public final class ConsistencyChecks {

    private final KnowledgeBase knowledge;
    /** ISCO-08 code → its lower-case label keywords (empty when it has none), in file order. */
    private final Map<String, List<String>> occupationKeywords = new LinkedHashMap<>();
    /** Regional standard ids and benchmark home qualification ids (P-03.2 UNKNOWN_STANDARD). */
    private final Set<String> standards = new HashSet<>();

    public ConsistencyChecks(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        for (JsonNode occupation : knowledge.records("occupations", "occupations")) {
            List<String> keywords = new ArrayList<>();
            occupation.path("keywords").forEach(k -> keywords.add(lower(k.asText())));
            occupationKeywords.put(occupation.path("isco08").asText(), keywords);
        }
        knowledge.records("regional-standards", "standards").forEach(s -> standards.add(s.path("id").asText()));
        knowledge.records("benchmark-standards", "homeQualifications").forEach(q -> standards.add(q.path("id").asText()));
    }

    /** Every finding of P-03 for one schema-valid application; empty when the facts are consistent. */
    public List<ValidationFinding> check(JsonNode application) {
        Findings findings = new Findings();
        unknownAgreement(application, findings);
        unknownOccupations(application, findings);
        unknownFrameworksAndLevels(application, findings);
        unknownStandards(application, findings);
        FactChecks.dateOrder(application, findings);
        FactChecks.experienceExceedsElapsed(application, findings);
        FactChecks.responsibleChargeExceedsExperience(application, findings);
        FactChecks.hoursInconsistent(application, findings);
        FactChecks.workloadInconsistent(application, findings);
        FactChecks.duplicateCodes(application, findings);
        codeLabelMismatch(application, findings);
        return findings.list();
    }

    /** P-03.2 UNKNOWN_AGREEMENT: {@code agreement} given and not an id of {@code agreements.json}. */
    private void unknownAgreement(JsonNode application, Findings findings) {
        String agreement = text(application, "agreement");
        if (agreement != null && knowledge.agreement(agreement).isEmpty()) {
            findings.add("UNKNOWN_AGREEMENT", "/agreement", "agreement " + agreement + " is not in agreements.json");
        }
    }

    /** P-03.2 UNKNOWN_OCCUPATION: every ISCO-08 code of the application must be in {@code occupations.json}. */
    private void unknownOccupations(JsonNode application, Findings findings) {
        unknownOccupation(text(application.path("occupation"), "isco08"), "/occupation/isco08", findings);
        for (String array : List.of("qualifications", "registrations", "experience")) {
            JsonNode items = application.path(array);
            for (int i = 0; i < items.size(); i++) {
                unknownOccupation(text(items.get(i), "occupation"), "/" + array + "/" + i + "/occupation", findings);
            }
        }
    }

    private void unknownOccupation(String isco08, String path, Findings findings) {
        if (isco08 != null && !occupationKeywords.containsKey(isco08)) {
            findings.add("UNKNOWN_OCCUPATION", path, "ISCO-08 code " + isco08 + " is not in occupations.json");
        }
    }

    /**
     * P-03.2 UNKNOWN_FRAMEWORK (not in {@code frameworks.json} or not usable in applications) and UNKNOWN_LEVEL
     * (a level its framework does not have; checked only against a framework usable in applications). All
     * framework findings precede all level findings.
     */
    private void unknownFrameworksAndLevels(JsonNode application, Findings findings) {
        JsonNode qualifications = application.path("qualifications");
        List<ValidationFinding> levelFindings = new ArrayList<>();
        for (int i = 0; i < qualifications.size(); i++) {
            JsonNode qualification = qualifications.get(i);
            String frameworkId = text(qualification, "framework");
            if (frameworkId == null) {
                continue;
            }
            JsonNode framework = knowledge.framework(frameworkId).orElse(null);
            if (framework == null || !framework.path("usableInApplications").asBoolean(false)) {
                findings.add("UNKNOWN_FRAMEWORK", "/qualifications/" + i + "/framework",
                        "framework " + frameworkId + " is not a framework usable in applications");
            } else if (present(qualification, "level") && !hasLevel(framework, qualification.get("level"))) {
                levelFindings.add(new ValidationFinding("UNKNOWN_LEVEL", "/qualifications/" + i + "/level",
                        "level " + qualification.get("level").asText() + " is not a level of " + frameworkId));
            }
        }
        levelFindings.forEach(findings::add);
    }

    private static boolean hasLevel(JsonNode framework, JsonNode level) {
        for (JsonNode known : framework.path("levels")) {
            boolean same = known.isNumber() && level.isNumber()
                    ? known.decimalValue().compareTo(level.decimalValue()) == 0
                    : known.asText().equals(level.asText());
            if (same) {
                return true;
            }
        }
        return false;
    }

    /** P-03.2 UNKNOWN_STANDARD: {@code standard} neither a regional standard nor a benchmark home qualification. */
    private void unknownStandards(JsonNode application, Findings findings) {
        JsonNode qualifications = application.path("qualifications");
        for (int i = 0; i < qualifications.size(); i++) {
            String standard = text(qualifications.get(i), "standard");
            if (standard != null && !standards.contains(standard)) {
                findings.add("UNKNOWN_STANDARD", "/qualifications/" + i + "/standard",
                        "standard " + standard + " is neither a regional standard nor a benchmark home qualification");
            }
        }
    }

    /**
     * P-03.2 CODE_LABEL_MISMATCH: {@code occupation.title} contains (case-insensitive substring) a keyword of
     * another ISCO-08 code and none of the keywords of its own code ({@code occupations.json}).
     */
    private void codeLabelMismatch(JsonNode application, Findings findings) {
        JsonNode occupation = application.path("occupation");
        String isco08 = text(occupation, "isco08");
        String title = text(occupation, "title");
        if (isco08 == null || title == null) {
            return;
        }
        String label = lower(title);
        if (occupationKeywords.getOrDefault(isco08, List.of()).stream().anyMatch(label::contains)) {
            return;
        }
        for (Map.Entry<String, List<String>> other : occupationKeywords.entrySet()) {
            if (other.getKey().equals(isco08)) {
                continue;
            }
            for (String keyword : other.getValue()) {
                if (label.contains(keyword)) {
                    findings.add("CODE_LABEL_MISMATCH", "/occupation/title", "title contains '" + keyword
                            + "', a keyword of ISCO-08 " + other.getKey() + ", and no keyword of " + isco08);
                    return;
                }
            }
        }
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
