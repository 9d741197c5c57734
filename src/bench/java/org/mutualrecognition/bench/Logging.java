package org.mutualrecognition.bench;

import java.util.logging.Level;
import org.jboss.logmanager.LogContext;
import org.mutualrecognition.decision.EngineLogLevels;

/**
 * Log levels as the service runs them: the root at INFO ({@code quarkus.log.level}) and Drools and kie-dmn at the levels
 * {@code application.properties} gives them, set before their classes load ({@link EngineLogLevels}). Without this the
 * fork's unconfigured JBoss log manager lets Drools' and kie-dmn's TRACE calls through: they are formatted and dropped,
 * which costs more than the rules themselves.
 */
final class Logging {

    private Logging() {
    }

    static void asInTheService() {
        LogContext.getSystemLogContext().getLogger("").setLevel(Level.INFO);
        EngineLogLevels.apply();
    }
}
