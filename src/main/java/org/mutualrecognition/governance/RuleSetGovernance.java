package org.mutualrecognition.governance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mutualrecognition.audit.RuleSetVersions;
import org.mutualrecognition.decision.CompiledRuleSet;
import org.mutualrecognition.decision.InMemoryZip;
import org.mutualrecognition.decision.RuleModelCompiler;
import org.mutualrecognition.decision.RuleModelStore;
import org.mutualrecognition.decision.RuleSetFiles;
import org.mutualrecognition.decision.RuleSetValidation;
import org.mutualrecognition.decision.RuleSetValidator;
import org.mutualrecognition.intake.Problem;
import org.mutualrecognition.intake.RejectedRequestException;
import org.mutualrecognition.persistence.DecisionRepository;
import org.mutualrecognition.persistence.RuleSetArchive;

/**
 * A policy officer's path from a proposed rule set to a live one: store the draft, validate it, preview its impact on
 * every fixture and stored decision, and activate it from a date (or roll back by activating an earlier version).
 */
@ApplicationScoped
public class RuleSetGovernance {

    private final ObjectMapper mapper;
    private final RuleSetArchive archive;
    private final RuleSetVersions versions;
    private final ScheduledRuleSets schedule;
    private final DecisionRepository decisions;
    private final Clock clock;
    private final RuleModelStore models;
    private final RuleModelCompiler modelCompiler;

    public RuleSetGovernance(ObjectMapper mapper, RuleSetArchive archive, RuleSetVersions versions,
                             ScheduledRuleSets schedule, DecisionRepository decisions, Clock clock, RuleModelStore models,
                             RuleModelCompiler modelCompiler) {
        this.mapper = mapper;
        this.models = models;
        this.modelCompiler = modelCompiler;
        this.archive = archive;
        this.versions = versions;
        this.schedule = schedule;
        this.decisions = decisions;
        this.clock = clock;
    }

    /**
     * Stores a draft from a zip of rules/ and decision-tables/, validates it and previews its impact over every fixture
     * and the {@code storedLimit} most recent stored decisions.
     */
    public ObjectNode propose(byte[] zip, String proposedBy, int storedLimit) {
        Map<String, byte[]> files = new TreeMap<>();
        try {
            InMemoryZip.unzip(zip).forEach((path, content) -> {
                String p = path.startsWith("./") ? path.substring(2) : path;
                if (p.startsWith("rules/") || p.startsWith("decision-tables/")) {
                    files.put(p, content);
                }
            });
        } catch (RuntimeException e) {
            throw new RejectedRequestException(400, "Not a zip archive", List.of(new Problem("", "send a zip of rules/ and decision-tables/")));
        }
        if (files.isEmpty()) {
            throw new RejectedRequestException(400, "Empty rule set",
                    List.of(new Problem("", "the zip holds no file under rules/ or decision-tables/")));
        }
        RuleSetFiles draft = new RuleSetFiles(files);
        RuleSetValidation validation = new RuleSetValidator(mapper, models, modelCompiler, versions.packaged().tables()).validate(draft);
        archive.storeDraft(draft, clock.instant(), validation.valid(), write(validation), proposedBy);
        ObjectNode out = mapper.createObjectNode();
        out.put("version", draft.version());
        out.put("valid", validation.valid());
        out.set("validation", mapper.valueToTree(validation));
        if (validation.valid()) {
            // the draft decides the preview as validated; it is not kept compiled afterwards (a kept version holds its
            // KieBase and sessions: two proposals in a row exhausted the documented 128 MiB heap). Activating it later
            // builds it from the model its validation kept (RuleModelStore), without compiling it again.
            out.set("impact", mapper.valueToTree(impact(validation.compiled, storedLimit)));
        }
        return out;
    }

    /** The impact of the version {@code draftVersion} (archived) against the version in force today. */
    public ImpactReport impact(String draftVersion, int storedLimit) {
        return impact(versions.version(draftVersion), storedLimit);
    }

    /**
     * Every fixture, and at most {@code storedLimit} stored decisions, the most recent: each costs about 0.8 ms (read,
     * decided under both versions, compared), so a preview over a million stored decisions would hold its HTTP request
     * for some 14 minutes. The report says how many were decided again out of how many.
     */
    private ImpactReport impact(CompiledRuleSet draft, int storedLimit) {
        CompiledRuleSet baseline = schedule.current();
        ImpactAnalysis analysis = new ImpactAnalysis(mapper, baseline, draft);
        analysis.fixtures(RuleSetFiles.classpathFolder("fixtures"));
        if (storedLimit > 0) {
            long total = decisions.countDecisions();
            analysis.report().storedEvaluated = decisions.forEachMostRecentCase(storedLimit,
                    c -> analysis.stored(c.reference(), c.decisionId(), c.applicationJson(), c.decidedAt()));
            analysis.report().storedTotal = total;
        }
        return analysis.report();
    }

    /** Makes a validated version the one in force from {@code inForceFrom}; recorded with who, when and the impact. */
    public ObjectNode activate(String version, LocalDate inForceFrom, String activatedBy) {
        RuleSetArchive.ArchivedVersion archived = archive.find(version).orElseThrow(() -> new RejectedRequestException(404,
                "Unknown rule-set version", List.of(new Problem("/version", "no rule set " + version + " is stored"))));
        if (!archived.valid()) {
            throw new RejectedRequestException(409, "The rule set has validation errors",
                    List.of(new Problem("/version", "a draft with validation errors can never be activated")));
        }
        ImpactReport impact = impact(version, 0);
        archive.recordActivation(version, inForceFrom, clock.instant(), activatedBy, write(impact));
        schedule.reload();
        ObjectNode out = mapper.createObjectNode();
        out.put("version", version);
        out.put("inForceFrom", inForceFrom.toString());
        out.put("activatedBy", activatedBy);
        out.put("activatedAt", clock.instant().toString());
        out.set("impact", mapper.valueToTree(impact));
        return out;
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
