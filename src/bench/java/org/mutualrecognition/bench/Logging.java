package org.mutualrecognition.bench;

import java.util.logging.Level;
import org.jboss.logmanager.LogContext;

/**
 * Log levels as the service runs them (application.properties: INFO, org.drools and org.kie at WARN). Without this the
 * fork's unconfigured JBoss log manager lets Drools' and kie-dmn's TRACE calls through: they are formatted and dropped,
 * which costs more than the rules themselves.
 */
final class Logging {

    private Logging() {
    }

    static void asInTheService() {
        LogContext context = LogContext.getSystemLogContext();
        context.getLogger("").setLevel(Level.INFO);
        context.getLogger("org.drools").setLevel(Level.WARNING);
        context.getLogger("org.kie").setLevel(Level.WARNING);
    }
}
