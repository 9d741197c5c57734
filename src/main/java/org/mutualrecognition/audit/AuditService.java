package org.mutualrecognition.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.mutualrecognition.decision.RuleSetSelector;
import org.mutualrecognition.intake.Problem;
import org.mutualrecognition.intake.RejectedRequestException;
import org.mutualrecognition.persistence.DecisionRecord;
import org.mutualrecognition.persistence.DecisionRepository;
import org.mutualrecognition.persistence.RuleSetArchive;

/** What auditors ask for over HTTP: traces, fixtures from real cases, rule-set versions, replays, chain verification. */
@ApplicationScoped
public class AuditService {

    private final ObjectMapper mapper;
    private final DecisionRepository repository;
    private final RuleSetVersions versions;
    private final RuleSetSelector selector;
    private final Replayer replayer;

    public AuditService(ObjectMapper mapper, DecisionRepository repository, RuleSetVersions versions, RuleSetSelector selector) {
        this.mapper = mapper;
        this.repository = repository;
        this.versions = versions;
        this.selector = selector;
        this.replayer = new Replayer(mapper);
    }

    public JsonNode trace(String decisionId) {
        DecisionRecord record = record(decisionId);
        ObjectNode out = mapper.createObjectNode();
        out.put("decisionId", record.decisionId());
        out.put("reference", record.reference());
        out.put("rulesetVersion", record.rulesetVersion());
        out.set("trace", read(record.traceJson()));
        return out;
    }

    /** A stored decision as a case file: its application and the decision as the expected (partial) decision. */
    public JsonNode fixture(String decisionId) {
        DecisionRecord record = record(decisionId);
        ObjectNode decision = (ObjectNode) read(record.decisionJson());
        ObjectNode expected = mapper.createObjectNode();
        for (String field : Replayer.COMPARED_FIELDS) {
            if (decision.has(field) && !field.equals("reasons") && !field.equals("alternatives")) {
                expected.set(field, decision.get(field));
            }
        }
        expected.remove("measures");
        ArrayNode measures = expected.putArray("measures");
        decision.path("measures").forEach(m -> measures.add(((ObjectNode) m.deepCopy()).without("availableBy")));
        ObjectNode fixture = mapper.createObjectNode();
        fixture.put("id", record.reference());
        fixture.put("title", "Stored decision " + record.decisionId() + " (" + record.reference() + ")");
        fixture.put("basis", decision.path("route").path("legalBasis").asText(""));
        fixture.put("provenance", "Exported from the decision record " + record.decisionId() + " decided at "
                + record.decidedAt() + " with rule set " + record.rulesetVersion() + ".");
        fixture.set("application", read(record.applicationJson()));
        fixture.set("expected", expected);
        return fixture;
    }

    public JsonNode ruleSets() {
        String active = selector.current().version();
        ArrayNode list = mapper.createArrayNode();
        for (RuleSetArchive.ArchivedVersion v : versions.archived()) {
            ObjectNode entry = list.addObject().put("version", v.version()).put("files", v.fileCount())
                    .put("firstSeenAt", v.firstSeenAt().toString()).put("status", v.status()).put("valid", v.valid())
                    .put("active", v.version().equals(active))
                    .put("packaged", v.version().equals(versions.packaged().version()));
            if (v.proposedBy() != null) {
                entry.put("proposedBy", v.proposedBy());
            }
        }
        ArrayNode activations = mapper.createArrayNode();
        for (RuleSetArchive.Activation a : versions.activations()) {
            activations.addObject().put("version", a.version()).put("inForceFrom", a.inForceFrom().toString())
                    .put("activatedAt", a.activatedAt().toString()).put("activatedBy", a.activatedBy());
        }
        ObjectNode out = mapper.createObjectNode();
        out.put("active", active);
        out.set("versions", list);
        out.set("activations", activations);
        return out;
    }

    public ReplayReport replay(JsonNode request) {
        String target = request.path("target").asText("ORIGINAL");
        if (!target.equals("ORIGINAL") && !target.equals("CURRENT")) {
            throw bad("/target", "target must be ORIGINAL or CURRENT");
        }
        JsonNode selection = request.path("selection");
        ReplayReport report = new ReplayReport();
        report.target = target;
        String targetVersion = target.equals("CURRENT") ? selector.current().version() : null;
        Consumer<DecisionRecord> replay = r -> keep(report, replayer.replayStored(r, versions::version, targetVersion));
        if (selection.has("fixtures")) {
            JsonNode fixtures = selection.get("fixtures");
            for (int i = 0; i < fixtures.size(); i++) {
                keep(report, replayer.replayFixture(fixtures.get(i), "/selection/fixtures/" + i, selector.current()));
            }
        } else if (selection.has("references")) {
            List<String> refs = new ArrayList<>();
            selection.get("references").forEach(r -> refs.add(r.asText()));
            repository.forEachRecordOf(refs, replay);
        } else if (selection.has("decidedFrom") || selection.has("decidedTo")) {
            LocalDate from = date(selection, "decidedFrom", LocalDate.of(1970, 1, 1));
            LocalDate to = date(selection, "decidedTo", LocalDate.of(9999, 12, 30));
            repository.forEachRecordDecidedBetween(from.atStartOfDay().toInstant(ZoneOffset.UTC),
                    to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), replay);
        } else if (selection.path("all").asBoolean(false)) {
            repository.forEachRecord(replay);
        } else {
            throw bad("/selection", "give one of: all (true), decidedFrom/decidedTo, references, fixtures");
        }
        return report;
    }

    public ChainVerification.Result verify() {
        return ChainVerification.verify(repository);
    }

    /** Keeps every case in the counts, but lists only those that differ or fail. */
    private static void keep(ReplayReport report, ReplayReport.CaseResult result) {
        report.add(result);
        if (result.status().equals("IDENTICAL")) {
            report.cases.remove(report.cases.size() - 1);
        }
    }

    private LocalDate date(JsonNode selection, String field, LocalDate otherwise) {
        if (!selection.has(field)) {
            return otherwise;
        }
        try {
            return LocalDate.parse(selection.get(field).asText());
        } catch (Exception e) {
            throw bad("/selection/" + field, "not an ISO date");
        }
    }

    private DecisionRecord record(String decisionId) {
        return repository.findRecord(decisionId).orElseThrow(() -> new RejectedRequestException(404, "Not found",
                List.of(new Problem("/decisionId", "no decision with id " + decisionId))));
    }

    private static RejectedRequestException bad(String pointer, String message) {
        return new RejectedRequestException(400, "Invalid replay request", List.of(new Problem(pointer, message)));
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
