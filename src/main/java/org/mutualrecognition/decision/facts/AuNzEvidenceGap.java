package org.mutualrecognition.decision.facts;

/**
 * Evidence an Australian or New Zealand route needs and does not have (P-04.3, P-04.5), inserted by the rule that
 * found it (rules/aunz/*.drl) so that the referral rule of the same route sees it: the route (agreement and model),
 * what is missing ({@code kind}: REGISTRATION_EVIDENCE, GOOD_STANDING or NOTIFICATION), the JSON Pointer that goes
 * into missingEvidence and the reason.
 */
public final class AuNzEvidenceGap {
    private final String agreement;
    private final String model;
    private final String kind;
    private final String item;
    private final String reason;

    public AuNzEvidenceGap(String agreement, String model, String kind, String item, String reason) {
        this.agreement = agreement;
        this.model = model;
        this.kind = kind;
        this.item = item;
        this.reason = reason;
    }

    public String getAgreement() { return agreement; }
    public String getModel() { return model; }
    public String getKind() { return kind; }
    public String getItem() { return item; }
    public String getReason() { return reason; }
}
