package org.floorwatch.localstore;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place a data folder is made. A new folder is private to its user (rwx------) where the file system has
 * POSIX permissions; on Windows it takes the ACL its parent passes on (a folder under the user's profile is the
 * user's, SYSTEM's and the administrators'). An existing folder keeps the permissions it has: a site may have opened
 * it to a group on purpose. One that others can read or enter is named in the log, with how to close it.
 */
public final class DataFolder {

    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE);

    private DataFolder() {
    }

    /**
     * Returns {@code dir}, made private to its user if it is new; its parents are made as the system makes folders.
     *
     * @throws IOException when it cannot be made, or is there as something other than a folder
     */
    public static Path prepare(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            warnIfOpen(dir);
            return dir;
        }
        Path parent = dir.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            Files.createDirectory(dir);
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(dir)) {
                throw e;
            }
            return dir;
        }
        if (isPosix(dir)) {
            // set after making it, so the umask cannot take anything away or leave anything in
            Files.setPosixFilePermissions(dir, PRIVATE);
        }
        return dir;
    }

    private static void warnIfOpen(Path dir) throws IOException {
        if (!isPosix(dir)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(dir);
        if (permissions.stream().anyMatch(OTHERS::contains)) {
            log().warn("data folder {} can be read by other users ({}); Floorwatch leaves an existing folder's "
                    + "permissions as they are: chmod 700 it to make it private", dir.toAbsolutePath(),
                    PosixFilePermissions.toString(permissions));
        }
    }

    /**
     * Taken when needed, never when the class loads: the first logger starts the log file in the data folder's
     * {@code logs/}, which would make the data folder itself before {@link #prepare} could make it private.
     */
    private static Logger log() {
        return LoggerFactory.getLogger(DataFolder.class);
    }

    private static boolean isPosix(Path dir) {
        return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
