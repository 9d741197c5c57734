package org.mutualrecognition.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.Arrays;
import org.mutualrecognition.decision.EarlyRuleSet;
import org.mutualrecognition.decision.EngineLogLevels;

/**
 * One runnable jar: without a command it starts the service; with a command ({@code replay ...}) it runs that command
 * on its own, without a server, and exits with the command's code; with {@code train-class-archive} it starts the
 * service, answers one submission and exits (the build's training start of the class-data archive).
 */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        EngineLogLevels.apply(); // before any Drools class is loaded
        if (args.length > 0 && Commands.isCommand(args[0])) {
            System.exit(Commands.run(args[0], Arrays.copyOfRange(args, 1, args.length)));
        }
        EarlyRuleSet.start(); // compiles the packaged rule set while Quarkus boots
        if (args.length > 0 && args[0].equals(ClassArchiveTraining.COMMAND)) {
            Quarkus.run(ClassArchiveTraining.class, Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        Quarkus.run(args);
    }
}
