package org.mutualrecognition.decision;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;

/** What validating a rule set found: errors block activation, warnings inform. */
public final class RuleSetValidation {

    public String version;
    public List<Issue> errors = new ArrayList<>();
    public List<Issue> warnings = new ArrayList<>();

    /** One finding with its location: file, line (DRL) or table and rule id (DMN). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Issue(String kind, String file, Integer line, String table, String ruleId, String message) {

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder(file == null ? "(rule set)" : file);
            if (line != null && line > 0) {
                b.append(':').append(line);
            }
            if (table != null) {
                b.append(" table '").append(table).append('\'');
            }
            if (ruleId != null) {
                b.append(" rule ").append(ruleId);
            }
            return b.append(": ").append(kind).append(": ").append(message).toString();
        }
    }

    /** The compiled rule set when the validation compiled it without errors (so that it is not compiled twice). */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public transient CompiledRuleSet compiled;

    public boolean valid() {
        return errors.isEmpty();
    }
}
