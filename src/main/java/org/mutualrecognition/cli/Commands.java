package org.mutualrecognition.cli;

import java.io.PrintStream;
import java.util.Set;

/** The command-line commands of the runnable jar. */
final class Commands {

    private static final Set<String> NAMES = Set.of("replay", "validate", "impact", "compile-model", "help");

    private Commands() {
    }

    static boolean isCommand(String arg) {
        return NAMES.contains(arg);
    }

    static int run(String name, String[] args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        return switch (name) {
            case "replay" -> new ReplayCommand(out, err).run(args);
            case "validate" -> new ValidateCommand(out, err).run(args);
            case "impact" -> new ImpactCommand(out, err).run(args);
            case "compile-model" -> new CompileModelCommand(out, err).run(args);
            default -> {
                out.println(USAGE);
                yield 0;
            }
        };
    }

    static final String USAGE = """
            usage:
              java -jar quarkus-run.jar                      start the service
              java -jar quarkus-run.jar replay <folder> [--rules <project-dir>] [--report out.html] [--json out.json]
                  decide every case file (*.json) below <folder> and match its expected decision
              java -jar quarkus-run.jar replay --stored --jdbc <url> [--user u] [--password p] [--target ORIGINAL|CURRENT]
                       [--rules <project-dir>] [--report out.html] [--json out.json]
                  decide every stored decision again (ORIGINAL: with the rule set it was made with)
              java -jar quarkus-run.jar validate [project-dir] [--json]
                  compile and check the rules/ and decision-tables/ of a working copy (exit 0 clean, 1 errors)
              java -jar quarkus-run.jar impact [project-dir] [--baseline <dir>] [--fixtures <dir>] [--report out.html] [--json out.json]
                  what the working copy's rules would change against the packaged rule set, over the fixtures
              java -jar quarkus-run.jar compile-model <rule-set.zip> <model.jar>
                  compile a zipped rule set's rules to their executable model (the service runs this in a JVM of
                  its own for drafts and archived versions; exit 1 with <model.jar>.problems.json when they do not compile)
              java -XX:ArchiveClassesAtExit=<archive.jsa> -jar quarkus-run.jar train-class-archive
                  start the service, answer one submission and exit, writing the classes it loaded to the archive
                  (the build does this: target/quarkus-app/recognition.jsa, for -XX:SharedArchiveFile)
            replay exit code: 0 all match, 1 a mismatch, 2 an error (unreadable file, invalid case, no database)""";
}
