package org.mutualrecognition.decision;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jboss.logging.Logger;
import org.kie.api.KieBase;
import org.mutualrecognition.knowledge.KnowledgeBase;

/**
 * Compiles a rule set from its files: every {@code rules/**.drl} (and spreadsheet table {@code *.drl.csv}) into one
 * KieBase built from Drools' executable model ({@link RuleModelJar}; the packaged version's model is compiled by the
 * build), every {@code decision-tables/*.dmn} into a DMN runtime. The active version and archived versions are compiled
 * by the same compilers, so a replay runs exactly what the original decision ran.
 */
public final class RuleSetCompiler {

    private static final Logger LOG = Logger.getLogger(RuleSetCompiler.class);

    private final ObjectMapper mapper;
    private final RuleModelStore models;
    private final RuleModelCompiler modelCompiler;

    public RuleSetCompiler(ObjectMapper mapper) {
        this(mapper, RuleModelStore.NONE, RuleModelCompiler.IN_PROCESS);
    }

    /**
     * A compiler that looks for a version's model in {@code models} before compiling it with {@code modelCompiler}, and
     * keeps what it compiles there.
     */
    public RuleSetCompiler(ObjectMapper mapper, RuleModelStore models, RuleModelCompiler modelCompiler) {
        this.mapper = mapper;
        this.models = models;
        this.modelCompiler = modelCompiler;
    }

    /**
     * Compiles rules and tables of a rule set. The DMN models are compiled on a second thread while the rules are
     * built (from the packaged model) or compiled on this one: the two share nothing.
     */
    public CompiledRuleSet compile(RuleSetFiles files) {
        return compile(files, null);
    }

    /**
     * Compiles rules and tables of a rule set, taking {@code compiledTables} (another version's) as they are when they
     * were compiled from exactly this rule set's DMN files ({@link DecisionTables#reusableFor}): a version that edits
     * only rules or reference data does not compile the same 13 DMN models again.
     */
    public CompiledRuleSet compile(RuleSetFiles files, DecisionTables compiledTables) {
        CompletableFuture<DecisionTables> tables = DecisionTables.reusableFor(compiledTables, files.files())
                .map(CompletableFuture::completedFuture)
                .orElseGet(() -> CompletableFuture.supplyAsync(() -> new DecisionTables(files.files()),
                        RuleSetCompiler::onOwnThread));
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

    /**
     * The DRL files and spreadsheet tables of a rule set as one KieBase, built from their executable model: the one the
     * build packaged for exactly these files if there is one, else the one this build of the service compiled and kept
     * earlier ({@link RuleModelStore}), else compiled now ({@link RuleModelCompiler}) and kept.
     */
    public KieBase compileRules(RuleSetFiles files) {
        String version = files.version();
        Optional<RuleModelJar> packaged = PackagedRuleModel.forVersion(version);
        if (packaged.isPresent()) {
            return packaged.get().newKieBase();
        }
        Optional<RuleModelJar> kept = models.find(version);
        if (kept.isPresent()) {
            try {
                return kept.get().newKieBase();
            } catch (RuntimeException | LinkageError e) {
                LOG.warnf("the kept model of rule set %s cannot be loaded (%s); compiling it", version, e);
            }
        }
        RuleModelJar compiled = modelCompiler.compile(files);
        KieBase kieBase = compiled.newKieBase();
        models.keep(version, compiled);
        return kieBase;
    }

    /** A compilation problem: the file, the line, the compiler's message. */
    public record Problem(String file, int line, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + message;
        }
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
