package org.mutualrecognition.decision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import org.jboss.logmanager.LogContext;

/**
 * The log levels of Drools and kie-dmn, set before any of their classes is loaded.
 *
 * <p>The service compiles the packaged rule set while Quarkus boots ({@link EarlyRuleSet}), and the commands and the
 * build's {@link PackagedRuleModel} run without Quarkus: either way Drools' classes are initialised before Quarkus has
 * applied {@code quarkus.log.*}, when the unconfigured log manager lets everything through. Several of them read
 * {@code log.isTraceEnabled()} once, into a static constant, when they are initialised: the service then formatted
 * trace arguments it never logged for as long as it ran ({@code SegmentMemory.getRuleNames()} at every segment linked,
 * 6 % of a request thread's samples, bench/README.md). So the levels the configuration gives these categories are set
 * first, read as Quarkus reads them: system property, then environment variable, then {@code application.properties}.
 * Called first by {@code cli.Main} and {@link PackagedRuleModel#main}.
 */
public final class EngineLogLevels {

    /** The categories whose classes the service initialises before Quarkus' logging is configured. */
    static final List<String> CATEGORIES = List.of("org.drools", "org.kie");

    private EngineLogLevels() {
    }

    public static void apply() {
        apply(System.getProperties(), System.getenv(), applicationProperties());
    }

    static void apply(Properties system, Map<String, String> environment, Properties application) {
        LogContext context = LogContext.getLogContext();
        for (String category : CATEGORIES) {
            String key = "quarkus.log.category.\"" + category + "\".level";
            String level = system.getProperty(key, environment.getOrDefault(environmentName(key), application.getProperty(key)));
            if (level != null) {
                context.getLogger(category).setLevel(levelNamed(context, level.trim()));
            }
        }
    }

    /** The environment variable MicroProfile Config maps a property to: {@code QUARKUS_LOG_CATEGORY__ORG_DROOLS__LEVEL}. */
    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static Level levelNamed(LogContext context, String name) {
        try {
            return context.getLevelForName(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Level.INFO; // Quarkus rejects the value at boot with its own message
        }
    }

    /** The packaged {@code application.properties} (empty when there is none on the class path). */
    static Properties applicationProperties() {
        Properties properties = new Properties();
        try (InputStream in = EngineLogLevels.class.getClassLoader().getResourceAsStream("application.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
