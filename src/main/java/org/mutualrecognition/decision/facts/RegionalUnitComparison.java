package org.mutualrecognition.decision.facts;

import java.math.BigDecimal;
import java.util.List;
import org.mutualrecognition.decision.model.Reason;

/**
 * The unit-by-unit comparison of a certificate against the host profile (P-20.6): the host units whose codes are not
 * among the certificate's units, their hours (missing weight) against W(host), and the row of regional-tolerances.dmn
 * that says what follows ({@code NOTHING_MISSING}, {@code TOP_UP_TRAINING}, {@code REFUSAL}). The table's row reasons
 * travel with the fact: the comparison is used only when the certificate, the origin or the host profile falls short,
 * and the rule that uses it records them.
 */
public final class RegionalUnitComparison {
    private final String route;
    private final String hostProfileId;
    private final String fraction;
    private final List<String> uncoveredUnits;
    private final BigDecimal missingHours;
    private final String result;
    private final List<Reason> tableReasons;

    public RegionalUnitComparison(String route, String hostProfileId, String fraction, List<String> uncoveredUnits,
                                  BigDecimal missingHours, String result, List<Reason> tableReasons) {
        this.route = route;
        this.hostProfileId = hostProfileId;
        this.fraction = fraction;
        this.uncoveredUnits = List.copyOf(uncoveredUnits);
        this.missingHours = missingHours;
        this.result = result;
        this.tableReasons = List.copyOf(tableReasons);
    }

    public String getRoute() { return route; }
    public String getHostProfileId() { return hostProfileId; }
    /** Missing weight over W(host) as the exact fraction, e.g. "80/400". */
    public String getFraction() { return fraction; }
    public List<String> getUncoveredUnits() { return uncoveredUnits; }
    public BigDecimal getMissingHours() { return missingHours; }
    public String getResult() { return result; }
    public List<Reason> getTableReasons() { return tableReasons; }
}
