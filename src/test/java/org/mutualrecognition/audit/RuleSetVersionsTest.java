package org.mutualrecognition.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mutualrecognition.decision.CompiledRuleSet;
import org.mutualrecognition.decision.RuleModelCompiler;
import org.mutualrecognition.decision.RuleModelStore;
import org.mutualrecognition.decision.RuleSetFiles;
import org.mutualrecognition.decision.RuleSetRegistry;
import org.mutualrecognition.persistence.RuleSetArchive;

/**
 * A version other than the packaged one (one a policy officer activated) is asked for at every submission decided under
 * it: it is read from the archive and compiled once, not read, unzipped and hashed again each time (that cost 1.9 ms
 * of CPU per submission, more than the rest of the submission).
 */
class RuleSetVersionsTest {

    @Test
    void an_activated_version_is_read_from_the_archive_once_not_at_every_submission() {
        RuleSetRegistry registry = new RuleSetRegistry(
                JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build(), RuleModelStore.NONE, RuleModelCompiler.IN_PROCESS, 8);
        RuleSetFiles packaged = registry.active().files();
        Map<String, byte[]> files = new HashMap<>(packaged.files());
        files.put("rules/common/validation.drl", (packaged.text("rules/common/validation.drl") + "\n// activated edit\n").getBytes());
        RuleSetFiles activated = new RuleSetFiles(files);
        AtomicInteger reads = new AtomicInteger();
        RuleSetArchive archive = new RuleSetArchive(null) {
            @Override
            public Optional<RuleSetFiles> load(String version) {
                reads.incrementAndGet();
                return version.equals(activated.version()) ? Optional.of(activated) : Optional.empty();
            }
        };
        RuleSetVersions versions = new RuleSetVersions(registry, archive, Clock.systemUTC());

        CompiledRuleSet first = versions.version(activated.version());
        for (int submission = 0; submission < 10; submission++) {
            assertThat(versions.version(activated.version())).isSameAs(first);
        }
        assertThat(first.version()).isEqualTo(activated.version());
        assertThat(reads).hasValue(1);
        assertThat(versions.version(registry.active().version())).isSameAs(registry.active());
        assertThat(reads).hasValue(1);
    }
}
