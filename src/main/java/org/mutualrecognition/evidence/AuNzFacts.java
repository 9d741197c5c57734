package org.mutualrecognition.evidence;

import static org.mutualrecognition.knowledge.JsonArrays.contains;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mutualrecognition.agreements.RouteCandidate;
import org.mutualrecognition.decision.facts.AmrExemption;
import org.mutualrecognition.decision.facts.AmrNotificationRequirement;
import org.mutualrecognition.decision.facts.AuNzRegistration;
import org.mutualrecognition.decision.facts.IgnoredHostConcern;
import org.mutualrecognition.decision.facts.NotificationEvents;
import org.mutualrecognition.knowledge.KnowledgeBase;

/**
 * Prepares the facts the Australian and New Zealand rules (rules/aunz/*.drl, policy P-19) judge, for
 * {@code AU-MRA-1992} Part 3 and Part 3A and for {@code TTMRA-1997}: the applicant's registrations for the
 * occupation (status, s 42D(4) flags, restrictions, evidence status, age of the certificate of good standing), and for
 * Automatic Mutual Recognition the host's exemption and notification records of au-nz.json and the procedure events.
 * Look-ups and day counts only: whether an exemption is in force, whether a notification came in time, whether a
 * certificate is too old, and what follows, is decided by the rules.
 */
public final class AuNzFacts implements FactPreparer {

    public static final String AMR = "AUTOMATIC_MUTUAL_RECOGNITION";
    public static final String MRP = "MUTUAL_RECOGNITION_PRINCIPLE";
    private static final String DOCUMENT_AGE = "ANNEX7-DOCUMENT-AGE";

    private final KnowledgeBase kb;

    public AuNzFacts(KnowledgeBase kb) {
        this.kb = kb;
    }

    @Override
    public boolean serves(RouteCandidate route) {
        return ("AU-MRA-1992".equals(route.agreement()) && (AMR.equals(route.model()) || MRP.equals(route.model())))
                || ("TTMRA-1997".equals(route.agreement()) && MRP.equals(route.model()));
    }

    @Override
    public PreparedFacts prepare(JsonNode app, RouteCandidate route) {
        PreparedFacts facts = new PreparedFacts();
        String home = app.path("home").asText();
        String host = app.path("host").asText();
        String isco = app.path("occupation").path("isco08").asText();
        LocalDate submitted = IsoDates.parse(app.path("submittedOn").asText());
        long maxAgeDays = goodStandingMaxAgeDays();

        JsonNode registrations = app.path("registrations");
        for (int i = 0; i < registrations.size(); i++) {
            JsonNode r = registrations.get(i);
            if (!isco.equals(r.path("occupation").asText())) {
                continue;
            }
            LocalDate goodStanding = r.has("goodStandingIssuedOn") ? IsoDates.parse(r.path("goodStandingIssuedOn").asText()) : null;
            Long age = goodStanding == null ? null : ChronoUnit.DAYS.between(goodStanding, submitted);
            List<String> restrictions = new ArrayList<>();
            r.path("restrictions").forEach(x -> restrictions.add(x.asText()));
            facts.add(new AuNzRegistration(route.agreement(), route.model(), i, r.path("jurisdiction").asText(),
                    home.equals(r.path("jurisdiction").asText()), r.path("status").asText(),
                    r.path("proceedingsPending").asBoolean(false), r.path("sanctioned").asBoolean(false), restrictions,
                    EvidenceStatus.established(r.path("evidence")), goodStanding, age, maxAgeDays));
        }

        if (AMR.equals(route.model())) {
            for (JsonNode e : kb.records("au-nz", "amrExemptions")) {
                if (host.equals(e.path("host").asText()) && isco.equals(e.path("isco08").asText())) {
                    facts.add(new AmrExemption(host, isco, e.path("registration").asText(),
                            date(e.path("until")), e.path("provenance").asText()));
                }
            }
            facts.add(notificationRequirement(host, isco));
            facts.add(notificationEvents(app.path("procedure")));
        } else {
            for (JsonNode c : kb.records("au-nz", "hostConcernsIgnored")) {
                String concern = c.path("concern").asText();
                if (contains(app.path("hostConcerns"), concern)) {
                    facts.add(new IgnoredHostConcern(route.agreement(), route.model(), concern, c.path("provenance").asText()));
                }
            }
        }
        return facts;
    }

    private AmrNotificationRequirement notificationRequirement(String host, String isco) {
        Optional<JsonNode> record = kb.find("au-nz", "notificationRequirements",
                n -> host.equals(n.path("host").asText()) && isco.equals(n.path("isco08").asText()));
        if (record.isPresent()) {
            JsonNode n = record.get();
            return new AmrNotificationRequirement(host, isco, n.path("registration").asText(null),
                    n.path("required").asBoolean(), false, n.path("provenance").asText());
        }
        JsonNode fallback = kb.file("au-nz").path("notificationDefault");
        return new AmrNotificationRequirement(host, isco, null, fallback.path("required").asBoolean(false), true,
                fallback.path("provenance").asText());
    }

    private static NotificationEvents notificationEvents(JsonNode procedure) {
        LocalDate notified = null;
        LocalDate started = null;
        for (JsonNode e : procedure.path("events")) {
            LocalDate on = IsoDates.parse(e.path("on").asText());
            switch (e.path("event").asText()) {
                case "NOTIFIED" -> notified = earliest(notified, on);
                case "STARTED_PRACTICE" -> started = earliest(started, on);
                default -> { }
            }
        }
        return new NotificationEvents(procedure.path("kind").asText(null), notified, started);
    }

    /** P-04.4: the accepted age of a certificate of good standing, from procedural-deadlines.json (P90D). */
    private long goodStandingMaxAgeDays() {
        JsonNode record = kb.find("procedural-deadlines", "deadlines", d -> DOCUMENT_AGE.equals(d.path("id").asText()))
                .orElseThrow(() -> new IllegalStateException("procedural-deadlines.json has no " + DOCUMENT_AGE));
        Period period = Period.parse(record.path("period").asText());
        if (period.toTotalMonths() != 0) {
            throw new IllegalStateException(DOCUMENT_AGE + " must be a number of days, not " + period);
        }
        return period.getDays();
    }

    private static LocalDate earliest(LocalDate current, LocalDate candidate) {
        return current == null || candidate.isBefore(current) ? candidate : current;
    }

    private static LocalDate date(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : IsoDates.parse(node.asText());
    }
}
