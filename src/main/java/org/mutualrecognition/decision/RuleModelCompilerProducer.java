package org.mutualrecognition.decision;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the service compiles the rules of drafts and archived versions: in a JVM of its own by default
 * ({@link SeparateJvmModelCompiler}), with {@code recognition.rulesets.compiler-jvm-options};
 * {@code recognition.rulesets.compile-in-separate-jvm=false} compiles them in the service instead.
 */
public class RuleModelCompilerProducer {

    @Produces
    @Singleton
    RuleModelCompiler ruleModelCompiler(
            @ConfigProperty(name = "recognition.rulesets.compile-in-separate-jvm", defaultValue = "true") boolean separate,
            @ConfigProperty(name = "recognition.rulesets.compiler-jvm-options",
                    defaultValue = "-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1") String jvmOptions,
            @ConfigProperty(name = "recognition.rulesets.compiler-timeout-seconds", defaultValue = "300") long timeout) {
        if (!separate) {
            return RuleModelCompiler.IN_PROCESS;
        }
        List<String> options = Arrays.stream(jvmOptions.trim().split("\\s+")).filter(o -> !o.isEmpty()).toList();
        return new SeparateJvmModelCompiler(options, timeout);
    }
}
