package org.mutualrecognition.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.rest.RestBindingMode;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.mutualrecognition.audit.AuditService;
import org.mutualrecognition.decision.SeparateJvmModelCompiler;
import org.mutualrecognition.governance.RuleSetGovernance;

/**
 * The v1 HTTP interface (contract README) as a thin REST table; each operation hands over to a named route.
 * Errors become {@code application/problem+json}: rejected requests with their own status, anything unexpected 500
 * with no internals.
 */
@ApplicationScoped
public class ApplicationRoutes extends RouteBuilder {

    private static final Logger LOG = Logger.getLogger(ApplicationRoutes.class);

    private final ApplicationIntake intake;
    private final AuditService audit;
    private final RuleSetGovernance governance;
    private final ObjectMapper mapper;
    private final Callers callers;
    private final int storedLimit;

    public ApplicationRoutes(ApplicationIntake intake, AuditService audit, RuleSetGovernance governance, ObjectMapper mapper,
                             Callers callers,
                             @ConfigProperty(name = "recognition.impact.stored-limit", defaultValue = "10000") int storedLimit) {
        this.storedLimit = storedLimit;
        this.intake = intake;
        this.audit = audit;
        this.governance = governance;
        this.mapper = mapper;
        this.callers = callers;
    }

    @Override
    public void configure() {
        restConfiguration().component("platform-http").bindingMode(RestBindingMode.off).inlineRoutes(false);

        onException(RejectedRequestException.class).handled(true).process(this::rejected);
        onException(SeparateJvmModelCompiler.CompilerUnavailableException.class).handled(true).process(this::compilerUnavailable);
        onException(Exception.class).handled(true).process(this::failed);

        rest("/api/v1")
                .post("/applications").to("direct:submit-application")
                .get("/applications/{reference}").to("direct:get-application")
                .get("/decisions/{decisionId}").to("direct:get-decision")
                .post("/evaluations").to("direct:evaluate-application")
                .get("/decisions/{decisionId}/trace").to("direct:get-decision-trace")
                .get("/decisions/{decisionId}/fixture").to("direct:export-decision-fixture")
                .get("/rulesets").to("direct:list-rulesets")
                .post("/replays").to("direct:replay-decisions")
                .get("/audit/verify").to("direct:verify-audit-chain")
                .post("/rulesets").to("direct:propose-ruleset")
                .post("/rulesets/{version}/activation").to("direct:activate-ruleset");

        from("direct:submit-application").routeId("submit-application")
                .process(e -> reply(e, intake.submit(contentType(e), body(e), allowed(e, AccessPolicy.SUBMIT_APPLICATION))));
        from("direct:get-application").routeId("get-application")
                .process(e -> reply(e, intake.application(e.getIn().getHeader("reference", String.class), allowed(e, AccessPolicy.READ_APPLICATION))));
        from("direct:get-decision").routeId("get-decision")
                .process(e -> reply(e, intake.decision(e.getIn().getHeader("decisionId", String.class), allowed(e, AccessPolicy.READ_DECISION))));
        from("direct:evaluate-application").routeId("evaluate-application")
                .process(e -> {
                    allowed(e, AccessPolicy.EVALUATE);
                    reply(e, intake.evaluate(contentType(e), body(e)));
                });

        from("direct:get-decision-trace").routeId("get-decision-trace")
                .process(e -> {
                    allowed(e, AccessPolicy.READ_TRACE);
                    reply(e, json(audit.trace(e.getIn().getHeader("decisionId", String.class))));
                });
        from("direct:export-decision-fixture").routeId("export-decision-fixture")
                .process(e -> {
                    allowed(e, AccessPolicy.EXPORT_FIXTURE);
                    reply(e, json(audit.fixture(e.getIn().getHeader("decisionId", String.class))));
                });
        from("direct:list-rulesets").routeId("list-rulesets")
                .process(e -> {
                    allowed(e, AccessPolicy.LIST_RULESETS);
                    reply(e, json(audit.ruleSets()));
                });
        from("direct:replay-decisions").routeId("replay-decisions")
                .process(e -> {
                    allowed(e, AccessPolicy.REPLAY);
                    reply(e, json(audit.replay(intake.readJsonRequest(contentType(e), body(e)))));
                });
        from("direct:verify-audit-chain").routeId("verify-audit-chain")
                .process(e -> {
                    allowed(e, AccessPolicy.VERIFY_CHAIN);
                    reply(e, json(audit.verify()));
                });
        from("direct:propose-ruleset").routeId("propose-ruleset")
                .process(e -> {
                    String proposedBy = allowed(e, AccessPolicy.PROPOSE_RULESET).name();
                    int limit = ProposalRequest.storedLimit(e.getIn().getHeader("includeStored", String.class),
                            e.getIn().getHeader("storedLimit", String.class), storedLimit);
                    reply(e, created(governance.propose(intake.readZipRequest(contentType(e), body(e)), proposedBy, limit)));
                });
        from("direct:activate-ruleset").routeId("activate-ruleset")
                .process(e -> {
                    Caller caller = allowed(e, AccessPolicy.ACTIVATE_RULESET);
                    var request = intake.readJsonRequest(contentType(e), body(e));
                    reply(e, json(governance.activate(e.getIn().getHeader("version", String.class),
                            ActivationRequest.inForceFrom(request), caller.name())));
                });
    }

    private ApplicationIntake.Reply created(Object value) {
        ApplicationIntake.Reply ok = json(value);
        return new ApplicationIntake.Reply(201, ok.body(), null);
    }

    private ApplicationIntake.Reply json(Object value) {
        try {
            return new ApplicationIntake.Reply(200, mapper.writeValueAsString(value), null);
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The caller, once the access policy allows the operation (401/403 otherwise). */
    private Caller allowed(Exchange e, AccessPolicy operation) {
        Caller caller = callers.of(e);
        operation.require(caller);
        return caller;
    }

    private static String contentType(Exchange e) {
        return e.getIn().getHeader(Exchange.CONTENT_TYPE, String.class);
    }

    private static byte[] body(Exchange e) {
        byte[] body = e.getIn().getBody(byte[].class);
        return body == null ? new byte[0] : body;
    }

    private static void reply(Exchange e, ApplicationIntake.Reply reply) {
        clearRequestHeaders(e);
        e.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, reply.status());
        e.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
        if (reply.location() != null) {
            e.getMessage().setHeader("Location", reply.location());
        }
        e.getMessage().setBody(reply.body());
    }

    private void rejected(Exchange e) {
        RejectedRequestException rejection = e.getProperty(Exchange.EXCEPTION_CAUGHT, RejectedRequestException.class);
        problem(e, rejection.status(), rejection.title(), rejection.problems());
    }

    /** The rule compiler's JVM failed (not the rule set): nothing was decided or stored; try again. */
    private void compilerUnavailable(Exchange e) {
        Exception cause = e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        LOG.errorf(cause, "request failed in route %s: the rule compiler could not run", e.getFromRouteId());
        problem(e, 503, "Rule compiler unavailable", List.of(new Problem("",
                "the rule set could not be compiled now (the compiler's JVM failed, not the rules); try again")));
    }

    private void failed(Exchange e) {
        Exception cause = e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        LOG.errorf(cause, "request failed in route %s", e.getFromRouteId());
        problem(e, 500, "Internal error", List.of(new Problem("", "the request could not be processed; it was not stored")));
    }

    private void problem(Exchange e, int status, String title, List<Problem> problems) {
        String path = e.getIn().getHeader(Exchange.HTTP_PATH, String.class); // read before the headers are cleared
        clearRequestHeaders(e);
        e.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        e.getMessage().setHeader(Exchange.CONTENT_TYPE, ProblemDetails.MEDIA_TYPE);
        e.getMessage().setBody(ProblemDetails.json(mapper, status, title, problems, path));
    }

    /**
     * Request headers (path parameters, Accept...) must not leak into the response; the callers set the response code
     * and content type next. ({@code removeHeaders("*", excluded)} compiled a regular expression per header and request:
     * 5 % of the bytes a submission allocated.)
     */
    private static void clearRequestHeaders(Exchange e) {
        e.getMessage().getHeaders().clear();
    }
}
