package org.floorwatch.app;

import java.nio.file.Path;
import java.util.List;

/**
 * Points the rolling log file (see logback.xml) at the data folder's {@code logs/} before anything logs;
 * commands without a data folder log under {@code ~/.floorwatch/logs}.
 */
public final class LogSetup {

    public static final String LOG_DIR_PROPERTY = "floorwatch.log.dir";

    private LogSetup() {
    }

    public static void beforeFirstLog(String[] args) {
        if (System.getProperty(LOG_DIR_PROPERTY) != null) {
            return;
        }
        List<String> list = List.of(args);
        int data = list.indexOf("--data");
        Path dir = data >= 0 && data + 1 < list.size()
                ? Path.of(list.get(data + 1)).resolve("logs")
                : Path.of(System.getProperty("user.home"), ".floorwatch", "logs");
        System.setProperty(LOG_DIR_PROPERTY, dir.toAbsolutePath().toString());
    }
}
