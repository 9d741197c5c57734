package org.mutualrecognition.decision;

import java.util.List;
import org.mutualrecognition.decision.model.Reason;

/** Turns matched decision-table rows into reasons: the row id, the file and row, the row's legalBasis annotation. */
public final class TableReasons {

    private TableReasons() {
    }

    public static List<Reason> of(TableResult result, String text) {
        return result.matchedRows().stream()
                .map(row -> new Reason(null, row.ruleId(), row.source(), row.legalBasis(), text))
                .toList();
    }
}
