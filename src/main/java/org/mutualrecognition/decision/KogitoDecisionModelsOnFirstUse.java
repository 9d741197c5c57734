package org.mutualrecognition.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kie.kogito.Application;
import org.kie.kogito.decision.DecisionModel;
import org.kie.kogito.decision.DecisionModels;
import org.kie.kogito.dmn.AbstractDecisionModels;

/**
 * The DMN models behind Kogito's generated endpoints ({@code POST /level-referencing} ...), compiled on the first call
 * of one of them instead of at start.
 *
 * <p>Kogito generates {@code org.kie.kogito.app.DecisionModels} as a {@code @Startup} bean whose static initialiser
 * compiles every DMN model of the project: a second compilation of the models {@link DecisionTables} compiles for the
 * decisions, 9 % of the samples before the first answer (JFR, bench/README.md), for endpoints a start does not need.
 * That bean is excluded ({@code quarkus.arc.exclude-types} in application.properties) and this one stands in for it:
 * the generated endpoints ask the Kogito {@link Application} for its {@link DecisionModels}, which finds this bean, and
 * the generated class is initialised, with the models it compiles, when an endpoint is first called.
 */
@ApplicationScoped
public class KogitoDecisionModelsOnFirstUse implements DecisionModels {

    static final String GENERATED = "org.kie.kogito.app.DecisionModels";

    private final Application application;
    private volatile DecisionModels models;

    @Inject
    public KogitoDecisionModelsOnFirstUse(Application application) {
        this.application = application;
    }

    @Override
    public DecisionModel getDecisionModel(String namespace, String name) {
        return models().getDecisionModel(namespace, name);
    }

    private DecisionModels models() {
        DecisionModels compiled = models;
        if (compiled == null) {
            synchronized (this) {
                compiled = models;
                if (compiled == null) {
                    compiled = compile();
                    models = compiled;
                }
            }
        }
        return compiled;
    }

    /** Initialises Kogito's generated class, whose static block compiles the project's DMN models. */
    private DecisionModels compile() {
        try {
            // by name: Kogito generates the class while Quarkus builds, after this one is compiled
            Class.forName(GENERATED, true, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return new AbstractDecisionModels(application) {
        };
    }
}
