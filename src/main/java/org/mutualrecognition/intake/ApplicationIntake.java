package org.mutualrecognition.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mutualrecognition.audit.CanonicalJson;
import org.mutualrecognition.decision.DecisionService;
import org.mutualrecognition.decision.TracedDecision;
import org.mutualrecognition.decision.model.Decision;
import org.mutualrecognition.persistence.DecisionRepository;
import org.mutualrecognition.persistence.StoredApplication;

/**
 * What the HTTP routes hand over to: checks the request (media type, size, JSON, schema), decides, and for a
 * submission stores application and decision together. Idempotent on {@code reference} (contract: 200 for the same
 * content, 409 for other content).
 */
@ApplicationScoped
public class ApplicationIntake {

    private final ObjectMapper mapper;
    private final ApplicationParser parser = new ApplicationParser();
    private final CanonicalJson canonical;
    private final DecisionService decisions;
    private final DecisionRepository repository;
    private final long maxBodyBytes;

    public ApplicationIntake(ObjectMapper mapper, DecisionService decisions, DecisionRepository repository,
                             @ConfigProperty(name = "recognition.intake.max-body-bytes", defaultValue = "1048576") long maxBodyBytes) {
        this.mapper = mapper;
        this.canonical = new CanonicalJson(mapper);
        this.decisions = decisions;
        this.repository = repository;
        this.maxBodyBytes = maxBodyBytes;
    }

    public Reply submit(String contentType, byte[] body, Caller caller) {
        JsonNode application = accept(contentType, body);
        String reference = application.path("reference").asText();
        String canonicalText = canonical.canonical(application); // once: stored, and hashed for idempotence
        String hash = CanonicalJson.hashOfCanonical(canonicalText);
        String organisation = caller == null ? null : caller.organisation();
        Optional<Reply> earlier = earlierSubmission(reference, hash, organisation);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        TracedDecision traced = decisions.decideWithTrace(application);
        Decision decision = traced.decision();
        String decisionJson = write(decision);
        boolean stored = repository.store(reference, organisation, hash, canonicalText, decision.decisionId,
                decision.outcome, decision.ruleset.version(), java.time.Instant.parse(decision.decidedAt), decisionJson,
                write(traced.trace()));
        if (!stored) {
            return earlierSubmission(reference, hash, organisation).orElseThrow();
        }
        return new Reply(201, decisionJson, "/api/v1/applications/" + reference);
    }

    public Reply evaluate(String contentType, byte[] body) {
        return new Reply(200, write(decisions.decide(accept(contentType, body))), null);
    }

    /** A licensing body's caller sees only its own organisation's applications; another's reference answers 404. */
    public Reply application(String reference, Caller caller) {
        return repository.findByReference(reference).filter(stored -> visible(stored.organisation(), caller)).map(stored -> {
            ObjectNode out = mapper.createObjectNode();
            out.put("reference", stored.reference());
            out.set("application", read(stored.applicationJson()));
            out.set("decision", read(stored.decisionJson()));
            return new Reply(200, out.toString(), null);
        }).orElseThrow(() -> notFound("/reference", "no application with reference " + reference));
    }

    public Reply decision(String decisionId, Caller caller) {
        if (caller != null && caller.scopedToOrganisation()
                && !visible(repository.organisationOfDecision(decisionId).orElse(null), caller)) {
            throw notFound("/decisionId", "no decision with id " + decisionId);
        }
        return repository.findDecision(decisionId).map(json -> new Reply(200, json, null))
                .orElseThrow(() -> notFound("/decisionId", "no decision with id " + decisionId));
    }

    /** A JSON request body other than an application (replay requests): media type, size and syntax checked. */
    public JsonNode readJsonRequest(String contentType, byte[] body) {
        if (!isJson(contentType)) {
            throw new RejectedRequestException(415, "Unsupported media type",
                    List.of(new Problem("", "send application/json, not " + (contentType == null ? "no media type" : contentType))));
        }
        if (body != null && body.length > maxBodyBytes * 16) {
            throw new RejectedRequestException(413, "Request body too large", List.of(new Problem("", "the body is too large")));
        }
        return parser.parseJson(body);
    }

    /** A zip request body (a proposed rule set). */
    public byte[] readZipRequest(String contentType, byte[] body) {
        String type = contentType == null ? "" : contentType.split(";")[0].trim();
        if (!type.equals("application/zip") && !type.equals("application/octet-stream")) {
            throw new RejectedRequestException(415, "Unsupported media type",
                    List.of(new Problem("", "send the proposed rule set as application/zip")));
        }
        if (body == null || body.length == 0) {
            throw new RejectedRequestException(400, "Empty request body", List.of(new Problem("", "a zip is required")));
        }
        if (body.length > maxBodyBytes * 16) {
            throw new RejectedRequestException(413, "Request body too large", List.of(new Problem("", "the zip is too large")));
        }
        return body;
    }

    private static boolean visible(String organisation, Caller caller) {
        return caller == null || !caller.scopedToOrganisation()
                || (organisation != null && organisation.equals(caller.organisation()));
    }

    private Optional<Reply> earlierSubmission(String reference, String hash, String organisation) {
        Optional<StoredApplication> stored = repository.findByReference(reference);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        if (!stored.get().contentHash().equals(hash) || !java.util.Objects.equals(stored.get().organisation(), organisation)) {
            throw new RejectedRequestException(409, "Reference already used for other content",
                    List.of(new Problem("/reference", "reference " + reference + " was submitted before with different content")));
        }
        return Optional.of(new Reply(200, stored.get().decisionJson(), "/api/v1/applications/" + reference));
    }

    private JsonNode accept(String contentType, byte[] body) {
        if (!isJson(contentType)) {
            throw new RejectedRequestException(415, "Unsupported media type",
                    List.of(new Problem("", "send the application as application/json, not " + (contentType == null ? "no media type" : contentType))));
        }
        if (body != null && body.length > maxBodyBytes) {
            throw new RejectedRequestException(413, "Request body too large",
                    List.of(new Problem("", "the body has " + body.length + " bytes; at most " + maxBodyBytes + " are accepted")));
        }
        return parser.parse(body);
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
        return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"));
    }

    private static RejectedRequestException notFound(String pointer, String message) {
        return new RejectedRequestException(404, "Not found", List.of(new Problem(pointer, message)));
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An HTTP answer: status, JSON body, and the Location header for a created application. */
    public record Reply(int status, String body, String location) {
    }
}
