package org.mutualrecognition.intake;

import java.util.Set;

/**
 * Who is calling: the authenticated principal, its roles and, for a licensing body, its organisation
 * ({@code recognition.organisation.<user>} in configuration, or the token claim named by
 * {@code recognition.security.organisation-claim} when OIDC is on). {@link Callers} makes one per request.
 */
public record Caller(String name, Set<String> roles, String organisation) {

    public static final String SUBMITTER = "SUBMITTER";
    public static final String AUDITOR = "AUDITOR";
    public static final String POLICY_OFFICER = "POLICY_OFFICER";
    public static final String ADMIN = "ADMIN";

    public boolean authenticated() {
        return name != null;
    }

    public boolean hasAny(Set<String> allowed) {
        return roles.stream().anyMatch(allowed::contains);
    }

    /** A licensing body sees only its own organisation's applications; everyone else with read access sees all. */
    public boolean scopedToOrganisation() {
        return roles.contains(SUBMITTER) && !roles.contains(ADMIN) && !roles.contains(AUDITOR) && !roles.contains(POLICY_OFFICER);
    }
}
