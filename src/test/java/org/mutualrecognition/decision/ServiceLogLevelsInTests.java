package org.mutualrecognition.decision;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Tests run with the log levels the service runs with, from the start of the test JVM: most tests compile and decide
 * without Quarkus, and Drools keeps the trace setting it finds when its classes are first loaded
 * ({@link EngineLogLevels}). Registered in {@code META-INF/services}.
 */
public final class ServiceLogLevelsInTests implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        EngineLogLevels.apply();
    }
}
