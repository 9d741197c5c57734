package org.mutualrecognition.decision.facts;

import java.util.List;

/**
 * The host rule of an ASEAN arrangement for the host (decision table {@code asean-host-rules.dmn}): the practice mode
 * of the host registration (RFPE, RFA, RFPA), or the measure a host applies to eligible nurses and who chooses it;
 * all null when no host rule is recorded. {@code restrictions} come from {@code asean-criteria.json}.
 */
public final class AseanHostRule {
    private final String agreement;
    private final String host;
    private final String practiceMode;
    private final String measure;
    private final String choice;
    private final String detail;
    private final List<String> restrictions;

    public AseanHostRule(String agreement, String host, String practiceMode, String measure, String choice, String detail,
                         List<String> restrictions) {
        this.agreement = agreement;
        this.host = host;
        this.practiceMode = practiceMode;
        this.measure = measure;
        this.choice = choice;
        this.detail = detail;
        this.restrictions = List.copyOf(restrictions);
    }

    public String getAgreement() { return agreement; }
    public String getHost() { return host; }
    public String getPracticeMode() { return practiceMode; }
    public String getMeasure() { return measure; }
    public String getChoice() { return choice; }
    public String getDetail() { return detail; }
    public List<String> getRestrictions() { return restrictions; }
}
