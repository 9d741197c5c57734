package org.mutualrecognition.decision;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.io.Resource;
import org.kie.internal.io.ResourceFactory;

/**
 * The DRL files and spreadsheet tables of a rule set compiled to Drools' executable model: a jar of Java classes (one
 * lambda per constraint and consequence) from which a KieBase is built in a fraction of the time the DRL compiler
 * takes. Every rule-set version is compiled this way, the packaged one at build time ({@link PackagedRuleModel}), drafts
 * and archived versions at run time, and every KieBase is built from such a jar by {@link #newKieBase()}: so a replay
 * runs exactly what the original decision ran, whichever way its version was compiled.
 */
public final class RuleModelJar {

    private static final String SOURCE_ROOT = "src/main/resources/";
    /** The file of a compiled module that names its model classes, one per line after a version line. */
    private static final String MODEL_LIST = "/drools-model";
    /** Added to the compiled module: the file each rule is written in ({@link RuleSourceMap}). */
    private static final String RULE_SOURCES = "META-INF/recognition/rule-sources.properties";

    private final byte[] bytes;

    private RuleModelJar(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A jar compiled earlier by {@link #compile}. */
    public static RuleModelJar of(byte[] bytes) {
        return new RuleModelJar(bytes.clone());
    }

    /**
     * Compiles the DRL files and spreadsheet tables ({@code *.drl.csv} with their properties) under {@code rules/}.
     *
     * @throws RuleSetCompiler.RuleSetCompilationException one problem per compiler error, with file and line
     */
    public static RuleModelJar compile(RuleSetFiles files) {
        KieServices services = KieServices.Factory.get();
        KieFileSystem kfs = services.newKieFileSystem();
        Map<String, byte[]> ruleFiles = new TreeMap<>();
        for (Map.Entry<String, byte[]> file : files.files().entrySet()) {
            String path = file.getKey();
            if (path.startsWith("rules/") && (path.endsWith(".drl") || path.endsWith(".drl.csv") || path.endsWith(".drl.csv.properties"))) {
                kfs.write(SOURCE_ROOT + path, resource(path, file.getValue()));
                ruleFiles.put(path, file.getValue());
            }
        }
        try {
            KieBuilder builder = services.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
            List<RuleSetCompiler.Problem> problems = problems(builder);
            if (!problems.isEmpty()) {
                // The executable model's messages often lack the line ("Unable to parse left part of expression: x > 0");
                // the DRL compiler, which no longer compiles any rule set here, says where: a policy officer gets its
                // messages when it finds the same files wrong
                List<RuleSetCompiler.Problem> located = problems(services.newKieBuilder(kfs).buildAll());
                throw new RuleSetCompiler.RuleSetCompilationException(located.isEmpty() ? problems : located);
            }
            byte[] module = ((InternalKieModule) builder.getKieModule()).getBytes();
            return new RuleModelJar(withEntry(module, RULE_SOURCES, RuleSourceMap.write(RuleSourceMap.of(ruleFiles))));
        } finally {
            // A KieBuilder registers what it built in the KieRepository, a JVM-wide singleton, under the default
            // release id: the last compiled module stayed reachable with its compiler state (generated sources and
            // their syntax trees, about 50 MiB for this rule set) until the next compilation. Only the jar's bytes
            // are used here.
            services.getRepository().removeKieModule(services.getRepository().getDefaultReleaseId());
        }
    }

    private static List<RuleSetCompiler.Problem> problems(KieBuilder builder) {
        return builder.getResults().getMessages(Message.Level.ERROR).stream()
                .map(m -> new RuleSetCompiler.Problem(m.getPath() == null ? null : m.getPath().replace(SOURCE_ROOT, ""),
                        m.getLine(), m.getText()))
                .toList();
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * A new KieBase from the jar's model classes, loaded by a class loader of their own (whose parent is this thread's
     * context class loader, where the fact classes are).
     */
    public KieBase newKieBase() {
        JarClassLoader loader = new JarClassLoader(InMemoryZip.unzip(bytes), Thread.currentThread().getContextClassLoader());
        List<Model> models = new ArrayList<>();
        for (String className : loader.modelClassNames()) {
            try {
                models.add((Model) loader.loadClass(className).getConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("compiled rule model " + className + " cannot be loaded", e);
            }
        }
        KieServices services = KieServices.Factory.get();
        // A decision's session holds a few dozen facts, so hash-indexing the join memories costs more (tables
        // allocated in every node a new session uses) than it saves; without it the same 343 case files fire the
        // same rules in the same order (bench/README.md, JMH: 1-7 % less time per decision)
        KieBaseConfiguration configuration = services.newKieBaseConfiguration(null, loader);
        configuration.setProperty("drools.indexLeftBetaMemory", "false");
        configuration.setProperty("drools.indexRightBetaMemory", "false");
        KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(models, configuration);
        byte[] sources = loader.entries.get(RULE_SOURCES);
        if (sources != null) {
            RuleSourceMap.apply(kieBase, RuleSourceMap.read(sources));
        }
        loader.dropResources();
        return kieBase;
    }

    /** A copy of a jar with one more entry (entries sorted and undated, {@link InMemoryZip}). */
    private static byte[] withEntry(byte[] jar, String name, byte[] content) {
        Map<String, byte[]> all = InMemoryZip.unzip(jar);
        all.put(name, content);
        return InMemoryZip.zip(all);
    }

    private static Resource resource(String path, byte[] content) {
        Resource resource = ResourceFactory.newByteArrayResource(content);
        resource.setSourcePath(path);
        return resource;
    }

    /**
     * Classes and resources of one compiled jar, held in memory until used; everything else from the parent. A class's
     * bytes are dropped once it is defined (about 4 MB for the packaged rule set, which a cached rule set would
     * otherwise keep for its lifetime): nothing reads a generated class back as a resource.
     */
    private static final class JarClassLoader extends ClassLoader {
        static {
            registerAsParallelCapable();
        }

        private final Map<String, byte[]> entries;

        JarClassLoader(Map<String, byte[]> entries, ClassLoader parent) {
            super("rule-model", parent);
            this.entries = new ConcurrentHashMap<>(entries);
        }

        List<String> modelClassNames() {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                if (entry.getKey().startsWith("META-INF/kie/") && entry.getKey().endsWith(MODEL_LIST)) {
                    return new String(entry.getValue(), StandardCharsets.UTF_8).lines()
                            .skip(1) // Drools-Model-Version:...
                            .map(String::strip).filter(line -> !line.isEmpty()).toList();
                }
            }
            throw new IllegalStateException("compiled rule model names no model classes");
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            // loadClass holds this name's lock and checks findLoadedClass first, so a class is defined only once
            byte[] code = entries.remove(name.replace('.', '/') + ".class");
            if (code == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, code, 0, code.length);
        }

        /** Once the KieBase is built: the model list, the rule sources and the DRL files the jar carries are not read again. */
        void dropResources() {
            entries.keySet().removeIf(name -> !name.endsWith(".class"));
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            byte[] content = entries.get(name);
            return content != null ? new ByteArrayInputStream(content) : super.getResourceAsStream(name);
        }
    }
}
