package org.mutualrecognition.decision.facts;

import java.math.BigDecimal;
import java.util.List;

/**
 * The two-step benchmarking of one qualification (P-21): the pair of benchmark-standards.json that links the home
 * qualification named in {@code standard} to the host qualification, Step 1 (equivalent descriptor domains of the
 * level pair and their rating), Step 2 (level gap, hours ratio, entry requirements, coverage through the unit
 * mapping) and the rating benchmark-rating.dmn gives them. Ratios are given as exact fractions ("360/400").
 * {@code fromHomeRecord} names the applicant data taken from the home qualification record (P-21.3).
 */
public final class BenchmarkComparison {
    private final String route;
    private final String agreement;
    private final String pair;
    private final String homeQualification;
    private final String hostQualification;
    private final int qualificationIndex;
    private final Integer equivalentDomains;
    private final String step1;
    private final int levelGap;
    private final String hoursRatio;
    private final String coverage;
    private final int entryDifference;
    private final boolean entryEquivalent;
    private final List<String> uncoveredUnits;
    private final BigDecimal uncoveredHours;
    private final List<String> fromHomeRecord;
    private final String rating;

    public BenchmarkComparison(String route, String agreement, String pair, String homeQualification,
                               String hostQualification, int qualificationIndex, Integer equivalentDomains, String step1,
                               int levelGap, String hoursRatio, String coverage, int entryDifference,
                               boolean entryEquivalent, List<String> uncoveredUnits, BigDecimal uncoveredHours,
                               List<String> fromHomeRecord, String rating) {
        this.route = route;
        this.agreement = agreement;
        this.pair = pair;
        this.homeQualification = homeQualification;
        this.hostQualification = hostQualification;
        this.qualificationIndex = qualificationIndex;
        this.equivalentDomains = equivalentDomains;
        this.step1 = step1;
        this.levelGap = levelGap;
        this.hoursRatio = hoursRatio;
        this.coverage = coverage;
        this.entryDifference = entryDifference;
        this.entryEquivalent = entryEquivalent;
        this.uncoveredUnits = List.copyOf(uncoveredUnits);
        this.uncoveredHours = uncoveredHours;
        this.fromHomeRecord = List.copyOf(fromHomeRecord);
        this.rating = rating;
    }

    public String getRoute() { return route; }
    public String getAgreement() { return agreement; }
    public String getPair() { return pair; }
    public String getHomeQualification() { return homeQualification; }
    public String getHostQualification() { return hostQualification; }
    public int getQualificationIndex() { return qualificationIndex; }
    /** Null when the knowledge base holds no descriptor comparison of the level pair. */
    public Integer getEquivalentDomains() { return equivalentDomains; }
    public String getStep1() { return step1; }
    public int getLevelGap() { return levelGap; }
    public String getHoursRatio() { return hoursRatio; }
    public String getCoverage() { return coverage; }
    public int getEntryDifference() { return entryDifference; }
    public boolean isEntryEquivalent() { return entryEquivalent; }
    public List<String> getUncoveredUnits() { return uncoveredUnits; }
    public BigDecimal getUncoveredHours() { return uncoveredHours; }
    public List<String> getFromHomeRecord() { return fromHomeRecord; }
    public String getRating() { return rating; }
}
