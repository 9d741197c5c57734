package org.mutualrecognition.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mutualrecognition.decision.InMemoryZip;
import org.mutualrecognition.decision.RuleModelJar;
import org.mutualrecognition.decision.RuleSetCompiler;
import org.mutualrecognition.decision.RuleSetFiles;
import org.mutualrecognition.decision.SeparateJvmModelCompiler;

/**
 * {@code compile-model <rule-set.zip> <model.jar>}: compiles the rules of a zipped rule set to their executable model.
 * The service runs it in a JVM of its own for drafts and archived versions ({@code SeparateJvmModelCompiler}). Exit 0:
 * the model is written; 1: the rules do not compile, the problems are written as JSON to {@code <model.jar>.problems.json};
 * 2: bad arguments or unreadable input.
 */
final class CompileModelCommand {

    private final PrintStream out;
    private final PrintStream err;

    CompileModelCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        if (args.length != 2) {
            err.println("usage: compile-model <rule-set.zip> <model.jar>");
            return 2;
        }
        Path in = Path.of(args[0]);
        Path target = Path.of(args[1]);
        RuleSetFiles files;
        try {
            files = new RuleSetFiles(InMemoryZip.unzip(Files.readAllBytes(in)));
        } catch (IOException | RuntimeException e) {
            err.println("compile-model: cannot read " + in + ": " + e);
            return 2;
        }
        try {
            long begin = System.nanoTime();
            RuleModelJar model = RuleModelJar.compile(files);
            Files.write(target, model.bytes());
            out.printf("rule set %s compiled in %d ms%n", files.version(), (System.nanoTime() - begin) / 1_000_000);
            return 0;
        } catch (RuleSetCompiler.RuleSetCompilationException e) {
            try {
                new ObjectMapper().writeValue(target.resolveSibling(target.getFileName() + SeparateJvmModelCompiler.PROBLEMS_SUFFIX).toFile(), e.problems());
            } catch (IOException io) {
                err.println("compile-model: cannot write the problems: " + io);
                return 2;
            }
            err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("compile-model: cannot write " + target + ": " + e);
            return 2;
        }
    }
}
