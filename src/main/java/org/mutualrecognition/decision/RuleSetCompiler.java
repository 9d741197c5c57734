package org.mutualrecognition.decision;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.builder.Message;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.io.Resource;
import org.kie.internal.io.ResourceFactory;
import org.mutualrecognition.knowledge.KnowledgeBase;

/**
 * Compiles a rule set from its files at run time: every {@code rules/**.drl} (and spreadsheet table
 * {@code *.drl.csv}) into one KieBase, every {@code decision-tables/*.dmn} into a DMN runtime. The active version and
 * archived versions are compiled the same way, so a replay runs exactly what the original decision ran.
 */
public final class RuleSetCompiler {

    private static final String SOURCE_ROOT = "src/main/resources/";

    private final ObjectMapper mapper;

    public RuleSetCompiler(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Compiles rules and tables of a rule set. The DMN models are compiled on a second thread while the DRL compiles
     * on this one (the two compilers share nothing; on two cores this takes about the time of the DRL alone).
     */
    public CompiledRuleSet compile(RuleSetFiles files) {
        CompletableFuture<DecisionTables> tables = CompletableFuture.supplyAsync(() -> new DecisionTables(files.files()),
                RuleSetCompiler::onOwnThread);
        KieBase kieBase;
        try {
            kieBase = compileRules(files);
        } catch (RuntimeException e) {
            tables.cancel(false);
            throw e;
        }
        try {
            return new CompiledRuleSet(files.version(), files, kieBase, tables.join(), new KnowledgeBase(files.files(), mapper));
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** A thread of its own (not the common pool): it inherits this thread's context class loader, as kie-dmn needs. */
    private static void onOwnThread(Runnable task) {
        Thread thread = new Thread(task, "rule-set-dmn-compile");
        thread.setDaemon(true);
        thread.start();
    }

    /** Compiles the DRL files and spreadsheet tables of a rule set into one KieBase. */
    public KieBase compileRules(RuleSetFiles files) {
        KieServices services = KieServices.Factory.get();
        KieFileSystem kfs = services.newKieFileSystem();
        for (Map.Entry<String, byte[]> file : files.files().entrySet()) {
            String path = file.getKey();
            if (path.startsWith("rules/") && (path.endsWith(".drl") || path.endsWith(".drl.csv") || path.endsWith(".drl.csv.properties"))) {
                kfs.write(SOURCE_ROOT + path, resource(path, file.getValue()));
            }
        }
        KieBuilder builder = services.newKieBuilder(kfs).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new RuleSetCompilationException(errors.stream()
                    .map(m -> new Problem(m.getPath() == null ? null : m.getPath().replace(SOURCE_ROOT, ""), m.getLine(), m.getText()))
                    .toList());
        }
        // A decision's session holds a few dozen facts, so hash-indexing the join memories costs more (tables
        // allocated in every node a new session uses) than it saves; without it the same 343 case files fire the
        // same rules in the same order (bench/README.md, JMH: 1-7 % less time per decision)
        KieBaseConfiguration configuration = services.newKieBaseConfiguration();
        configuration.setProperty("drools.indexLeftBetaMemory", "false");
        configuration.setProperty("drools.indexRightBetaMemory", "false");
        return services.newKieContainer(builder.getKieModule().getReleaseId()).newKieBase(configuration);
    }

    /** A compilation problem: the file, the line, the compiler's message. */
    public record Problem(String file, int line, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + message;
        }
    }

    private static Resource resource(String path, byte[] content) {
        Resource resource = ResourceFactory.newByteArrayResource(content);
        resource.setSourcePath(path);
        return resource;
    }

    /** The rule set does not compile: one message per error with file and line. */
    public static final class RuleSetCompilationException extends RuntimeException {
        private final List<Problem> problems;

        public RuleSetCompilationException(List<Problem> problems) {
            super("rule set does not compile:\n" + String.join("\n", problems.stream().map(Problem::toString).toList()));
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }
}
