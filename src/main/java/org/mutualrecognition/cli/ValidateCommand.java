package org.mutualrecognition.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mutualrecognition.decision.RuleSetFiles;
import org.mutualrecognition.decision.RuleSetValidation;
import org.mutualrecognition.decision.RuleSetValidator;

/** {@code validate [folder] [--json]}: the rule set of a working copy checked as it would be before activation. */
final class ValidateCommand {

    private final PrintStream out;
    private final PrintStream err;

    ValidateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        Path folder = Path.of(".");
        boolean json = false;
        for (String a : args) {
            if (a.equals("--json")) {
                json = true;
            } else if (a.startsWith("--")) {
                err.println("validate: unexpected argument " + a);
                return 2;
            } else {
                folder = Path.of(a);
            }
        }
        if (!Files.isDirectory(folder.resolve("rules")) && !Files.isDirectory(folder.resolve("decision-tables"))) {
            err.println("validate: " + folder.toAbsolutePath() + " has neither rules/ nor decision-tables/");
            return 2;
        }
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        RuleSetValidation report = new RuleSetValidator(mapper).validate(RuleSetFiles.fromDirectory(folder));
        if (json) {
            try {
                out.println(mapper.writeValueAsString(report));
            } catch (Exception e) {
                err.println("validate: " + e.getMessage());
                return 2;
            }
        } else {
            report.errors.forEach(i -> out.println("ERROR   " + i));
            report.warnings.forEach(i -> out.println("warning " + i));
            out.printf("%s: %d errors, %d warnings (rule set %s)%n", report.valid() ? "valid" : "INVALID",
                    report.errors.size(), report.warnings.size(), report.version);
        }
        return report.valid() ? 0 : 1;
    }
}
