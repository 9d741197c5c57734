package org.mutualrecognition.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class CallersTest {

    static final Config CONFIG = new SmallRyeConfigBuilder()
            .withDefaultValue("recognition.organisation.nl-licensing", "NL-BIG-REGISTER").build();

    @Test
    void a_licensing_body_is_known_by_its_roles_and_configured_organisation() {
        Caller caller = new Callers(true, Optional.of("organisation"), CONFIG).of(exchangeOf("nl-licensing", "SUBMITTER"));

        assertThat(caller.name()).isEqualTo("nl-licensing");
        assertThat(caller.roles()).containsExactly("SUBMITTER");
        assertThat(caller.organisation()).isEqualTo("NL-BIG-REGISTER");
        assertThat(caller.scopedToOrganisation()).isTrue();
    }

    @Test
    void a_user_without_a_configured_organisation_has_none() {
        Callers callers = new Callers(true, Optional.empty(), CONFIG);

        assertThat(callers.of(exchangeOf("auditor", "AUDITOR")).organisation()).isNull();
    }

    @Test
    void without_an_authenticated_user_the_caller_is_anonymous_and_holds_no_role() {
        Caller caller = new Callers(true, Optional.empty(), CONFIG).of(new DefaultExchange(new DefaultCamelContext()));

        assertThat(caller.authenticated()).isFalse();
        assertThat(caller.roles()).isEmpty();
    }

    @Test
    void with_security_switched_off_every_caller_may_do_everything() {
        Caller caller = new Callers(false, Optional.empty(), CONFIG).of(new DefaultExchange(new DefaultCamelContext()));

        assertThat(caller.authenticated()).isTrue();
        assertThat(caller.roles()).containsExactly(Caller.ADMIN);
    }

    private static Exchange exchangeOf(String user, String role) {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getIn().setHeader(Callers.AUTHENTICATED_USER, new QuarkusHttpUser(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user)).addRole(role).build()));
        return exchange;
    }
}
