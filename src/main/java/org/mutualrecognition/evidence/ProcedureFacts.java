package org.mutualrecognition.evidence;

import static org.mutualrecognition.knowledge.JsonArrays.contains;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.Set;
import org.mutualrecognition.agreements.RouteCandidate;
import org.mutualrecognition.decision.facts.ProcedureClock;
import org.mutualrecognition.decision.facts.ProcedureEvent;
import org.mutualrecognition.knowledge.KnowledgeBase;

/**
 * Prepares the host's clock for an EU-2005-36 route (P-14, rules/eu/procedure.drl): for a European Professional Card
 * the host deadline of procedural-deadlines.json for the route's model from TRANSMITTED_TO_HOST (EPC-HOST-AUTOMATIC,
 * EPC-HOST-GENERAL) with its extension record (EPC-HOST-EXTENSION); for the standard procedure ART51-DECIDE from
 * FILE_COMPLETE. Calendar arithmetic only (Regulation 1182/71, {@link ProcedureCalendar}); whether an extension
 * counts and whether the deadline has passed is decided by the rules.
 */
public final class ProcedureFacts implements FactPreparer {

    public static final String EPC = "EUROPEAN_PROFESSIONAL_CARD";
    public static final String STANDARD = "STANDARD";
    private static final Set<String> MODELS = Set.of("SECTORAL_AUTOMATIC", "EXPERIENCE_AUTOMATIC", "GENERAL_SYSTEM");

    private final KnowledgeBase kb;

    public ProcedureFacts(KnowledgeBase kb) {
        this.kb = kb;
    }

    @Override
    public boolean serves(RouteCandidate route) {
        return SectoralQualifications.AGREEMENT.equals(route.agreement()) && MODELS.contains(route.model());
    }

    @Override
    public PreparedFacts prepare(JsonNode app, RouteCandidate route) {
        PreparedFacts facts = new PreparedFacts();
        JsonNode procedure = app.path("procedure");
        String kind = procedure.path("kind").asText(null);
        if (!EPC.equals(kind) && !STANDARD.equals(kind)) {
            return facts;
        }
        Optional<JsonNode> deadline = EPC.equals(kind)
                ? record(d -> EPC.equals(d.path("procedure").asText()) && "TRANSMITTED_TO_HOST".equals(d.path("from").asText())
                        && contains(d.path("appliesTo"), route.model()))
                : record(d -> STANDARD.equals(d.path("procedure").asText()) && "FILE_COMPLETE".equals(d.path("from").asText()));
        if (deadline.isEmpty()) {
            return facts;
        }
        JsonNode d = deadline.get();
        String startEvent = d.path("from").asText();
        Period period = Period.parse(d.path("period").asText());
        Period extension;
        int maxExtensions;
        if (EPC.equals(kind)) {
            Optional<JsonNode> ext = record(x -> "EPC-HOST-EXTENSION".equals(x.path("id").asText()));
            extension = ext.map(x -> Period.parse(x.path("period").asText())).orElse(Period.ZERO);
            maxExtensions = ext.map(x -> x.path("maxExtensions").asInt(0)).orElse(0);
        } else {
            // "P1M (general system and professional experience)": one extension of the leading period
            String text = d.path("extension").asText("");
            extension = text.isBlank() ? Period.ZERO : Period.parse(text.split("\\s+")[0]);
            maxExtensions = text.isBlank() ? 0 : 1;
        }

        LocalDate start = null;
        JsonNode events = procedure.path("events");
        for (int i = 0; i < events.size(); i++) {
            JsonNode e = events.get(i);
            LocalDate on = IsoDates.parse(e.path("on").asText());
            String event = e.path("event").asText();
            facts.add(new ProcedureEvent(route.model(), i, event, on));
            if (startEvent.equals(event) && (start == null || on.isBefore(start))) {
                start = on;
            }
        }
        LocalDate end = start == null ? null : ProcedureCalendar.end(start, period);
        facts.add(new ProcedureClock(route.model(), kind, d.path("id").asText(), startEvent, start, period, end,
                end == null ? null : ProcedureCalendar.offWeekend(end), extension, maxExtensions,
                ApplicationFields.date(procedure, "assessedOn")));
        return facts;
    }

    private Optional<JsonNode> record(java.util.function.Predicate<JsonNode> predicate) {
        return kb.find("procedural-deadlines", "deadlines", predicate);
    }
}
