package org.mutualrecognition.decision.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.kie.api.definition.rule.Rule;
import org.kie.api.definition.type.Modifies;
import org.kie.api.runtime.rule.RuleContext;
import org.mutualrecognition.decision.model.Appeal;
import org.mutualrecognition.decision.model.Condition;
import org.mutualrecognition.decision.model.Levels;
import org.mutualrecognition.decision.model.Measure;
import org.mutualrecognition.decision.model.MissingEvidence;
import org.mutualrecognition.decision.model.ProfileVariance;
import org.mutualrecognition.decision.model.Reason;
import org.mutualrecognition.decision.model.RecognisedAs;
import org.mutualrecognition.decision.model.Scope;
import org.mutualrecognition.decision.model.SubstantialDifference;

/**
 * The outcome of one applicable route, written by the rules of that route's model. Java only creates it (open, no
 * outcome) and reads it afterwards; every field is set by a rule or a decision-table row, and each such rule leaves a
 * {@link Reason} naming itself.
 */
public final class RouteOutcome {

    private static final Pattern QUALIFICATION_EVIDENCE = Pattern.compile("/qualifications/\\d+/evidence");

    private final String agreement;
    private final String model;
    private final String legalBasis;
    private final String textVersion;
    private final String inForceFrom;
    private final boolean partialAccess;

    private String outcome;
    private boolean withdrawn;
    private boolean setAside;
    private boolean alternativeOnly;
    private Levels levels;
    private Boolean tacit;
    private Scope scope;
    private ProfileVariance profileVariance;
    private RecognisedAs recognisedAs;
    private String earliestEligibleOn;
    private Appeal appeal;
    private boolean refugeeProcedure;
    private boolean refugeeProcedureOnly;
    private final List<SubstantialDifference> substantialDifferences = new ArrayList<>();
    private final List<Measure> measures = new ArrayList<>();
    private final List<Condition> conditions = new ArrayList<>();
    private final List<MissingEvidence> missingEvidence = new ArrayList<>();
    private final List<Reason> reasons = new ArrayList<>();

    public RouteOutcome(String agreement, String model, String legalBasis, String textVersion, String inForceFrom) {
        this(agreement, model, legalBasis, textVersion, inForceFrom, false);
    }

    /** {@code partialAccess}: this outcome answers a PARTIAL request under Art. 4f (P-13), not full access. */
    public RouteOutcome(String agreement, String model, String legalBasis, String textVersion, String inForceFrom,
                        boolean partialAccess) {
        this.agreement = agreement;
        this.model = model;
        this.legalBasis = legalBasis;
        this.textVersion = textVersion;
        this.inForceFrom = inForceFrom;
        this.partialAccess = partialAccess;
    }

    /** Records the rule that is firing as a reason: its {@code @id}, its file and name, its {@code @legalBasis}. */
    public void reason(RuleContext context, String text) {
        reasons.add(reasonOf(context.getRule(), text));
    }

    public void reason(Reason reason) {
        reasons.add(reason);
    }

    public static Reason reasonOf(Rule rule, String text) {
        Map<String, Object> meta = rule.getMetaData();
        String id = String.valueOf(meta.getOrDefault("id", rule.getName()));
        String basis = String.valueOf(meta.getOrDefault("legalBasis", ""));
        return new Reason(null, id, RuleSources.sourceOf(rule), basis, text);
    }

    @Modifies({"outcome", "open"})
    public void decide(String outcome) {
        this.outcome = outcome;
    }

    /**
     * The route turned out not to be available (e.g. Automatic Mutual Recognition for a registration the host exempted,
     * P-19.1): it keeps its outcome and reasons, but the choice (P-05.4) takes it only when no other route remains.
     */
    @Modifies("setAside")
    public void withdrawFromChoice() {
        this.setAside = true;
    }

    public boolean isSetAside() {
        return setAside;
    }

    public boolean isOpen() {
        return outcome == null && !withdrawn;
    }

    /**
     * The route turned out not to be applicable after all (P-05.5: the general system is evaluated for a sectoral
     * applicant only as the fallback, and the sectoral route gives way to it): it produces no outcome and is not
     * listed among the alternatives.
     */
    @Modifies({"withdrawn", "open"})
    public void withdraw() {
        this.withdrawn = true;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }

    public void addDifference(SubstantialDifference difference) {
        substantialDifferences.add(difference);
    }

    public void addMeasure(Measure measure) {
        measures.add(measure);
    }

    public void addCondition(String type, String detail) {
        Condition condition = new Condition(type, detail);
        if (!conditions.contains(condition)) {
            conditions.add(condition);
        }
    }

    public void addMissingEvidence(String item, String reason) {
        if (missingEvidence.stream().noneMatch(m -> m.item().equals(item))) {
            missingEvidence.add(new MissingEvidence(item, reason));
        }
    }

    public boolean hasMissingEvidence() {
        return !missingEvidence.isEmpty();
    }

    public String getAgreement() { return agreement; }
    public String getModel() { return model; }
    public String getLegalBasis() { return legalBasis; }
    public String getTextVersion() { return textVersion; }
    public String getInForceFrom() { return inForceFrom; }
    public boolean isPartialAccess() { return partialAccess; }
    /** Set by a rule when this outcome may only be listed among the alternatives, never chosen (e.g. P-13.2). */
    public boolean isAlternativeOnly() { return alternativeOnly; }
    public void setAlternativeOnly(boolean alternativeOnly) { this.alternativeOnly = alternativeOnly; }
    public String getOutcome() { return outcome; }
    public Levels getLevels() { return levels; }
    public void setLevels(Levels levels) { this.levels = levels; }
    public Boolean getTacit() { return tacit; }
    public void setTacit(Boolean tacit) { this.tacit = tacit; }
    public Scope getScope() { return scope; }
    public void setScope(Scope scope) { this.scope = scope; }
    public ProfileVariance getProfileVariance() { return profileVariance; }
    public void setProfileVariance(ProfileVariance profileVariance) { this.profileVariance = profileVariance; }
    public RecognisedAs getRecognisedAs() { return recognisedAs; }
    public void setRecognisedAs(RecognisedAs recognisedAs) { this.recognisedAs = recognisedAs; }
    public String getEarliestEligibleOn() { return earliestEligibleOn; }
    public void setEarliestEligibleOn(String earliestEligibleOn) { this.earliestEligibleOn = earliestEligibleOn; }
    public Appeal getAppeal() { return appeal; }
    public boolean isRefugeeProcedure() { return refugeeProcedure; }
    public void setRefugeeProcedure(boolean refugeeProcedure) { this.refugeeProcedure = refugeeProcedure; }

    /** The Lisbon route opened for a refugee only because a qualification is not established (P-04.6; RouteCandidate). */
    public boolean isRefugeeProcedureOnly() { return refugeeProcedureOnly; }
    public void setRefugeeProcedureOnly(boolean refugeeProcedureOnly) { this.refugeeProcedureOnly = refugeeProcedureOnly; }

    /** Whether this route lists the evidence of a qualification as not established (P-04.5: /qualifications/i/evidence). */
    public boolean listsQualificationEvidence() {
        return missingEvidence.stream().anyMatch(m -> QUALIFICATION_EVIDENCE.matcher(m.item()).matches());
    }
    public void setAppeal(Appeal appeal) { this.appeal = appeal; }
    public List<SubstantialDifference> getSubstantialDifferences() { return substantialDifferences; }
    public List<Measure> getMeasures() { return measures; }
    public List<Condition> getConditions() { return conditions; }
    public List<MissingEvidence> getMissingEvidence() { return missingEvidence; }
    public List<Reason> getReasons() { return reasons; }
}
