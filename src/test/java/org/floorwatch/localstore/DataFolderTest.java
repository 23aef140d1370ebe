package org.floorwatch.localstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {

    @TempDir
    Path tempDir;

    @BeforeEach
    void posixOnly() {
        assumeTrue(tempDir.getFileSystem().supportedFileAttributeViews().contains("posix"),
                "Windows leaves a new folder to its ACL defaults");
    }

    @Test
    void aNewDataFolderIsPrivateToItsUser() throws IOException {
        Path dataDir = tempDir.resolve("site/data");

        try (FloorStore store = FloorStore.open(dataDir)) {
            assertThat(permissions(dataDir)).isEqualTo("rwx------");
            assertThat(store.dataDir().resolve(FloorStore.FILE_NAME)).isRegularFile();
        }
    }

    @Test
    void anExistingFolderKeepsItsPermissions() throws IOException {
        Path shared = Files.createDirectory(tempDir.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-x---"));

        FloorStore.open(shared).close();

        assertThat(permissions(shared)).isEqualTo("rwxr-x---");
    }

    @Test
    void aFileInTheFolderPlaceIsRefused() throws IOException {
        Path file = Files.writeString(tempDir.resolve("data"), "not a folder");

        assertThatThrownBy(() -> DataFolder.prepare(file)).isInstanceOf(FileAlreadyExistsException.class);
        assertThatThrownBy(() -> FloorStore.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot create data folder");
    }

    private static String permissions(Path dir) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(dir));
    }
}
