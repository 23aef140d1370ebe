package org.floorwatch.app;

import org.floorwatch.app.cli.FloorwatchCommand;

/**
 * Entry point of {@code floorwatch.jar}. Deliberately not a JavaFX {@code Application}: a main class that
 * extends it cannot start from the class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        LogSetup.beforeFirstLog(args);
        System.exit(FloorwatchCommand.execute(args));
    }
}
