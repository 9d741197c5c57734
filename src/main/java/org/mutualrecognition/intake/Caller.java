package org.mutualrecognition.intake;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import java.util.Set;
import org.apache.camel.Exchange;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Who is calling: the authenticated principal, its roles and, for a licensing body, its organisation
 * ({@code recognition.organisation.<user>} in configuration, or the token claim named by
 * {@code recognition.security.organisation-claim} when OIDC is on).
 */
public record Caller(String name, Set<String> roles, String organisation) {

    public static final String SUBMITTER = "SUBMITTER";
    public static final String AUDITOR = "AUDITOR";
    public static final String POLICY_OFFICER = "POLICY_OFFICER";
    public static final String ADMIN = "ADMIN";

    static final String AUTHENTICATED_USER = "CamelVertxPlatformHttpAuthenticatedUser";

    public static Caller of(Exchange exchange) {
        if (!ConfigProvider.getConfig().getOptionalValue("recognition.security.enabled", Boolean.class).orElse(true)) {
            return new Caller("anonymous", Set.of(ADMIN), null);
        }
        Object user = exchange.getIn().getHeader(AUTHENTICATED_USER);
        if (user instanceof QuarkusHttpUser quarkusUser && !quarkusUser.getSecurityIdentity().isAnonymous()) {
            SecurityIdentity identity = quarkusUser.getSecurityIdentity();
            String name = identity.getPrincipal().getName();
            return new Caller(name, Set.copyOf(identity.getRoles()), organisation(identity, name));
        }
        return new Caller(null, Set.of(), null);
    }

    private static String organisation(SecurityIdentity identity, String name) {
        var config = ConfigProvider.getConfig();
        String claim = config.getOptionalValue("recognition.security.organisation-claim", String.class).orElse(null);
        if (claim != null && identity.getPrincipal() instanceof org.eclipse.microprofile.jwt.JsonWebToken jwt) {
            Object value = jwt.getClaim(claim);
            if (value != null) {
                return String.valueOf(value).replace("\"", "");
            }
        }
        return config.getOptionalValue("recognition.organisation." + name, String.class).orElse(null);
    }

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
