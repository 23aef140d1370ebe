package org.floorwatch.views.sources;

import java.nio.file.Path;

/** What an import under way tells whoever shows it; called on the importing thread. */
public interface ImportProgress {

    /** The paths were listed: {@code files} files are to be read. */
    void filesFound(int files);

    /** Reading {@code file} starts. */
    void fileStarted(Path file);

    /** {@code file} was imported or refused. */
    void fileDone(ImportedFile file);
}
