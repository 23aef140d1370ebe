package org.floorwatch.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.floorwatch.localstore.DataFolder;

/**
 * Points the rolling log file (see logback.xml) at the data folder's {@code logs/} before anything logs;
 * commands without a data folder log under {@code ~/.floorwatch/logs}. The log file's folder is made by logback,
 * with the system's default permissions, as soon as anything logs; so a command that makes its data folder gets it
 * made here first, private to its user (see {@link DataFolder}). Other commands never make a data folder.
 */
public final class LogSetup {

    public static final String LOG_DIR_PROPERTY = "floorwatch.log.dir";
    private static final Set<String> MAKING_A_DATA_FOLDER = Set.of("demo", "consume", "import");

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
        if (data >= 0 && !list.isEmpty() && MAKING_A_DATA_FOLDER.contains(list.get(0))) {
            makeDataFolder(dir.getParent());
        }
        System.setProperty(LOG_DIR_PROPERTY, dir.toAbsolutePath().toString());
    }

    private static void makeDataFolder(Path dataDir) {
        if (Files.exists(dataDir)) {
            return;
        }
        try {
            DataFolder.prepare(dataDir);
        } catch (IOException e) {
            // left to the command, which says what is wrong with the folder in its own words
        }
    }
}
