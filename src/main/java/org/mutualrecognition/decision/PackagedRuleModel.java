package org.mutualrecognition.decision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.drools.drl.ast.descr.PackageDescr;
import org.jboss.logging.Logger;

/**
 * The packaged rule set's executable model, compiled by the build ({@code pom.xml}, phase {@code process-classes}) into
 * {@code rule-model/<sha256>.jar} on the class path, so the service does not compile its own rules at every start.
 *
 * <p>It is used only for exactly the files it was compiled from (found by the rule-set version, the sha256 over
 * {@code rules/} and {@code decision-tables/}) and only with exactly the classes it was compiled against: the generated
 * code fixes each fact class's properties and what its methods modify (property reactivity), so a model compiled
 * against other fact classes could decide differently without failing. Beside the jar, {@code <sha256>.classes} names
 * the class files of every package of the service the rules import ({@link #importedPackages}) and their hash; when
 * the class path holds other ones (a fact class changed and run from an IDE without the build), the model is not used. A rule set edited after the build, a draft or an
 * archived version has no packaged model either, and is compiled at run time by the same compiler
 * ({@link RuleModelJar#compile}) and kept in the database for the next start ({@link RuleModelStore}).
 */
public final class PackagedRuleModel {

    private static final Logger LOG = Logger.getLogger(PackagedRuleModel.class);

    static final String FOLDER = "rule-model/";
    /** Beside the packaged model: the {@link #serviceFingerprint() fingerprint} of the build that wrote it. */
    static final String SERVICE_FINGERPRINT = FOLDER + "service.fingerprint";
    /** Where the Drools that compiles and runs the models names its version. */
    private static final String DROOLS_VERSION = "META-INF/maven/org.drools/drools-model-compiler/pom.properties";
    /** The service's own classes; classes of the JDK and libraries the rules import are not fingerprinted. */
    private static final String SERVICE = "org.mutualrecognition.";

    private PackagedRuleModel() {
    }

    /** The compiled model of a rule-set version, if the build packaged one for these files and these classes. */
    public static Optional<RuleModelJar> forVersion(String version) {
        return forVersion(version, Thread.currentThread().getContextClassLoader());
    }

    static Optional<RuleModelJar> forVersion(String version, ClassLoader classes) {
        String name = FOLDER + hex(version);
        byte[] jar = read(classes, name + ".jar");
        byte[] compiledAgainst = read(classes, name + ".classes");
        if (jar == null || compiledAgainst == null) {
            return Optional.empty();
        }
        List<String> lines = new String(compiledAgainst, StandardCharsets.UTF_8).lines().toList();
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        Map<String, byte[]> now = new TreeMap<>();
        for (String classFile : lines.subList(1, lines.size())) {
            byte[] content = read(classes, classFile);
            if (content == null) {
                LOG.infof("packaged rule model %s was compiled against %s, which is gone; compiling the rule set", version, classFile);
                return Optional.empty();
            }
            now.put(classFile, content);
        }
        if (!lines.get(0).equals(RuleSetFiles.hash(now))) {
            LOG.infof("packaged rule model %s was compiled against other fact classes; compiling the rule set", version);
            return Optional.empty();
        }
        return Optional.of(RuleModelJar.of(jar));
    }

    /**
     * What a rule model compiled at run time depends on besides its files, as the build recorded it: a hash over every
     * class file of the service (not only the fact classes the packaged rules import: a draft may import others),
     * Drools' version and the Java version. A model kept by another build is not used ({@link RuleModelStore}). Empty
     * when the build step did not run (classes compiled by an IDE): nothing is then kept or found.
     */
    public static Optional<String> serviceFingerprint() {
        byte[] fingerprint = read(Thread.currentThread().getContextClassLoader(), SERVICE_FINGERPRINT);
        return fingerprint == null ? Optional.empty() : Optional.of(new String(fingerprint, StandardCharsets.UTF_8).strip());
    }

    private static String fingerprint(Path classes) throws IOException {
        Map<String, byte[]> inputs = new TreeMap<>();
        addClassFiles(classes, SERVICE.replace('.', '/'), inputs);
        byte[] drools = read(PackagedRuleModel.class.getClassLoader(), DROOLS_VERSION);
        inputs.put("[drools]", drools == null ? new byte[0] : drools);
        inputs.put("[java]", System.getProperty("java.specification.version").getBytes(StandardCharsets.UTF_8));
        return "sha256:" + RuleSetFiles.hash(inputs);
    }

    /** Every class file under {@code folder} of the classes folder, by its path there (e.g. {@code org/x/A.class}). */
    private static void addClassFiles(Path classes, String folder, Map<String, byte[]> into) throws IOException {
        Path dir = classes.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.filter(f -> f.toString().endsWith(".class"))::iterator) {
                into.put(classes.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
    }

    private static byte[] read(ClassLoader classes, String resource) {
        try (InputStream in = classes.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * The packages of the service whose classes the rules import (DRL imports, static imports and a spreadsheet's
     * Import row), as class-path folders such as {@code org/mutualrecognition/decision/facts/}.
     */
    static Set<String> importedPackages(RuleSetFiles files) {
        Set<String> packages = new TreeSet<>();
        for (PackageDescr descr : RuleSourceMap.parse(files.files()).values()) {
            List<String> targets = new ArrayList<>();
            descr.getImports().forEach(i -> targets.add(i.getTarget()));
            descr.getFunctionImports().forEach(i -> targets.add(i.getTarget()));
            for (String target : targets) {
                if (target.startsWith(SERVICE)) {
                    StringBuilder folder = new StringBuilder();
                    for (String segment : target.split("\\.")) {
                        if (segment.equals("*") || Character.isUpperCase(segment.charAt(0))) {
                            break; // the class (and a static member after it), or every class of the package
                        }
                        folder.append(segment).append('/');
                    }
                    packages.add(folder.toString());
                }
            }
        }
        return packages;
    }

    private static String hex(String version) {
        return version.startsWith("sha256:") ? version.substring("sha256:".length()) : version;
    }

    /**
     * Build step: compiles the rule set copied into a classes folder and writes its model beside it, with the names and
     * hash of the fact classes it was compiled against.
     *
     * <p>Usage: {@code PackagedRuleModel <classes folder>}, e.g. {@code target/classes}, which must already hold
     * {@code rules/}, {@code decision-tables/} (the resources phase copies them there) and the compiled classes.
     */
    public static void main(String[] args) throws IOException {
        EngineLogLevels.apply(); // before any Drools class is loaded
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
        Map<String, byte[]> classFiles = new TreeMap<>();
        for (String pkg : importedPackages(files)) {
            addClassFiles(classes, pkg, classFiles);
        }
        Path folder = classes.resolve(FOLDER);
        Files.createDirectories(folder);
        try (Stream<Path> stale = Files.list(folder)) {
            for (Path old : (Iterable<Path>) stale::iterator) {
                Files.delete(old);
            }
        }
        Path target = folder.resolve(hex(files.version()) + ".jar");
        Files.write(target, model.bytes());
        Files.writeString(folder.resolve(hex(files.version()) + ".classes"),
                RuleSetFiles.hash(classFiles) + "\n" + String.join("\n", classFiles.keySet()) + "\n");
        Files.writeString(classes.resolve(SERVICE_FINGERPRINT), fingerprint(classes) + "\n");
        System.out.printf("rule set %s compiled to %s in %d ms (against %d fact classes)%n", files.version(), target,
                (System.nanoTime() - begin) / 1_000_000, classFiles.size());
    }
}
