package org.mutualrecognition.decision.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * One ASEAN route (P-18) as given: the arrangement's regional designation scheme (null for nursing, which has no
 * regional register), the application's occupation, home, host and dates, CPD compliance as stated, the applicant's
 * citizenships and the agreement's parties, and the document age limit of P-04.4 read from the knowledge base.
 */
public final class AseanCase {
    private final String agreement;
    private final String scheme;
    private final String hostRegistration;
    private final String occupation;
    private final String home;
    private final String host;
    private final LocalDate submittedOn;
    private final Boolean cpdCompliant;
    private final List<String> citizenships;
    private final List<String> parties;
    private final long documentAgeLimitDays;

    public AseanCase(String agreement, String scheme, String hostRegistration, String occupation, String home, String host,
                     LocalDate submittedOn, Boolean cpdCompliant, List<String> citizenships, List<String> parties,
                     long documentAgeLimitDays) {
        this.agreement = agreement;
        this.scheme = scheme;
        this.hostRegistration = hostRegistration;
        this.occupation = occupation;
        this.home = home;
        this.host = host;
        this.submittedOn = submittedOn;
        this.cpdCompliant = cpdCompliant;
        this.citizenships = List.copyOf(citizenships);
        this.parties = List.copyOf(parties);
        this.documentAgeLimitDays = documentAgeLimitDays;
    }

    /** True when the arrangement has a regional register (ACPE, AA, ASEAN CPA). */
    public boolean isRegionalRegister() {
        return scheme != null;
    }

    public String getAgreement() { return agreement; }
    public String getScheme() { return scheme; }
    public String getHostRegistration() { return hostRegistration; }
    public String getOccupation() { return occupation; }
    public String getHome() { return home; }
    public String getHost() { return host; }
    public LocalDate getSubmittedOn() { return submittedOn; }
    public Boolean getCpdCompliant() { return cpdCompliant; }
    public List<String> getCitizenships() { return citizenships; }
    public List<String> getParties() { return parties; }
    public long getDocumentAgeLimitDays() { return documentAgeLimitDays; }
}
