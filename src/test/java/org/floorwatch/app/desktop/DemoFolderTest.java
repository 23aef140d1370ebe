package org.floorwatch.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.floorwatch.localstore.FloorStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoFolderTest {

    @TempDir
    Path dir;

    @Test
    void startsTheLastDemoAfreshButKeepsTheWindowPlacementAndLogs() throws IOException {
        DemoFolder.prepare(dir);
        Files.createDirectories(dir.resolve("broker"));
        Files.writeString(dir.resolve("broker/meta.properties"), "cluster");
        Files.writeString(dir.resolve(DesktopLauncher.WINDOW_FILE), "width=900");
        Files.createDirectories(dir.resolve("logs"));
        FloorStore.open(dir).close();

        DemoFolder.prepare(dir);

        assertThat(dir.resolve("broker")).doesNotExist();
        assertThat(dir.resolve(FloorStore.FILE_NAME)).doesNotExist();
        assertThat(dir.resolve(DesktopLauncher.WINDOW_FILE)).hasContent("width=900");
        assertThat(dir.resolve("logs")).isDirectory();
    }

    @Test
    void refusesAFolderThatHoldsSomeoneElsesDataAndLeavesItUntouched() throws IOException {
        Files.writeString(dir.resolve("clock-ins.csv"), "Employee ID");
        FloorStore.open(dir).close();

        assertThatThrownBy(() -> DemoFolder.prepare(dir)).isInstanceOf(NotADemoFolderException.class)
                .hasMessageContaining("is not a demo folder");
        assertThat(dir.resolve(FloorStore.FILE_NAME)).exists();
    }

    @Test
    void refusesAFolderThatAnotherFloorwatchHasOpen() {
        DemoFolder.prepare(dir);
        try (FloorStore open = FloorStore.open(dir)) {
            assertThatThrownBy(() -> DemoFolder.prepare(dir)).hasMessageContaining("already open");
        }
    }
}
