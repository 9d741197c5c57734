package org.mutualrecognition.decision.facts;

import java.util.List;

/** A host standard of {@code host-standards.json} (general system): required level and measure policy (P-12). */
public final class HostStandard {
    private final String id;
    private final String requiredLevel;
    private final boolean nationalLawProfession;
    private final String measureChoice;
    private final String stipulatedMeasure;
    private final boolean imposeBothForLevelAvsD;
    private final boolean refuseLevelAWhereLevelERequired;
    private final List<String> separableActivities;

    public HostStandard(String id, String requiredLevel, boolean nationalLawProfession, String measureChoice,
                        String stipulatedMeasure, boolean imposeBothForLevelAvsD,
                        boolean refuseLevelAWhereLevelERequired, List<String> separableActivities) {
        this.id = id;
        this.requiredLevel = requiredLevel;
        this.nationalLawProfession = nationalLawProfession;
        this.measureChoice = measureChoice;
        this.stipulatedMeasure = stipulatedMeasure;
        this.imposeBothForLevelAvsD = imposeBothForLevelAvsD;
        this.refuseLevelAWhereLevelERequired = refuseLevelAWhereLevelERequired;
        this.separableActivities = List.copyOf(separableActivities);
    }

    public String getId() { return id; }
    public String getRequiredLevel() { return requiredLevel; }
    public boolean isNationalLawProfession() { return nationalLawProfession; }
    public String getMeasureChoice() { return measureChoice; }
    public String getStipulatedMeasure() { return stipulatedMeasure; }
    public boolean isImposeBothForLevelAvsD() { return imposeBothForLevelAvsD; }
    public boolean isRefuseLevelAWhereLevelERequired() { return refuseLevelAWhereLevelERequired; }
    public List<String> getSeparableActivities() { return separableActivities; }
}
