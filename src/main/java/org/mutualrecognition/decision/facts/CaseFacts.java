package org.mutualrecognition.decision.facts;

import java.time.LocalDate;
import java.util.List;

/** The facts of the application every route's rules may need, as given (no judgement). */
public final class CaseFacts {
    private final String reference;
    private final String purpose;
    private final String home;
    private final String host;
    private final String isco08;
    private final LocalDate submittedOn;
    private final LocalDate decisionDate;
    private final String requestedScope;
    private final List<String> hostConcerns;
    private final boolean refugee;

    public CaseFacts(String reference, String purpose, String home, String host, String isco08, LocalDate submittedOn,
                     LocalDate decisionDate, String requestedScope, List<String> hostConcerns, boolean refugee) {
        this.reference = reference;
        this.purpose = purpose;
        this.home = home;
        this.host = host;
        this.isco08 = isco08;
        this.submittedOn = submittedOn;
        this.decisionDate = decisionDate;
        this.requestedScope = requestedScope;
        this.hostConcerns = List.copyOf(hostConcerns);
        this.refugee = refugee;
    }

    public boolean hasHostConcern(String concern) {
        return hostConcerns.contains(concern);
    }

    public String getReference() { return reference; }
    public String getPurpose() { return purpose; }
    public String getHome() { return home; }
    public String getHost() { return host; }
    public String getIsco08() { return isco08; }
    public LocalDate getSubmittedOn() { return submittedOn; }
    public LocalDate getDecisionDate() { return decisionDate; }
    public String getRequestedScope() { return requestedScope; }
    public List<String> getHostConcerns() { return hostConcerns; }
    public boolean isRefugee() { return refugee; }
}
