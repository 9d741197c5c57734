package org.mutualrecognition.decision.facts;

/**
 * A concern the host raised ({@code hostConcerns}) that au-nz.json lists in {@code hostConcernsIgnored} for the route
 * it was prepared for (e.g. GOOD_CHARACTER, Andriotis), with the record's provenance.
 */
public final class IgnoredHostConcern {
    private final String agreement;
    private final String model;
    private final String concern;
    private final String provenance;

    public IgnoredHostConcern(String agreement, String model, String concern, String provenance) {
        this.agreement = agreement;
        this.model = model;
        this.concern = concern;
        this.provenance = provenance;
    }

    public String getAgreement() { return agreement; }
    public String getModel() { return model; }
    public String getConcern() { return concern; }
    public String getProvenance() { return provenance; }
}
