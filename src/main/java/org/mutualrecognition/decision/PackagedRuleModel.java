package org.mutualrecognition.decision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The packaged rule set's executable model, compiled by the build ({@code pom.xml}, phase {@code process-classes}) into
 * {@code rule-model/<sha256>.jar} on the class path, so the service does not compile its own rules at every start.
 *
 * <p>It is found by the rule-set version (the sha256 over {@code rules/} and {@code decision-tables/}), so it is used
 * only for exactly the files it was compiled from: a rule set edited after the build, a draft or an archived version
 * has no packaged model and is compiled at run time by the same compiler ({@link RuleModelJar#compile}).
 */
public final class PackagedRuleModel {

    static final String FOLDER = "rule-model/";

    private PackagedRuleModel() {
    }

    /** The compiled model of a rule-set version, if the build packaged one. */
    public static Optional<RuleModelJar> forVersion(String version) {
        String resource = FOLDER + hex(version) + ".jar";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(RuleModelJar.of(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static String hex(String version) {
        return version.startsWith("sha256:") ? version.substring("sha256:".length()) : version;
    }

    /**
     * Build step: compiles the rule set copied into a classes folder and writes its model beside it.
     *
     * <p>Usage: {@code PackagedRuleModel <classes folder>}, e.g. {@code target/classes}, which must already hold
     * {@code rules/} and {@code decision-tables/} (the resources phase copies them there).
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: PackagedRuleModel <classes folder>");
            System.exit(2);
        }
        Path classes = Path.of(args[0]);
        RuleSetFiles files = RuleSetFiles.fromDirectory(classes);
        if (files.files().isEmpty()) {
            System.err.println("no rules/ or decision-tables/ under " + classes);
            System.exit(2);
        }
        long begin = System.nanoTime();
        RuleModelJar model;
        try {
            model = RuleModelJar.compile(files);
        } catch (RuleSetCompiler.RuleSetCompilationException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        Path folder = classes.resolve(FOLDER);
        Files.createDirectories(folder);
        try (var stale = Files.list(folder)) {
            for (Path old : (Iterable<Path>) stale::iterator) {
                Files.delete(old);
            }
        }
        Path target = folder.resolve(hex(files.version()) + ".jar");
        Files.write(target, model.bytes());
        System.out.printf("rule set %s compiled to %s in %d ms%n", files.version(), target, (System.nanoTime() - begin) / 1_000_000);
    }
}
