package org.mutualrecognition.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import org.jboss.logmanager.LogContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class EngineLogLevelsTest {

    private static final String DROOLS_KEY = "quarkus.log.category.\"org.drools\".level";
    private final Map<String, Level> saved = new HashMap<>();

    @BeforeEach
    void everythingThrough() {
        // as before Quarkus has configured logging: nothing set on the categories, the root letting TRACE through
        for (String category : new String[] {"", "org.drools", "org.kie"}) {
            saved.put(category, LogContext.getLogContext().getLogger(category).getLevel());
            LogContext.getLogContext().getLogger(category).setLevel(category.isEmpty() ? Level.ALL : null);
        }
    }

    @AfterEach
    void restore() {
        saved.forEach((category, level) -> LogContext.getLogContext().getLogger(category).setLevel(level));
    }

    @Test
    void the_service_configuration_turns_drools_trace_off_before_drools_classes_read_it() {
        assertThat(LoggerFactory.getLogger("org.drools.core.reteoo.SegmentMemory").isTraceEnabled()).isTrue();

        EngineLogLevels.apply(new Properties(), Map.of(), EngineLogLevels.applicationProperties());

        assertThat(LoggerFactory.getLogger("org.drools.core.reteoo.SegmentMemory").isTraceEnabled()).isFalse();
        assertThat(LoggerFactory.getLogger("org.kie.dmn.core.impl.DMNRuntimeImpl").isDebugEnabled()).isFalse();
        assertThat(LogContext.getLogContext().getLogger("org.drools").getLevel().getName()).isEqualTo("WARN");
    }

    /** {@link ServiceLogLevelsInTests} set them when the test run began, before this test changed anything. */
    @Test
    void tests_run_with_the_levels_the_service_runs_with() {
        assertThat(saved.get("org.drools")).isNotNull();
        assertThat(saved.get("org.drools").getName()).isEqualTo("WARN");
        assertThat(saved.get("org.kie").getName()).isEqualTo("WARN");
    }

    @Test
    void a_system_property_wins_over_the_environment_which_wins_over_application_properties() {
        Properties application = new Properties();
        application.setProperty(DROOLS_KEY, "WARN");
        Map<String, String> environment = Map.of("QUARKUS_LOG_CATEGORY__ORG_DROOLS__LEVEL", "debug");

        EngineLogLevels.apply(new Properties(), environment, application);
        assertThat(LogContext.getLogContext().getLogger("org.drools").getLevel().getName()).isEqualTo("DEBUG");

        Properties system = new Properties();
        system.setProperty(DROOLS_KEY, "TRACE");
        EngineLogLevels.apply(system, environment, application);
        assertThat(LogContext.getLogContext().getLogger("org.drools").getLevel().getName()).isEqualTo("TRACE");
        assertThat(LoggerFactory.getLogger("org.drools.core.reteoo.SegmentMemory").isTraceEnabled()).isTrue();
    }

    @Test
    void a_category_nobody_configured_is_left_as_it_is() {
        EngineLogLevels.apply(new Properties(), Map.of(), new Properties());

        assertThat(LogContext.getLogContext().getLogger("org.drools").getLevel()).isNull();
    }

    @Test
    void environment_names_follow_microprofile_config() {
        assertThat(EngineLogLevels.environmentName(DROOLS_KEY)).isEqualTo("QUARKUS_LOG_CATEGORY__ORG_DROOLS__LEVEL");
    }
}
