package org.mutualrecognition.decision.facts;

/**
 * One row of eu-annex-iv-options.dmn: an option of Annex IV List I, II or III (P-11.2). Every option has exactly one
 * consecutive part (self-employed or manager, employed, or executive years), may add summed employed years and prior
 * training, and may be subject to the ten-year rule.
 */
public final class AnnexIvOption {
    public static final String SELF_EMPLOYED_OR_MANAGER = "SELF_EMPLOYED_OR_MANAGER";
    public static final String EMPLOYED = "EMPLOYED";
    public static final String EXECUTIVE = "EXECUTIVE";

    private final String rowId;
    private final String list;
    private final String option;
    private final Integer selfEmployedOrManagerYears;
    private final Integer employedYears;
    private final boolean employedConsecutive;
    private final Integer executiveYears;
    private final Integer priorTrainingYears;
    private final boolean priorTrainingAny;
    private final boolean tenYearRule;

    public AnnexIvOption(String rowId, String list, String option, Integer selfEmployedOrManagerYears, Integer employedYears,
                         boolean employedConsecutive, Integer executiveYears, Integer priorTrainingYears,
                         boolean priorTrainingAny, boolean tenYearRule) {
        this.rowId = rowId;
        this.list = list;
        this.option = option;
        this.selfEmployedOrManagerYears = selfEmployedOrManagerYears;
        this.employedYears = employedYears;
        this.employedConsecutive = employedConsecutive;
        this.executiveYears = executiveYears;
        this.priorTrainingYears = priorTrainingYears;
        this.priorTrainingAny = priorTrainingAny;
        this.tenYearRule = tenYearRule;
    }

    /** e.g. "I(a)". */
    public String getKey() { return list + "(" + option + ")"; }

    /** Capacity group of the consecutive part. */
    public String getConsecutiveGroup() {
        if (selfEmployedOrManagerYears != null) {
            return SELF_EMPLOYED_OR_MANAGER;
        }
        if (executiveYears != null) {
            return EXECUTIVE;
        }
        return EMPLOYED;
    }

    /** Years of the consecutive part. */
    public Integer getConsecutiveYears() {
        if (selfEmployedOrManagerYears != null) {
            return selfEmployedOrManagerYears;
        }
        if (executiveYears != null) {
            return executiveYears;
        }
        return employedConsecutive ? employedYears : null;
    }

    /** Employed years counted as a sum (not consecutive); null when the option has none. */
    public Integer getSumYears() {
        return employedYears != null && !employedConsecutive && !EMPLOYED.equals(getConsecutiveGroup()) ? employedYears : null;
    }

    public boolean isTrainingRequired() { return priorTrainingYears != null || priorTrainingAny; }

    public String getRowId() { return rowId; }
    public String getList() { return list; }
    public String getOption() { return option; }
    public Integer getSelfEmployedOrManagerYears() { return selfEmployedOrManagerYears; }
    public Integer getEmployedYears() { return employedYears; }
    public boolean isEmployedConsecutive() { return employedConsecutive; }
    public Integer getExecutiveYears() { return executiveYears; }
    public Integer getPriorTrainingYears() { return priorTrainingYears; }
    public boolean isPriorTrainingAny() { return priorTrainingAny; }
    public boolean isTenYearRule() { return tenYearRule; }
}
