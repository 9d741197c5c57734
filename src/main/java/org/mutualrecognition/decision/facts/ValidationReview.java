package org.mutualrecognition.decision.facts;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.definition.type.Modifies;
import org.kie.api.runtime.rule.RuleContext;
import org.mutualrecognition.decision.model.Reason;

/**
 * An application in which the checks that run before any rule (P-03) found something. It is the only fact of its
 * session, so no rule of any route sees the case; the rules of {@code rules/common/validation.drl} decide what
 * becomes of it. Java creates it (open, no outcome) and reads it afterwards.
 */
public final class ValidationReview {

    private final List<String> findingCodes;
    private String outcome;
    private final List<Reason> reasons = new ArrayList<>();

    /** {@code findingCodes}: the code of every finding, in the order the checks found them. */
    public ValidationReview(List<String> findingCodes) {
        this.findingCodes = List.copyOf(findingCodes);
    }

    public List<String> getFindingCodes() {
        return findingCodes;
    }

    public int getFindingCount() {
        return findingCodes.size();
    }

    public boolean isOpen() {
        return outcome == null;
    }

    @Modifies({"outcome", "open"})
    public void decide(String outcome) {
        this.outcome = outcome;
    }

    public String getOutcome() {
        return outcome;
    }

    /** Records the rule that is firing as a reason, as {@link RouteOutcome#reason(RuleContext, String)} does. */
    public void reason(RuleContext context, String text) {
        reasons.add(RouteOutcome.reasonOf(context.getRule(), text));
    }

    public List<Reason> getReasons() {
        return reasons;
    }
}
