package org.mutualrecognition.evidence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects validation findings (P-03) in insertion order, one per (code, path): one finding per offending field. */
final class Findings {

    private final Map<String, ValidationFinding> byCodeAndPath = new LinkedHashMap<>();

    void add(String code, String path, String detail) {
        add(new ValidationFinding(code, path, detail));
    }

    void add(ValidationFinding finding) {
        byCodeAndPath.putIfAbsent(finding.code() + " " + finding.path(), finding);
    }

    List<ValidationFinding> list() {
        return List.copyOf(byCodeAndPath.values());
    }
}
