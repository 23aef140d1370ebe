package org.floorwatch.views.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.floorwatch.views.FxTests.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import org.floorwatch.views.rights.Rights;
import org.floorwatch.views.export.SampleReports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** A report screen's export: progress while it writes, and a cancel that leaves no file and says so. */
@ExtendWith(ApplicationExtension.class)
class ExcelExportTest {

    @TempDir
    Path dir;
    private final ExcelExport export = new ExcelExport(Rights.everything("tester"));

    @AfterEach
    void dispose(FxRobot robot) {
        robot.interact(export::dispose);
    }

    @Test
    void aCancelledExportLeavesNoFileAndSaysSo(FxRobot robot) throws TimeoutException {
        Path file = dir.resolve("moves.xlsx");

        robot.interact(() -> export.start(SampleReports.moves(150_000), file));
        waitUntil(() -> export.progressProperty().get() > 0);
        robot.interact(export::cancel);

        waitUntil(() -> !export.runningProperty().get());
        assertThat(export.messageProperty().get()).isEqualTo("Export cancelled; moves.xlsx was not written");
        assertThat(file).doesNotExist();
        assertThat(Files.exists(dir) && dir.toFile().list().length == 0).as("no temporary file left").isTrue();
    }
}
