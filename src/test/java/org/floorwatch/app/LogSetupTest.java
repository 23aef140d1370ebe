package org.floorwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogSetupTest {

    @TempDir
    Path tempDir;

    private String before;

    @BeforeEach
    void clearLogFolder() {
        before = System.clearProperty(LogSetup.LOG_DIR_PROPERTY);
    }

    @AfterEach
    void restoreLogFolder() {
        System.clearProperty(LogSetup.LOG_DIR_PROPERTY);
        if (before != null) {
            System.setProperty(LogSetup.LOG_DIR_PROPERTY, before);
        }
    }

    @Test
    void aCommandThatMakesItsDataFolderMakesItPrivateBeforeTheLogFileCan() throws IOException {
        assumeTrue(tempDir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path data = tempDir.resolve("new/data");

        LogSetup.beforeFirstLog(new String[] {"import", "files", "--data", data.toString()});

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        assertThat(System.getProperty(LogSetup.LOG_DIR_PROPERTY)).isEqualTo(data.resolve("logs").toAbsolutePath().toString());
    }

    @Test
    void aCommandThatReadsAStoreMakesNoFolder() {
        Path data = tempDir.resolve("missing");

        LogSetup.beforeFirstLog(new String[] {"report", "production", "--data", data.toString()});

        assertThat(data).doesNotExist();
    }
}
