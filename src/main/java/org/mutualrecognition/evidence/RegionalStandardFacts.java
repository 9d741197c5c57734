package org.mutualrecognition.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mutualrecognition.agreements.RouteCandidate;
import org.mutualrecognition.decision.DecisionTables;
import org.mutualrecognition.decision.TableReasons;
import org.mutualrecognition.decision.TableResult;
import org.mutualrecognition.decision.facts.EvidenceGap;
import org.mutualrecognition.decision.facts.RegionalCertificate;
import org.mutualrecognition.decision.facts.RegionalProfile;
import org.mutualrecognition.decision.facts.RegionalUnitComparison;
import org.mutualrecognition.knowledge.KnowledgeBase;

/**
 * Prepares the facts the Central American regional-standard rules (rules/regional/central-america.drl) judge, as
 * policy P-20 counts them from regional-standards.json: the certificate and the units it covers, the origin profile
 * (the qualification's country) and the host profile measured against the standard (weights in nominal hours, exact
 * fractions; conformity from regional-tolerances.dmn), and the unit-by-unit comparison against the host profile.
 *
 * <p>A regional unit counts as modified when its profile record says so or, for the origin profile, when the
 * certificate's matter for it carries {@code modified: true} (the application schema: "the national profile changed
 * this unit").
 */
public final class RegionalStandardFacts implements FactPreparer {

    public static final String ROUTE = "REGIONAL_STANDARD";
    private static final String TABLES = "regional-tolerances";

    private final KnowledgeBase kb;
    private final DecisionTables tables;

    public RegionalStandardFacts(KnowledgeBase kb, DecisionTables tables) {
        this.kb = kb;
        this.tables = tables;
    }

    @Override
    public boolean serves(RouteCandidate route) {
        return ROUTE.equals(route.model());
    }

    @Override
    public PreparedFacts prepare(JsonNode app, RouteCandidate route) {
        PreparedFacts facts = new PreparedFacts();
        String isco = app.path("occupation").path("isco08").asText();
        JsonNode qualifications = app.path("qualifications");
        for (int i = 0; i < qualifications.size(); i++) {
            JsonNode q = qualifications.get(i);
            Optional<JsonNode> standard = standard(q.path("standard").asText(""), route.agreement(), isco);
            if (standard.isPresent()) {
                prepare(app, i, q, standard.get(), facts);
                break;
            }
        }
        return facts;
    }

    private void prepare(JsonNode app, int index, JsonNode q, JsonNode standard, PreparedFacts facts) {
        String standardId = standard.path("id").asText();
        if (!EvidenceStatus.established(q.path("evidence"))) {
            facts.add(EvidenceGap.notEstablished(ROUTE, "/qualifications/" + index + "/evidence",
                    "the certificate " + q.path("title").asText()));
        }
        String originCountry = KnowledgeBase.country(q.path("country").asText());
        Optional<JsonNode> origin = profile(standard, originCountry);
        Optional<JsonNode> host = profile(standard, KnowledgeBase.country(app.path("host").asText()));

        // P-20.1: the certificate's units are its matters codes; without matters, the whole origin profile
        boolean fromProfile = !q.has("matters");
        Set<String> units = new LinkedHashSet<>();
        Set<String> modifiedByCertificate = new LinkedHashSet<>();
        if (fromProfile) {
            origin.ifPresent(p -> p.path("units").forEach(u -> units.add(u.path("code").asText())));
        } else {
            for (JsonNode m : q.path("matters")) {
                units.add(m.path("code").asText());
                if (m.path("modified").asBoolean(false)) {
                    modifiedByCertificate.add(m.path("code").asText());
                }
            }
        }
        List<String> originNotCovered = new ArrayList<>();
        origin.ifPresent(p -> p.path("units").forEach(u -> {
            if (!units.contains(u.path("code").asText())) {
                originNotCovered.add(u.path("code").asText());
            }
        }));
        facts.add(new RegionalCertificate(ROUTE, standardId, index, originCountry, List.copyOf(units), fromProfile,
                origin.isPresent() && originNotCovered.isEmpty(), originNotCovered));

        origin.ifPresent(p -> facts.add(measure("ORIGIN", standard, p, modifiedByCertificate, facts)));
        host.ifPresent(p -> {
            facts.add(measure("HOST", standard, p, Set.of(), facts));
            facts.add(compareUnits(p, units));
        });
    }

    /** P-20.2 to P-20.4: adapted weight, W(P), missing core units; conformity from the table. */
    private RegionalProfile measure(String role, JsonNode standard, JsonNode profile, Set<String> modifiedByCertificate,
                                    PreparedFacts facts) {
        Map<String, JsonNode> regionalUnits = new LinkedHashMap<>();
        standard.path("units").forEach(u -> regionalUnits.put(u.path("code").asText(), u));
        Set<String> profileCodes = new LinkedHashSet<>();
        BigDecimal weight = BigDecimal.ZERO;
        BigDecimal adapted = BigDecimal.ZERO;
        List<String> adaptedUnits = new ArrayList<>();
        for (JsonNode u : profile.path("units")) {
            String code = u.path("code").asText();
            BigDecimal hours = u.path("hours").decimalValue();
            profileCodes.add(code);
            weight = weight.add(hours);
            boolean national = !regionalUnits.containsKey(code);
            boolean modified = u.path("modified").asBoolean(false) || modifiedByCertificate.contains(code);
            if (national || modified) {
                adapted = adapted.add(hours);
                adaptedUnits.add(code + (national ? " (national, " : " (modified, ") + ExactRatio.plain(hours) + " h)");
            }
        }
        List<String> missingCore = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : regionalUnits.entrySet()) {
            if (profileCodes.contains(e.getKey())) {
                continue;
            }
            if (e.getValue().path("core").asBoolean(false)) {
                missingCore.add(e.getKey());
            } else {
                BigDecimal hours = e.getValue().path("hours").decimalValue();
                adapted = adapted.add(hours);
                adaptedUnits.add(e.getKey() + " (non-core, removed, " + ExactRatio.plain(hours) + " h)");
            }
        }
        ExactRatio share = ExactRatio.of(adapted, weight);
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("missingCoreUnits", missingCore.size());
        inputs.put("adaptedShare", share.forUpperBounds());
        TableResult result = tables.evaluate(TABLES, "Profile conformity", inputs);
        Map<?, ?> row = (Map<?, ?>) result.result();
        boolean conforms = Boolean.TRUE.equals(row.get("conforms"));
        String tolerance = ExactRatio.display(new BigDecimal(String.valueOf(row.get("tolerance"))));
        String profileId = profile.path("id").asText();
        facts.addReasons(TableReasons.of(result, (role.equals("ORIGIN") ? "Origin" : "Host") + " profile " + profileId
                + ": adapted share " + share + " = " + share.display() + (adaptedUnits.isEmpty() ? "" : " " + adaptedUnits) + " against a tolerance of "
                + tolerance + ", missing core units " + missingCore + ": " + (conforms ? "conforms." : "does not conform.")));
        return new RegionalProfile(ROUTE, role, standard.path("id").asText(), profileId, profile.path("country").asText(),
                share.toString(), share.display(), adaptedUnits, missingCore, conforms, tolerance);
    }

    /** P-20.6: a host unit is covered iff its code is among the certificate's units. */
    private RegionalUnitComparison compareUnits(JsonNode hostProfile, Set<String> certificateUnits) {
        BigDecimal weight = BigDecimal.ZERO;
        BigDecimal missing = BigDecimal.ZERO;
        List<String> uncovered = new ArrayList<>();
        for (JsonNode u : hostProfile.path("units")) {
            BigDecimal hours = u.path("hours").decimalValue();
            weight = weight.add(hours);
            if (!certificateUnits.contains(u.path("code").asText())) {
                uncovered.add(u.path("code").asText());
                missing = missing.add(hours);
            }
        }
        ExactRatio share = ExactRatio.of(missing, weight);
        TableResult result = tables.evaluate(TABLES, "Unit comparison", Map.of("missingShare", share.forUpperBounds()));
        String verdict = String.valueOf(result.result());
        String profileId = hostProfile.path("id").asText();
        return new RegionalUnitComparison(ROUTE, profileId, share.toString(), uncovered, ExactRatio.plainNumber(missing), verdict,
                TableReasons.of(result, "Unit-by-unit comparison against host profile " + profileId + ": uncovered units "
                        + uncovered + ", missing weight " + share + " of the host profile: " + verdict + "."));
    }

    private Optional<JsonNode> standard(String id, String agreement, String isco) {
        return kb.find("regional-standards", "standards", s -> id.equals(s.path("id").asText())
                && agreement.equals(s.path("agreement").asText()) && isco.equals(s.path("isco08").asText()));
    }

    private static Optional<JsonNode> profile(JsonNode standard, String country) {
        for (JsonNode p : standard.path("nationalProfiles")) {
            if (country.equals(p.path("country").asText())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
