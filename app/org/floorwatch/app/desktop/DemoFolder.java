package org.floorwatch.app.desktop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;
import org.floorwatch.floorplan.FileTrouble;
import org.floorwatch.localstore.DataFolder;
import org.floorwatch.localstore.FloorStore;

/**
 * The demo's data folder. The simulated floor cannot carry on from where a previous demo stopped, so every demo
 * starts afresh: the store and the broker's topics of the last demo are removed (the window placement, the logs, the
 * generated history and the inbox stay). A folder that holds anything else is not the demo's and is refused untouched.
 */
final class DemoFolder {

    static final String BROKER_DIR = "broker";
    static final String INBOX_DIR = "inbox";
    private static final String MARKER = "floorwatch-demo.txt";
    private static final Set<String> KEPT = Set.of(MARKER, "logs", DesktopLauncher.WINDOW_FILE, DemoHistory.FOLDER,
            INBOX_DIR);
    private static final Set<String> REMOVED = Set.of(BROKER_DIR, FloorStore.FILE_NAME, FloorStore.FILE_NAME + ".wal");

    private DemoFolder() {
    }

    /**
     * Makes {@code dir} ready for a new demo and returns it.
     *
     * @throws NotADemoFolderException when it holds files a demo did not write
     * @throws UncheckedIOException     when the folder cannot be created or cleared
     */
    static Path prepare(Path dir) {
        try {
            DataFolder.prepare(dir);
            boolean ours = Files.exists(dir.resolve(MARKER));
            try (Stream<Path> entries = Files.list(dir)) {
                for (Path entry : entries.toList()) {
                    String name = entry.getFileName().toString();
                    if (!KEPT.contains(name) && !(ours && REMOVED.contains(name))) {
                        throw new NotADemoFolderException("data folder " + dir + " holds " + name + " and is not a demo"
                                + " folder; the demo starts afresh each time, so give it an empty folder with --data");
                    }
                }
            }
            FloorStore.open(dir).close();
            for (String name : REMOVED) {
                deleteTree(dir.resolve(name));
            }
            Files.createDirectories(dir.resolve(INBOX_DIR));
            Files.writeString(dir.resolve(MARKER), "This folder holds Floorwatch's demo; each demo run starts it afresh.\n");
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the demo folder " + dir + ": " + FileTrouble.of(e), e);
        }
    }

    /** Deletes {@code root} and everything in it, if it is there. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
