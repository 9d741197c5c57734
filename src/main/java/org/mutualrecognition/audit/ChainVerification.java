package org.mutualrecognition.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.mutualrecognition.persistence.DecisionRecord;
import org.mutualrecognition.persistence.DecisionRepository;

/** Walks the hash chain of decision records and names the first record whose hash does not hold. */
public final class ChainVerification {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(boolean intact, long recordsChecked, String firstBrokenDecisionId, Long firstBrokenSeq,
                         String problem) {
    }

    private ChainVerification() {
    }

    public static Result verify(DecisionRepository repository) {
        var state = new Object() {
            String previous = "sha256:genesis";
            long checked;
            Result broken;
        };
        repository.forEachRecord(r -> {
            if (state.broken != null) {
                return;
            }
            state.checked++;
            if (!r.previousHash().equals(state.previous)) {
                state.broken = new Result(false, state.checked, r.decisionId(), r.seq(),
                        "previous hash does not match the record before it");
                return;
            }
            String expected = hash(r);
            if (!expected.equals(r.recordHash())) {
                state.broken = new Result(false, state.checked, r.decisionId(), r.seq(),
                        "record content does not match its hash (edited after it was stored)");
                return;
            }
            state.previous = r.recordHash();
        });
        return state.broken != null ? state.broken : new Result(true, state.checked, null, null, null);
    }

    static String hash(DecisionRecord r) {
        return RecordHash.of(r.previousHash(), r.decisionId(), r.reference(), r.outcome(), r.rulesetVersion(), r.applicationJson(),
                r.decisionJson(), r.traceJson());
    }
}
