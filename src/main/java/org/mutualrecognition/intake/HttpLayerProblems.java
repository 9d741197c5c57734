package org.mutualrecognition.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Requests that the HTTP layer refuses before they reach a route of {@link ApplicationRoutes} are answered as
 * {@code application/problem+json} too, under {@code /api/}: a declared {@code Content-Length} over
 * {@code quarkus.http.limits.max-body-size} (413 before the body is read; Quarkus' own check, a router route of order
 * -2, would answer with an empty body), a chunked body that grows over it (413 from the body handler), a form body
 * the body handler cannot decode (400) and anything else that fails there (500, no internals; Quarkus would answer
 * with its error page).
 */
@ApplicationScoped
public class HttpLayerProblems {

    private static final Logger LOG = Logger.getLogger(HttpLayerProblems.class);

    private final ObjectMapper mapper;
    private final long maxBodySize;

    public HttpLayerProblems(ObjectMapper mapper,
                             @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBodySize) {
        this.mapper = mapper;
        this.maxBodySize = maxBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE).handler(this::declaredLength).failureHandler(this::answer);
    }

    /** Before Quarkus' own check (route order -2): the same test, answered as problem details. */
    void declaredLength(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && isOver(length)) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            context.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, ProblemDetails.MEDIA_TYPE)
                    .end(ProblemDetails.json(mapper, 413, "Request body too large", List.of(new Problem("",
                            "the body has " + length.trim() + " bytes; the HTTP layer accepts at most " + maxBodySize)),
                            context.normalizedPath()));
            return;
        }
        context.next();
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBodySize;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    void answer(RoutingContext context) {
        Throwable failure = context.failure();
        if (failure instanceof io.quarkus.security.AuthenticationException
                || failure instanceof io.quarkus.security.UnauthorizedException
                || failure instanceof io.quarkus.security.ForbiddenException) {
            context.next(); // Quarkus security answers these itself (401 with its challenge, 403)
            return;
        }
        if (context.response().ended() || context.response().headWritten()) {
            context.next();
            return;
        }
        int status = context.statusCode() >= 400 && context.statusCode() <= 599 ? context.statusCode() : 500;
        String title;
        String message;
        if (status == 413) {
            title = "Request body too large";
            message = "the body is larger than the HTTP layer accepts (quarkus.http.limits.max-body-size)";
        } else if (status < 500) {
            title = "Bad request";
            message = "the HTTP layer could not read the request (send the application as application/json)";
        } else {
            LOG.errorf(context.failure(), "request to %s failed in the HTTP layer", context.normalizedPath());
            title = "Internal error";
            message = "the request could not be processed; it was not stored";
        }
        context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemDetails.MEDIA_TYPE)
                .end(ProblemDetails.json(mapper, status, title, List.of(new Problem("", message)), context.normalizedPath()));
    }
}
