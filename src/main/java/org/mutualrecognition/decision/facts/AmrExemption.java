package org.mutualrecognition.decision.facts;

import java.time.LocalDate;

/**
 * A record of au-nz.json {@code amrExemptions} for the host and the occupation sought: the registration a State
 * Minister exempted from Automatic Mutual Recognition and the last day of the exemption ({@code until} in au-nz.json;
 * null when open-ended). Whether it is in force at {@code submittedOn} is for the rules (P-19.1, P-06.1).
 */
public final class AmrExemption {
    private final String host;
    private final String isco08;
    private final String registration;
    private final LocalDate exemptUntil;
    private final String provenance;

    public AmrExemption(String host, String isco08, String registration, LocalDate exemptUntil, String provenance) {
        this.host = host;
        this.isco08 = isco08;
        this.registration = registration;
        this.exemptUntil = exemptUntil;
        this.provenance = provenance;
    }

    public String getHost() { return host; }
    public String getIsco08() { return isco08; }
    public String getRegistration() { return registration; }
    public LocalDate getExemptUntil() { return exemptUntil; }
    public String getProvenance() { return provenance; }
}
