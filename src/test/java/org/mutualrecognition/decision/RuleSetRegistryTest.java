package org.mutualrecognition.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The registry keeps the packaged rule set and at most a bounded number of other versions compiled, the one used
 * longest ago going first; a kept version is found by its id without reading or hashing its files.
 */
class RuleSetRegistryTest {

    static final ObjectMapper MAPPER = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    static CompiledRuleSet packaged;

    @BeforeAll
    static void compile() {
        packaged = new RuleSetCompiler(MAPPER).compile(RuleSetFiles.fromClasspath());
    }

    @Test
    void the_packaged_version_is_always_kept_and_never_compiled_again() {
        RuleSetRegistry registry = new RuleSetRegistry(new RuleSetCompiler(MAPPER), packaged, 1);
        registry.remember(version("other-1"));
        registry.remember(version("other-2"));

        assertThat(registry.cached(packaged.version())).containsSame(packaged);
        assertThat(registry.compile(packaged.files())).isSameAs(packaged);
    }

    @Test
    void at_most_the_configured_number_of_other_versions_is_kept_the_one_used_longest_ago_going_first() {
        RuleSetRegistry registry = new RuleSetRegistry(new RuleSetCompiler(MAPPER), packaged, 2);
        CompiledRuleSet a = version("a");
        CompiledRuleSet b = version("b");
        registry.remember(a);
        registry.remember(b);
        assertThat(registry.cached("a")).as("a used again: b is now the one used longest ago").containsSame(a);

        registry.remember(version("c"));

        assertThat(registry.cached("a")).containsSame(a);
        assertThat(registry.cached("b")).isEmpty();
        assertThat(registry.cached("c")).isPresent();
    }

    @Test
    void a_version_it_does_not_keep_is_not_found_by_id() {
        RuleSetRegistry registry = new RuleSetRegistry(new RuleSetCompiler(MAPPER), packaged, 8);
        assertThat(registry.cached("sha256:0000")).isEqualTo(Optional.empty());
    }

    /** Another version id over the packaged rules (compiling real drafts would take seconds each). */
    private static CompiledRuleSet version(String id) {
        return new CompiledRuleSet(id, packaged.files(), packaged.rules(), packaged.tables(), packaged.knowledge());
    }
}
