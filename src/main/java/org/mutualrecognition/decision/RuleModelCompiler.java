package org.mutualrecognition.decision;

/**
 * Compiles the rules of a rule set to their executable model ({@link RuleModelJar}): in this JVM, or in a JVM of its
 * own ({@link SeparateJvmModelCompiler}, the service's choice for drafts and archived versions). Either way the same
 * compiler of the same build compiles the same files, so the model is the same.
 */
@FunctionalInterface
public interface RuleModelCompiler {

    /** Compiles in this JVM: what the build step, the command line and most tests use. */
    RuleModelCompiler IN_PROCESS = RuleModelJar::compile;

    /** @throws RuleSetCompiler.RuleSetCompilationException one problem per compiler error, with file and line */
    RuleModelJar compile(RuleSetFiles files);
}
