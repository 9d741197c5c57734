package org.mutualrecognition.intake;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Exchange;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Tells who is calling ({@link Caller}) from the exchange's authenticated user. Configuration is read once: looking it
 * up for every request (three look-ups through every configuration source) was 4 % of a submission's CPU samples.
 */
@ApplicationScoped
public class Callers {

    static final String AUTHENTICATED_USER = "CamelVertxPlatformHttpAuthenticatedUser";

    private final boolean securityEnabled;
    private final Optional<String> organisationClaim;
    private final Config config;
    /** user name → {@code recognition.organisation.<user>}; configuration does not change while the service runs. */
    private final Map<String, Optional<String>> organisations = new ConcurrentHashMap<>();

    public Callers(@ConfigProperty(name = "recognition.security.enabled", defaultValue = "true") boolean securityEnabled,
                   @ConfigProperty(name = "recognition.security.organisation-claim") Optional<String> organisationClaim,
                   Config config) {
        this.securityEnabled = securityEnabled;
        this.organisationClaim = organisationClaim;
        this.config = config;
    }

    public Caller of(Exchange exchange) {
        if (!securityEnabled) {
            return new Caller("anonymous", Set.of(Caller.ADMIN), null);
        }
        Object user = exchange.getIn().getHeader(AUTHENTICATED_USER);
        if (user instanceof QuarkusHttpUser quarkusUser && !quarkusUser.getSecurityIdentity().isAnonymous()) {
            SecurityIdentity identity = quarkusUser.getSecurityIdentity();
            String name = identity.getPrincipal().getName();
            return new Caller(name, Set.copyOf(identity.getRoles()), organisation(identity, name));
        }
        return new Caller(null, Set.of(), null);
    }

    /** The token's organisation claim when OIDC is on, else {@code recognition.organisation.<user>}. */
    private String organisation(SecurityIdentity identity, String name) {
        if (organisationClaim.isPresent() && identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim(organisationClaim.get());
            if (value != null) {
                return String.valueOf(value).replace("\"", "");
            }
        }
        return organisations.computeIfAbsent(name,
                user -> config.getOptionalValue("recognition.organisation." + user, String.class)).orElse(null);
    }
}
