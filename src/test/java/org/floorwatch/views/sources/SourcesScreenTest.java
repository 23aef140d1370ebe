package org.floorwatch.views.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.floorwatch.views.FxTests.text;
import static org.floorwatch.views.FxTests.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.floorwatch.views.rights.Rights;
import org.floorwatch.localstore.audit.Actor;
import org.floorwatch.app.desktop.ImporterFileImports;
import org.floorwatch.floorplan.SmallPlan;
import org.floorwatch.ingest.files.FileImporter;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.QuarantinedRecord;
import org.floorwatch.localstore.files.RefusedFile;
import org.floorwatch.views.theme.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Sources screen on a real store, fed through the app's own file imports with files written here, read as a
 * user would: the tables, the tabs and the import bar.
 */
@ExtendWith(ApplicationExtension.class)
class SourcesScreenTest {

    private static final ReadTimes TIMES = ReadTimes.wall(ZoneOffset.UTC);

    private static final String TOOLS_HEADER = "tool_id,name,kind,vendor,expected_life_hours,station\n";

    @TempDir
    Path dir;
    private FloorStore store;
    private SourceImports imports;
    private SourcesView view;
    private SourcesViewModel model;
    /** Counted down when the first file of an import is done; the import then waits for {@link #resume}. */
    private final CountDownLatch firstFileDone = new CountDownLatch(1);
    private final CountDownLatch resume = new CountDownLatch(1);
    private volatile boolean pauseAfterFirstFile;

    @Start
    void start(Stage stage) {
        store = FloorStore.open(dir.resolve("data"));
        FileImports app = new ImporterFileImports(new FileImporter(SmallPlan.plan(), store.writer()), Instant::now);
        imports = new SourceImports((paths, by, progress, cancelled) -> app.importFiles(paths, by, pausing(progress),
                cancelled));
        model = new SourcesViewModel(store, imports, TIMES, Rights.everything("tester"), Actor.of("tester"));
        view = new SourcesView(model, TIMES);
        Scene scene = new Scene(view.root(), 1280, 720);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        view.activate();
    }

    @AfterEach
    void close(FxRobot robot) {
        resume.countDown();
        robot.interact(view::dispose);
        imports.close();
        store.close();
    }

    @Test
    void listsASourceWithItsRowsOnceItIsImported(FxRobot robot) throws TimeoutException {
        Path tools = write("tools.csv", TOOLS_HEADER + "T1,Die 40,die,Acme,500,PRESS\nT2,Probe,probe,Acme,,CHECK\n");

        robot.interact(() -> model.importFiles(List.of(tools)));

        TableView<SourceRow> table = robot.lookup("#sourceTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        SourceRow row = table.getItems().get(0);
        assertThat(row.name()).isEqualTo("tools.csv");
        assertThat(row.kind()).isEqualTo("tool master list");
        assertThat(List.of(row.rowsTaken(), row.duplicates(), row.quarantined(), row.refusals()))
                .containsExactly(2L, 0L, 0L, 0L);
        assertThat(row.lastRead()).isNotBlank();
        waitUntil(() -> text(robot, "#importLine").equals("Import: 1 file \u00b7 2 new, 0 duplicate, 0 quarantined, 0 refused"));
        assertThat(robot.lookup(".table-cell").match((Labeled cell) -> "tools.csv".equals(cell.getText())).tryQuery())
                .as("the file's name is on screen").isPresent();
        assertThat(text(robot, "#totals")).startsWith("1 source \u00b7 2 rows taken");
    }

    @Test
    void aRefusedFileAndAMissingOneShowAsRefusedWithTheirRowAndReason(FxRobot robot) throws TimeoutException {
        Path tasks = write("tasks.csv", "employee_id,task,station,start,end\n"
                + "E1,press,PRESS,2026-11-02 06:00,2026-11-02 07:00\nE1,check,CHECK,2026-11-02 8am,2026-11-02 09:00\n");
        Path missing = dir.resolve("no-such-sheet.csv");

        robot.interact(() -> model.importFiles(List.of(tasks, missing)));

        TableView<RefusedFile> refused = robot.lookup("#refusedTable").queryTableView();
        waitUntil(() -> refused.getItems().size() == 2);
        RefusedFile badRow = refused.getItems().stream().filter(r -> r.source().endsWith("tasks.csv")).findFirst()
                .orElseThrow();
        assertThat(badRow.row()).isEqualTo(3);
        assertThat(badRow.reason()).contains("2026-11-02 8am");
        RefusedFile gone = refused.getItems().stream().filter(r -> r.source().endsWith("no-such-sheet.csv"))
                .findFirst().orElseThrow();
        assertThat(gone.row()).isNull();
        assertThat(gone.reason()).isEqualTo("no such file");
        waitUntil(() -> text(robot, "#importLine").endsWith("2 refused"));
        robot.clickOn("Refused files (2)");
        assertThat(robot.lookup(".table-cell").match((Labeled cell) -> "3".equals(cell.getText())).tryQuery())
                .as("the row at fault is on screen").isPresent();
        TableView<SourceRow> sources = robot.lookup("#sourceTable").queryTableView();
        assertThat(sources.getItems()).extracting(SourceRow::status)
                .allMatch(status -> status.startsWith("refused: "));
    }

    @Test
    void aBrokenArchiveLineIsQuarantinedWithItsReason(FxRobot robot) throws TimeoutException {
        Path archive = write("floor-2026-11-02.jsonl", """
                {"id":"m1","ts":"2026-11-02T06:00:00Z","part":"P1","type":"X","from":null,"to":"IN"}
                not json
                {"id":"m2","ts":"2026-11-02T06:05:00Z","part":"P1","type":"X","from":"IN","to":"PRESS"}
                """);

        robot.interact(() -> model.importFiles(List.of(archive)));

        TableView<QuarantinedRecord> held = robot.lookup("#quarantinedTable").queryTableView();
        waitUntil(() -> held.getItems().size() == 1);
        QuarantinedRecord record = held.getItems().get(0);
        assertThat(record.source()).contains("floor-2026-11-02.jsonl");
        assertThat(record.location()).isEqualTo("line 2");
        assertThat(record.raw()).isEqualTo("not json");
        assertThat(record.reason()).isNotBlank();
        TableView<SourceRow> sources = robot.lookup("#sourceTable").queryTableView();
        waitUntil(() -> sources.getItems().size() == 1 && sources.getItems().get(0).quarantined() == 1);
        assertThat(sources.getItems().get(0).rowsTaken()).isEqualTo(2);
        assertThat(robot.lookup("#browser").queryAs(TabPane.class).getTabs().get(0).getText())
                .isEqualTo("Quarantined records (1)");
    }

    @Test
    void cancelStopsAnImportBeforeItsNextFile(FxRobot robot) throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            files.add(write(String.format("tools-%02d.csv", i), TOOLS_HEADER + "T" + i + ",Die,die,Acme,500,PRESS\n"));
        }
        pauseAfterFirstFile = true;

        robot.interact(() -> model.importFiles(files));
        assertThat(firstFileDone.await(20, TimeUnit.SECONDS)).isTrue();
        waitUntil(() -> robot.lookup("#cancelImport").query().isVisible());
        robot.clickOn("#cancelImport");
        resume.countDown();

        waitUntil(() -> model.importStateProperty().get().phase() == ImportState.Phase.CANCELLED);
        ImportState cancelled = model.importStateProperty().get();
        assertThat(cancelled.filesDone()).isEqualTo(1).isLessThan(files.size());
        waitUntil(() -> text(robot, "#importLine").startsWith("Import: cancelled after 1 of 12 files"));
        assertThat(robot.lookup("#cancelImport").query().isVisible()).isFalse();
        TableView<SourceRow> sources = robot.lookup("#sourceTable").queryTableView();
        waitUntil(() -> sources.getItems().size() == 1);
        assertThat(sources.getItems().get(0).name()).isEqualTo("tools-01.csv");
    }

    private ImportProgress pausing(ImportProgress progress) {
        return new ImportProgress() {
            @Override
            public void filesFound(int files) {
                progress.filesFound(files);
            }

            @Override
            public void fileStarted(Path file) {
                progress.fileStarted(file);
            }

            @Override
            public void fileDone(ImportedFile file) {
                progress.fileDone(file);
                if (pauseAfterFirstFile) {
                    firstFileDone.countDown();
                    try {
                        resume.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
    }

    private Path write(String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

}
