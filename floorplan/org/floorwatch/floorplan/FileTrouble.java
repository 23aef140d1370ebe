package org.floorwatch.floorplan;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * What went wrong with a file or folder, in a few plain words for a one-line message: never a Java class name.
 * Shared by every folder (it sits in the one they all may use).
 */
public final class FileTrouble {

    private FileTrouble() {
    }

    /** E.g. "no such file or folder", "permission denied", "no space left on device". */
    public static String of(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name already exists";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "the folder is not empty";
        }
        String reason = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        return reason == null || reason.isBlank() ? "input/output error" : reason.toLowerCase(Locale.ROOT);
    }
}
