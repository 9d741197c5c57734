package org.mutualrecognition.intake;

import java.util.List;

/**
 * The headers of {@code POST /api/v1/rulesets} that shape the impact preview: {@code storedLimit}, how many of the most
 * recent stored decisions are decided again under the draft (0 to {@value #MAX_STORED_LIMIT}; the service's
 * {@code recognition.impact.stored-limit} when absent), and {@code includeStored: false}, which is
 * {@code storedLimit: 0}.
 */
public final class ProposalRequest {

    /** About 14 minutes of one request at 0.8 ms per stored decision. */
    static final int MAX_STORED_LIMIT = 1_000_000;

    private ProposalRequest() {
    }

    public static int storedLimit(String includeStored, String storedLimit, int configured) {
        if ("false".equals(includeStored)) {
            return 0;
        }
        if (storedLimit == null) {
            return configured;
        }
        try {
            int limit = Integer.parseInt(storedLimit.trim());
            if (limit >= 0 && limit <= MAX_STORED_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new RejectedRequestException(400, "Invalid storedLimit header", List.of(new Problem("",
                "storedLimit must be a whole number from 0 to " + MAX_STORED_LIMIT + ", not '" + storedLimit + "'")));
    }
}
