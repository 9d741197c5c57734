package org.mutualrecognition.decision;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kie.kogito.decision.DecisionModels;
import org.mutualrecognition.audit.RuleSetVersions;

/**
 * Kogito's generated endpoint of a DMN model answers as the service's own tables do, although the models behind it are
 * compiled on its first call ({@link KogitoDecisionModelsOnFirstUse}) instead of by Kogito's {@code @Startup} bean.
 */
@QuarkusTest
class KogitoEndpointsTest {

    /** The tables the service decides with. */
    @Inject
    RuleSetVersions versions;

    @Test
    void the_level_referencing_endpoint_answers_what_the_table_answers() {
        Map<String, Object> input = new HashMap<>(); // the generated endpoint needs every input, null or not
        input.put("framework", "IE-NFQ");
        input.put("level", "6");
        input.put("metaFramework", null);
        input.put("metaLevel", null);

        given().auth().preemptive().basic("auditor", "demo-auditor").contentType("application/json").body(input)
                .when().post("/level-referencing")
                .then().statusCode(200)
                .body("'Meta levels'", hasSize(1))
                .body("'Meta levels'[0].metaFramework", equalTo("EQF"))
                .body("'Meta levels'[0].metaLevel", equalTo("5"))
                .body("'Meta levels'[0].status", equalTo("REFERENCED"));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> metaLevels = (List<Map<String, Object>>) versions.packaged().tables()
                .evaluate("level-referencing", "Meta levels", Map.of("framework", "IE-NFQ", "level", "6")).result();
        assertThat(metaLevels).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("metaFramework", "EQF").containsEntry("metaLevel", "5").containsEntry("status", "REFERENCED"));
    }

    @Test
    void the_generated_startup_bean_is_replaced_by_the_one_that_compiles_on_first_use() throws Exception {
        Class<?> generated = Class.forName(KogitoDecisionModelsOnFirstUse.GENERATED, false,
                Thread.currentThread().getContextClassLoader());
        assertThat(Arc.container().beanManager().getBeans(generated)).as("Kogito's @Startup bean is excluded").isEmpty();
        Set<Bean<?>> decisionModels = Arc.container().beanManager().getBeans(DecisionModels.class);
        assertThat(decisionModels).extracting(Bean::getBeanClass).containsExactly(KogitoDecisionModelsOnFirstUse.class);
    }
}
