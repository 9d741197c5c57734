package org.mutualrecognition.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The body of {@code POST /api/v1/rulesets/{version}/activation}: {@code {"inForceFrom": "2026-01-01"}}; who activates is
 * the authenticated caller. */
public final class ActivationRequest {

    private ActivationRequest() {
    }

    public static LocalDate inForceFrom(JsonNode request) {
        try {
            return LocalDate.parse(request.path("inForceFrom").asText(""));
        } catch (DateTimeParseException e) {
            throw new RejectedRequestException(400, "Invalid activation request",
                    List.of(new Problem("/inForceFrom", "inForceFrom must be an ISO date")));
        }
    }
}
