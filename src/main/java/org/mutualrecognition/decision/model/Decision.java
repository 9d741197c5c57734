package org.mutualrecognition.decision.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The reasoned decision of {@code decision.schema.json}. The five finding lists are always present (P-08.1).
 */
@JsonPropertyOrder({"decisionId", "reference", "outcome", "route", "alternatives", "tacit", "recognisedAs", "levels",
        "substantialDifferences", "measures", "profileVariance", "scope", "conditions", "missingEvidence",
        "validationFindings", "earliestEligibleOn", "reasons", "appeal", "ruleset", "decidedAt"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class Decision {
    public String decisionId;
    public String reference;
    public String outcome;
    public Route route;
    public List<Alternative> alternatives = new ArrayList<>();
    public Boolean tacit;
    public RecognisedAs recognisedAs;
    public Levels levels;
    public List<SubstantialDifference> substantialDifferences = new ArrayList<>();
    public List<Measure> measures = new ArrayList<>();
    public ProfileVariance profileVariance;
    public Scope scope;
    public List<Condition> conditions = new ArrayList<>();
    public List<MissingEvidence> missingEvidence = new ArrayList<>();
    public List<Finding> validationFindings = new ArrayList<>();
    public String earliestEligibleOn;
    public List<Reason> reasons = new ArrayList<>();
    public Appeal appeal;
    public RuleSetRef ruleset;
    public String decidedAt;
}
