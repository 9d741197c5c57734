package org.mutualrecognition.decision;

/**
 * One message of the DMN validator (schema, model, decision-table analysis) with severity ERROR or WARN.
 *
 * @param file      rule-set path, e.g. {@code decision-tables/route-preference.dmn}
 * @param severity  {@code ERROR} or {@code WARN}
 * @param type      the {@link org.kie.dmn.api.core.DMNMessageType} name, e.g. {@code DECISION_TABLE_GAP}
 * @param decision  the decision whose table the message is about, null when it cannot be told
 * @param hitPolicy that table's hit policy ({@code UNIQUE}, {@code FIRST}, {@code COLLECT} ...), null when unknown
 * @param message   the validator's text
 */
public record AnalysisFinding(String file, String severity, String type, String decision, String hitPolicy,
                              String message) {

    /** A gap or an overlap the decision-table analysis found (not a note that it skipped the gap analysis). */
    public boolean isGapOrOverlap() {
        return (type.equals("DECISION_TABLE_GAP") || type.startsWith("DECISION_TABLE_OVERLAP")) && !isSkippedAnalysis();
    }

    /**
     * The analysis could not look at (part of) a table: KIE 10.1.0 skips the whole gap/overlap analysis of a table
     * with a {@code null} unary test ({@code DECISION_TABLE_ANALYSIS_ERROR}) and the gap analysis of string columns
     * without {@code inputValues} (a {@code DECISION_TABLE_GAP} warning ending "Gap analysis skipped.").
     */
    public boolean isSkippedAnalysis() {
        return type.equals("DECISION_TABLE_ANALYSIS_ERROR")
                || (type.equals("DECISION_TABLE_GAP") && message.contains("analysis skipped"));
    }

    @Override
    public String toString() {
        return file + (decision == null ? "" : "#" + decision) + ": " + severity + " " + type + ": " + message;
    }
}
