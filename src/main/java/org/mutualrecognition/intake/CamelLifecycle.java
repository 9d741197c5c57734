package org.mutualrecognition.intake;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.camel.quarkus.core.CamelRuntime;

/**
 * Starts and stops the Camel routes with the application. Camel Quarkus starts them itself only when the application
 * has no {@code @QuarkusMain}; ours has one (cli.Main) so that the same jar also runs the command-line commands.
 */
@ApplicationScoped
public class CamelLifecycle {

    private final CamelRuntime runtime;

    public CamelLifecycle(CamelRuntime runtime) {
        this.runtime = runtime;
    }

    void start(@Observes StartupEvent event) {
        runtime.start(new String[0]);
    }

    void stop(@Observes ShutdownEvent event) {
        runtime.stop();
    }
}
