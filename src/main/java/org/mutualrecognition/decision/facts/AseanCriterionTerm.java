package org.mutualrecognition.decision.facts;

import java.util.List;
import org.mutualrecognition.decision.model.Reason;

/**
 * One eligibility criterion of an ASEAN arrangement ({@code asean-criteria.json}) with the terms the rules judge it by,
 * from the decision table {@code asean-criteria.dmn}: its kind, the ISCED field of the degree it concerns, the degree
 * award its experience counts from, its threshold ({@code amount} {@code unit}, {@code windowYears}) and, for a part of
 * another criterion ("of which ..."), that criterion's id. {@code tableReasons} are the table rows it was read from;
 * the rules report them when they check the criterion.
 */
public final class AseanCriterionTerm {
    private final String agreement;
    private final String id;
    private final String kind;
    private final String text;
    private final String provenance;
    private final String iscedField;
    private final String countFrom;
    private final String unit;
    private final Integer amount;
    private final Integer windowYears;
    private final String partOf;
    private final List<Reason> tableReasons;

    public AseanCriterionTerm(String agreement, String id, String kind, String text, String provenance, String iscedField,
                              String countFrom, String unit, Integer amount, Integer windowYears, String partOf,
                              List<Reason> tableReasons) {
        this.agreement = agreement;
        this.id = id;
        this.kind = kind;
        this.text = text;
        this.provenance = provenance;
        this.iscedField = iscedField;
        this.countFrom = countFrom;
        this.unit = unit;
        this.amount = amount;
        this.windowYears = windowYears;
        this.partOf = partOf;
        this.tableReasons = List.copyOf(tableReasons);
    }

    /** "ENG-3 (At least 7 years of ...)" for reasons. */
    public String getLabel() {
        return id + " (" + text + ")";
    }

    public String getAgreement() { return agreement; }
    public String getId() { return id; }
    public String getKind() { return kind; }
    public String getText() { return text; }
    public String getProvenance() { return provenance; }
    public String getIscedField() { return iscedField; }
    public String getCountFrom() { return countFrom; }
    public String getUnit() { return unit; }
    public Integer getAmount() { return amount; }
    public Integer getWindowYears() { return windowYears; }
    public String getPartOf() { return partOf; }
    public List<Reason> getTableReasons() { return tableReasons; }
}
