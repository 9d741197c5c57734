package org.mutualrecognition.decision;

import java.util.List;

/**
 * The result of one decision and the rows that produced it.
 *
 * @param result      the decision's value as the DMN engine returns it: FEEL numbers are {@link java.math.BigDecimal},
 *                    a COLLECT table gives a {@link List} (of {@link java.util.Map}s when it has several outputs),
 *                    null when no row matched a FIRST/UNIQUE table
 * @param matchedRows for COLLECT (and RULE ORDER / OUTPUT ORDER) tables every matching row, for FIRST / UNIQUE /
 *                    PRIORITY / ANY the selected row; in evaluation order, including tables of required decisions
 */
public record TableResult(Object result, List<MatchedRow> matchedRows) {

    public TableResult {
        matchedRows = List.copyOf(matchedRows);
    }

    /** The ids of the matched rows, in order. */
    public List<String> ruleIds() {
        return matchedRows.stream().map(MatchedRow::ruleId).toList();
    }
}
