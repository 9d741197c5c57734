package org.mutualrecognition.evidence;

import java.util.Objects;

/**
 * One finding of the checks that run before any rule (P-03): a code of {@code validation-codes.json}, the JSON
 * Pointer of the offending field in the application (P-03.2) and a human-readable detail.
 */
public record ValidationFinding(String code, String path, String detail) {

    public ValidationFinding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(detail, "detail");
    }
}
