package org.mutualrecognition.decision;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rule ids of every decision-table row in a rule set (test helper). */
final class DecisionTableIds {

    private static final Pattern RULE_ID = Pattern.compile("<(?:dmn:)?rule\\s+id=\"([^\"]+)\"");

    private DecisionTableIds() {
    }

    static List<String> all(RuleSetFiles files) {
        List<String> ids = new ArrayList<>();
        for (Map.Entry<String, byte[]> f : files.files().entrySet()) {
            if (f.getKey().endsWith(".dmn")) {
                Matcher m = RULE_ID.matcher(new String(f.getValue(), StandardCharsets.UTF_8));
                while (m.find()) {
                    ids.add(m.group(1));
                }
            }
        }
        return ids;
    }
}
