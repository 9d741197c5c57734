package org.mutualrecognition.intake;

import static org.mutualrecognition.intake.Caller.ADMIN;
import static org.mutualrecognition.intake.Caller.AUDITOR;
import static org.mutualrecognition.intake.Caller.POLICY_OFFICER;
import static org.mutualrecognition.intake.Caller.SUBMITTER;

import java.util.List;
import java.util.Set;

/** Which roles may call which operation (issue: access control). The one place to read or change it. */
public enum AccessPolicy {
    SUBMIT_APPLICATION(SUBMITTER, ADMIN),
    EVALUATE(SUBMITTER, POLICY_OFFICER, ADMIN),
    READ_APPLICATION(SUBMITTER, AUDITOR, POLICY_OFFICER, ADMIN),
    READ_DECISION(SUBMITTER, AUDITOR, POLICY_OFFICER, ADMIN),
    READ_TRACE(AUDITOR, POLICY_OFFICER, ADMIN),
    EXPORT_FIXTURE(AUDITOR, POLICY_OFFICER, ADMIN),
    LIST_RULESETS(AUDITOR, POLICY_OFFICER, ADMIN),
    REPLAY(AUDITOR, ADMIN),
    VERIFY_CHAIN(AUDITOR, ADMIN),
    PROPOSE_RULESET(POLICY_OFFICER, ADMIN),
    ACTIVATE_RULESET(POLICY_OFFICER, ADMIN);

    private final Set<String> roles;

    AccessPolicy(String... roles) {
        this.roles = Set.of(roles);
    }

    public Set<String> roles() {
        return roles;
    }

    /** 401 without an authenticated caller, 403 without one of the operation's roles. */
    public void require(Caller caller) {
        if (!caller.authenticated()) {
            throw new RejectedRequestException(401, "Authentication required", List.of(new Problem("", "log in to use this route")));
        }
        if (!caller.hasAny(roles)) {
            throw new RejectedRequestException(403, "Forbidden",
                    List.of(new Problem("", "role " + caller.roles() + " may not " + name().toLowerCase().replace('_', ' '))));
        }
    }
}
