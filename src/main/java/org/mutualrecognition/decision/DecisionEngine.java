package org.mutualrecognition.decision;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import org.kie.api.runtime.KieSession;
import org.mutualrecognition.agreements.RouteCandidate;
import org.mutualrecognition.agreements.RouteDiscovery;
import org.mutualrecognition.decision.facts.CaseFacts;
import org.mutualrecognition.decision.facts.RouteOutcome;
import org.mutualrecognition.decision.facts.ValidationReview;
import org.mutualrecognition.decision.model.Alternative;
import org.mutualrecognition.decision.model.Decision;
import org.mutualrecognition.decision.model.Finding;
import org.mutualrecognition.decision.model.Reason;
import org.mutualrecognition.decision.model.Route;
import org.mutualrecognition.decision.model.RuleSetRef;
import org.mutualrecognition.evidence.FactPreparers;
import org.mutualrecognition.evidence.IsoDates;
import org.mutualrecognition.evidence.PreparedFacts;
import org.mutualrecognition.evidence.ValidationFinding;

/**
 * The decision pipeline: consistency checks first (P-03; when they find anything, only rules/common/validation.drl
 * runs), then route discovery (P-05), fact preparation per route, one rule session over every route, and the choice
 * of the most favourable outcome through route-preference.dmn (P-05.4). Java prepares and collects; rules and tables
 * decide.
 */
public final class DecisionEngine {

    public static final String NO_ROUTE = "NONE";

    private static final Logger LOG = Logger.getLogger(DecisionEngine.class);

    /** Decides without recording a trace (no rule listener, no table records): the same decision, less work. */
    public Decision decide(JsonNode app, CompiledRuleSet ruleSet, DecisionContext context) {
        DecisionTrace outer = DecisionTrace.suspend();
        try {
            return decide(app, ruleSet, context, null);
        } finally {
            DecisionTrace.resume(outer);
        }
    }

    /** Decides and returns the trace of every rule fired and every table evaluated on the way. */
    public TracedDecision decideWithTrace(JsonNode app, CompiledRuleSet ruleSet, DecisionContext context) {
        DecisionTrace trace = DecisionTrace.begin();
        try {
            return new TracedDecision(decide(app, ruleSet, context, trace), trace);
        } finally {
            trace.end();
        }
    }

    /**
     * A well-formed application is always decided (contract README): when the engine fails on one (a defect of the rule
     * set or of this service, never of the application, which passed the schema and the checks), the case is referred
     * to a person (P-24) with a reason saying so, and the failure is logged; the application is stored, not lost.
     */
    private Decision decide(JsonNode app, CompiledRuleSet ruleSet, DecisionContext context, DecisionTrace trace) {
        try {
            return decideOrFail(app, ruleSet, context, trace);
        } catch (RuntimeException e) {
            LOG.errorf(e, "the rule engine failed on application %s (rule set %s): referred for review",
                    app.path("reference").asText(), ruleSet.version());
            Decision decision = newDecision(app, context);
            decision.outcome = "REFER_FOR_REVIEW";
            decision.route = Route.none();
            decision.reasons.add(new Reason("ENGINE_FAILURE", "ENGINE-001", "src/main/java/org/mutualrecognition/decision/DecisionEngine.java",
                    "Policy P-24 (a person decides what no rule settled); contract README (a well-formed application is decided)",
                    "The rule engine could not decide this application (" + e.getClass().getSimpleName()
                            + "): a person decides. The failure is in the service's log."));
            decision.ruleset = new RuleSetRef(ruleSet.version(), null, null);
            return decision;
        }
    }

    private static Decision newDecision(JsonNode app, DecisionContext context) {
        Decision decision = new Decision();
        decision.decisionId = context.decisionId();
        decision.reference = app.path("reference").asText();
        decision.decidedAt = context.decidedAt().toString();
        return decision;
    }

    private Decision decideOrFail(JsonNode app, CompiledRuleSet ruleSet, DecisionContext context, DecisionTrace trace) {
        Decision decision = newDecision(app, context);

        List<ValidationFinding> findings = ruleSet.helpers().consistencyChecks().check(app);
        if (!findings.isEmpty()) {
            referForFindings(decision, findings, ruleSet, trace);
            return decision;
        }

        FactPreparers preparers = ruleSet.helpers().factPreparers();
        RouteDiscovery discovery = ruleSet.helpers().routeFinder().find(app);
        List<RouteOutcome> outcomes = new ArrayList<>();
        Set<Object> inserted = new HashSet<>();
        fireRules(ruleSet, trace, session -> {
            session.insert(caseFacts(app, context));
            if (discovery.candidates().isEmpty()) {
                RouteOutcome none = new RouteOutcome(discovery.namedButNotApplicable(), NO_ROUTE, null, null, null);
                outcomes.add(none);
                session.insert(none);
            }
            for (RouteCandidate candidate : discovery.candidates()) {
                RouteOutcome outcome = new RouteOutcome(candidate.agreement(), candidate.model(), candidate.legalBasis(),
                        candidate.versionId(), candidate.inForceFrom(), candidate.partialAccess());
                outcome.setRefugeeProcedureOnly(candidate.refugeeProcedureOnly());
                PreparedFacts facts = preparers.prepare(app, candidate);
                facts.tableReasons().forEach(outcome::reason);
                facts.facts().stream().filter(inserted::add).forEach(session::insert); // value facts (LanguageNeed) once
                outcomes.add(outcome);
                session.insert(outcome);
            }
        });
        outcomes.removeIf(RouteOutcome::isWithdrawn);
        RouteOutcome chosen = choose(outcomes, ruleSet);
        fill(decision, chosen, ruleSet);
        for (RouteOutcome other : outcomes) {
            if (other != chosen) {
                decision.alternatives.add(new Alternative(other.getAgreement(), other.getModel(), other.getOutcome(),
                        other.getReasons().isEmpty() ? null : other.getReasons().get(other.getReasons().size() - 1).text()));
            }
        }
        return decision;
    }

    /**
     * P-03: every finding is listed with a reason citing its check in validation-codes.json; what becomes of the case
     * is decided by rules/common/validation.drl over a session that holds only the {@link ValidationReview}, so no rule
     * of any route runs.
     */
    private static void referForFindings(Decision decision, List<ValidationFinding> findings, CompiledRuleSet ruleSet,
                                         DecisionTrace trace) {
        ValidationReview review = new ValidationReview(findings.stream().map(ValidationFinding::code).toList());
        fireRules(ruleSet, trace, session -> session.insert(review));
        // a rule set archived before VAL-001 existed decided this case in Java; P-24 (a person decides what no rule
        // settled) gives the same answer
        decision.outcome = review.isOpen() ? "REFER_FOR_REVIEW" : review.getOutcome();
        decision.route = Route.none();
        for (ValidationFinding f : findings) {
            decision.validationFindings.add(new Finding(f.code(), f.path(), f.detail()));
            decision.reasons.add(new Reason(f.code(), "VAL-" + f.code(),
                    "decision-tables/reference/validation-codes.json#" + f.code(),
                    "Policy P-03 (validation before any rule); contract README", f.path() + ": " + f.detail()));
        }
        decision.reasons.addAll(review.getReasons());
        decision.ruleset = new RuleSetRef(ruleSet.version(), null, null);
    }

    /**
     * One rule session: the facts {@code insert} puts in, every rule that matches fired, each firing recorded when a
     * trace is kept. Sessions are reused, emptied, from decision to decision ({@link RuleSessions}).
     */
    private static void fireRules(CompiledRuleSet ruleSet, DecisionTrace trace, Consumer<KieSession> insert) {
        ruleSet.sessions().fire(trace == null ? null : new RuleFiringRecorder(trace), insert);
    }

    /**
     * P-05.4: most favourable outcome, then the Lisbon refugee procedure (P-04.6), then cascade order, then the agreement
     * listed first, among the outcomes no rule withdrew as not available (P-19.1) or marked as alternative only
     * (P-13.2); those are chosen only when no other route remains.
     */
    private static RouteOutcome choose(List<RouteOutcome> all, CompiledRuleSet ruleSet) {
        List<RouteOutcome> eligible = all.stream().filter(o -> !o.isSetAside() && !o.isAlternativeOnly()).toList();
        List<RouteOutcome> outcomes = eligible.isEmpty() ? all : eligible;
        if (outcomes.size() == 1) {
            return outcomes.get(0);
        }
        List<String> agreementOrder = ruleSet.knowledge().records("agreements", "agreements").stream()
                .map(a -> a.path("id").asText()).toList();
        Comparator<RouteOutcome> preference = Comparator
                .comparing((RouteOutcome o) -> rank(ruleSet, "Outcome rank", "outcome", o.getOutcome()))
                .thenComparing(o -> rank(ruleSet, "Procedure rank", "refugeeProcedure", o.isRefugeeProcedure()))
                .thenComparing(o -> rank(ruleSet, "Cascade rank", "model", o.getModel()))
                .thenComparing(o -> agreementOrder.indexOf(o.getAgreement()));
        return outcomes.stream().min(preference).orElseThrow();
    }

    private static BigDecimal rank(CompiledRuleSet ruleSet, String decision, String input, Object value) {
        Object rank = ruleSet.tables().evaluate("route-preference", decision, Map.of(input, value)).result();
        return new BigDecimal(String.valueOf(rank));
    }

    private static void fill(Decision decision, RouteOutcome chosen, CompiledRuleSet ruleSet) {
        decision.outcome = chosen.getOutcome();
        decision.route = new Route(chosen.getAgreement(), chosen.getModel(), chosen.getLegalBasis());
        decision.levels = chosen.getLevels();
        decision.tacit = chosen.getTacit();
        decision.scope = chosen.getScope();
        decision.profileVariance = chosen.getProfileVariance();
        decision.recognisedAs = chosen.getRecognisedAs();
        decision.earliestEligibleOn = chosen.getEarliestEligibleOn();
        decision.appeal = chosen.getAppeal();
        decision.substantialDifferences.addAll(chosen.getSubstantialDifferences());
        decision.measures.addAll(chosen.getMeasures());
        decision.conditions.addAll(chosen.getConditions());
        decision.missingEvidence.addAll(chosen.getMissingEvidence());
        decision.reasons.addAll(chosen.getReasons());
        decision.ruleset = new RuleSetRef(ruleSet.version(), chosen.getTextVersion(), chosen.getInForceFrom());
    }

    private static CaseFacts caseFacts(JsonNode app, DecisionContext context) {
        List<String> concerns = new ArrayList<>();
        app.path("hostConcerns").forEach(c -> concerns.add(c.asText()));
        return new CaseFacts(app.path("reference").asText(), app.path("purpose").asText(), app.path("home").asText(),
                app.path("host").asText(), app.path("occupation").path("isco08").asText(),
                IsoDates.parse(app.path("submittedOn").asText()), context.decisionDate(),
                app.path("requestedScope").asText("FULL"), concerns, app.path("applicant").path("refugee").asBoolean(false));
    }
}
