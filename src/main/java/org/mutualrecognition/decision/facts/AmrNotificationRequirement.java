package org.mutualrecognition.decision.facts;

/**
 * Whether the host requires notification before an automatically deemed registration is used (s 42J): the record of
 * au-nz.json {@code notificationRequirements} for the host and the occupation, or {@code notificationDefault} when
 * there is none ({@code fromDefault}).
 */
public final class AmrNotificationRequirement {
    private final String host;
    private final String isco08;
    private final String registration;
    private final boolean required;
    private final boolean fromDefault;
    private final String provenance;

    public AmrNotificationRequirement(String host, String isco08, String registration, boolean required,
                                      boolean fromDefault, String provenance) {
        this.host = host;
        this.isco08 = isco08;
        this.registration = registration;
        this.required = required;
        this.fromDefault = fromDefault;
        this.provenance = provenance;
    }

    public String getHost() { return host; }
    public String getIsco08() { return isco08; }
    public String getRegistration() { return registration; }
    public boolean isRequired() { return required; }
    public boolean isFromDefault() { return fromDefault; }
    public String getProvenance() { return provenance; }
}
