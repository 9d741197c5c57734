package org.mutualrecognition.decision;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Compiles a rule set's executable model in a JVM of its own ({@code compile-model}, a command of the service's own
 * jar), so that the rule compiler's work stays out of the service.
 *
 * <p>Compiling in the service cost it twice: the compiler needs some 60 MiB of heap at its peak besides the service's
 * own (with the documented 128 MiB heap, the second proposal of a draft in a row failed with an OutOfMemoryError and
 * the first took 27 s of collections), and the compiler's classes (javac, JavaParser, Drools' code generation) stayed
 * loaded for the service's lifetime (metaspace 96 + 16 MiB instead of 65 + 11, RSS 412 MiB after three minutes of
 * load). The child JVM gets its own heap and exits; the service only loads the model it wrote, as it loads a kept one.
 */
public final class SeparateJvmModelCompiler implements RuleModelCompiler {

    private static final Logger LOG = Logger.getLogger(SeparateJvmModelCompiler.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What the command writes beside the model when the rules do not compile: the problems, as JSON. */
    public static final String PROBLEMS_SUFFIX = ".problems.json";

    private final List<String> jvmOptions;
    private final long timeoutSeconds;

    public SeparateJvmModelCompiler(List<String> jvmOptions, long timeoutSeconds) {
        this.jvmOptions = List.copyOf(jvmOptions);
        this.timeoutSeconds = timeoutSeconds;
    }

    @Override
    public RuleModelJar compile(RuleSetFiles files) {
        Path work = null;
        try {
            work = Files.createTempDirectory("rule-model-compile-");
            Path in = work.resolve("rule-set.zip");
            Path out = work.resolve("model.jar");
            Path log = work.resolve("compiler.log");
            Files.write(in, InMemoryZip.zip(files.files()));
            List<String> command = command(in, out);
            long begin = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new CompilerUnavailableException("compiling rule set " + files.version() + " took more than "
                        + timeoutSeconds + " s", null);
            }
            int exit = process.exitValue();
            Path problems = work.resolve(out.getFileName() + PROBLEMS_SUFFIX);
            if (exit == 1 && Files.exists(problems)) {
                throw new RuleSetCompiler.RuleSetCompilationException(
                        JSON.readValue(problems.toFile(), new TypeReference<List<RuleSetCompiler.Problem>>() { }));
            }
            if (exit != 0 || !Files.exists(out)) {
                throw new CompilerUnavailableException("the rule compiler's JVM exited with " + exit + ": " + tail(log), null);
            }
            LOG.infof("rule set %s compiled in a separate JVM in %d ms", files.version(), (System.nanoTime() - begin) / 1_000_000);
            return RuleModelJar.of(Files.readAllBytes(out));
        } catch (IOException e) {
            throw new CompilerUnavailableException("could not run the rule compiler's JVM: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompilerUnavailableException("interrupted while compiling rule set " + files.version(), e);
        } finally {
            delete(work);
        }
    }

    /**
     * This JVM's java with the service's class path: the runnable jar's launcher ({@code java -jar quarkus-run.jar})
     * when the service runs from it, the class path and the command-line entry point otherwise (tests, an IDE; another
     * launcher jar, such as dev mode's, must not be started again: dev mode compiles in the service's own JVM,
     * application.properties).
     */
    private List<String> command(Path in, Path out) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        String classPath = System.getProperty("java.class.path");
        if (!classPath.contains(File.pathSeparator) && Path.of(classPath).getFileName().toString().equals("quarkus-run.jar")) {
            command.add("-jar");
            command.add(classPath);
        } else {
            command.add("-cp");
            command.add(classPath);
            command.add("org.mutualrecognition.cli.Main");
        }
        command.add("compile-model");
        command.add(in.toString());
        command.add(out.toString());
        return command;
    }

    private static String tail(Path log) {
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            return text.length() > 2000 ? "…" + text.substring(text.length() - 2000) : text;
        } catch (IOException e) {
            return "(no output)";
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.debugf("could not remove %s: %s", folder, e);
        }
    }

    /**
     * The compiler's JVM could not compile (it did not start, ran out of memory, crashed or took too long): nothing is
     * known about the rule set, which is neither valid nor invalid for it. The HTTP interface answers 503.
     */
    public static final class CompilerUnavailableException extends RuntimeException {
        public CompilerUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
