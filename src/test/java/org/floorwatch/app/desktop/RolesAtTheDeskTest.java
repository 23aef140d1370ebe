package org.floorwatch.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.floorwatch.views.FxTests.onFx;
import static org.floorwatch.views.FxTests.text;
import static org.floorwatch.views.FxTests.waitUntil;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.floorwatch.floorplan.SmallPlan;
import org.floorwatch.floorplan.alarm.AlarmBoard.Row;
import org.floorwatch.floorplan.event.HeatReading;
import org.floorwatch.ingest.broker.EmbeddedBroker;
import org.floorwatch.ingest.broker.SharedBroker;
import org.floorwatch.ingest.message.Topics;
import org.floorwatch.localstore.IngestBatch;
import org.floorwatch.localstore.audit.Actor;
import org.floorwatch.localstore.audit.AuditAction;
import org.floorwatch.localstore.audit.AuditEntry;
import org.floorwatch.localstore.audit.AuditTrail;
import org.floorwatch.views.alarms.AlarmFeed;
import org.floorwatch.views.alarms.AlarmsViewModel;
import org.floorwatch.views.audit.AuditView;
import org.floorwatch.views.audit.AuditViewModel;
import org.floorwatch.views.main.MainWindow;
import org.floorwatch.views.main.Screen;
import org.floorwatch.views.main.WindowPlacement;
import org.floorwatch.views.rights.Rights;
import org.floorwatch.views.rights.Role;
import org.floorwatch.views.sources.ImportState;
import org.floorwatch.views.sources.ReadTimes;
import org.floorwatch.views.sources.SourcesViewModel;
import org.floorwatch.views.theme.Theme;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Roles from the config on the running app ({@code gui} on a real broker and store, the small plan with alarm limits,
 * {@code roles.operator=olga}, {@code roles.engineer=erik}): an operator acknowledges but cannot import, a read-only
 * user can do neither, both in the view models and on screen; the audit trail screen lists what was done and exports
 * it.
 */
@ExtendWith(ApplicationExtension.class)
class RolesAtTheDeskTest {

    @TempDir
    static Path site;

    private static ControlRoom room;
    private static Path energyFile;
    private Stage stage;

    @BeforeAll
    static void startTheControlRoomWithAnAlarm() throws Exception {
        EmbeddedBroker broker = SharedBroker.get();
        Topics topics = Topics.withPrefix(SharedBroker.topicPrefix("roles"));
        broker.createTopics(topics.all(), 1);
        Path plan = Files.writeString(site.resolve("plan.json"), SmallPlan.withAlarmLimitsJson());
        Path config = Files.writeString(site.resolve("site.properties"), String.join("\n",
                "kafka.bootstrap.servers=" + broker.bootstrapServers(), "kafka.topic.moves=" + topics.moves(),
                "kafka.topic.heat=" + topics.heat(), "kafka.topic.energy=" + topics.energy(), "data.dir=data",
                "plan.file=" + plan.getFileName(), "roles.operator=olga", "roles.engineer=erik", ""));
        room = ControlRoom.live(GuiConfig.load(config, "olga"));
        room.alarms().alarms().awaitSettled(Duration.ofSeconds(30));
        room.sources().store().writer().write(IngestBatch.of(List.of(
                new HeatReading("hot-1", Instant.now(), "HS-PRESS", 82.0))));
        energyFile = Files.writeString(site.resolve("energy.csv"), "date,machine,kwh,peak_kw\n2026-11-03,M-PRESS,10,3\n");
    }

    @AfterAll
    static void stopTheControlRoom() {
        room.close();
    }

    @AfterEach
    void close(FxRobot robot) {
        if (stage != null) {
            robot.interact(stage::close);
        }
    }

    @Test
    void anOperatorAcknowledgesButCannotImport(FxRobot robot) throws Exception {
        Rights olga = room.desk().rights(false);
        assertThat(olga).isEqualTo(new Rights("olga", Role.OPERATOR));
        SourcesViewModel sources = sourcesModel(olga);
        robot.interact(() -> sources.importFiles(List.of(energyFile)));
        assertThat(sources.refusalProperty().get()).isEqualTo(
                "Importing files is for engineers; olga is an operator here (roles are set in the config file).");
        assertThat(room.sourceImports().state().phase()).isEqualTo(ImportState.Phase.IDLE);

        open(robot, olga, Screen.ALARMS);
        TableView<Row> list = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> list.getItems().stream().anyMatch(r -> r.episode().source().equals("HS-PRESS")));
        assertThat(shown(robot, "#acknowledge")).isTrue();
        assertThat(shown(robot, "#rightsNote")).isFalse();
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("#note").write("Fan restarted");
        robot.clickOn("#acknowledge");
        waitUntil(() -> text(robot, "#message").equals("Acknowledged 1 alarm as olga"));

        robot.interact(() -> select(Screen.SOURCES));
        assertThat(shown(robot, "#importFilesButton")).isFalse();
        assertThat(shown(robot, "#importFolderButton")).isFalse();
        assertThat(text(robot, "#importLine")).startsWith("Importing files is for engineers; olga is an operator");
        assertThat(onFx(() -> robot.lookup("#screen").query().getOnDragDropped())).isNull();
        assertThat(audit()).extracting(AuditEntry::action).contains(AuditAction.ACKNOWLEDGE)
                .doesNotContain(AuditAction.IMPORT, AuditAction.IMPORT_REFUSED);
    }

    @Test
    void aReadOnlyUserCanNeitherAcknowledgeNorImport(FxRobot robot) throws Exception {
        Rights rita = room.desk().roles().of("rita");
        assertThat(rita.role()).isEqualTo(Role.READ_ONLY);
        AlarmsViewModel alarms = new AlarmsViewModel(new AlarmFeed(room.alarms()), room.sources().plan(), rita);
        List<Row> rows = room.alarms().publishNow().board().rows();
        int acksBefore = room.alarms().latest().board().rows().stream().mapToInt(r -> r.acknowledged() ? 1 : 0).sum();
        robot.interact(() -> alarms.acknowledge(rows, "not mine to do"));
        assertThat(alarms.messageProperty().get()).isEqualTo("Acknowledging alarms is for operators and engineers; "
                + "rita is read only here (roles are set in the config file).");
        SourcesViewModel sources = sourcesModel(rita);
        robot.interact(() -> sources.importFiles(List.of(energyFile)));
        assertThat(sources.refusalProperty().get()).startsWith("Importing files is for engineers; rita is read only");

        open(robot, rita, Screen.ALARMS);
        assertThat(shown(robot, "#acknowledge")).isFalse();
        assertThat(shown(robot, "#shelve")).isFalse();
        assertThat(shown(robot, "#note")).isFalse();
        assertThat(text(robot, "#rightsNote")).startsWith("Acknowledging alarms is for operators and engineers");
        robot.interact(() -> select(Screen.SHIFT_LOG));
        assertThat(shown(robot, "#save")).isFalse();
        assertThat(shown(robot, "#text")).isFalse();
        assertThat(text(robot, "#rightsNote")).startsWith("Writing in the shift log is for operators and engineers");
        robot.interact(() -> select(Screen.SOURCES));
        assertThat(shown(robot, "#importFilesButton")).isFalse();
        assertThat(room.alarms().publishNow().board().rows().stream().mapToInt(r -> r.acknowledged() ? 1 : 0).sum())
                .isEqualTo(acksBefore);
        assertThat(audit()).extracting(AuditEntry::login).doesNotContain("rita");
    }

    @Test
    void theAuditTrailScreenListsWhatWasDoneAndExportsIt(FxRobot robot, @TempDir Path out) throws Exception {
        room.shiftLog().write(new Actor("Erik Lund", "erik"), Instant.now(), "Handed over to the night shift", null).join();
        Path workbook = out.resolve("audit.xlsx");
        AuditView view = onFx(() -> new AuditView(new AuditViewModel(room.sources(), room.desk().roles().of("erik")),
                (owner, name) -> workbook));
        robot.interact(() -> {
            stage = new Stage();
            Scene scene = new Scene(view.root(), 1280, 600);
            Theme.apply(scene);
            stage.setScene(scene);
            stage.show();
            view.activate();
        });
        waitUntil(() -> robot.lookup(".table-cell").queryAllAs(Labeled.class).stream()
                .anyMatch(cell -> "Erik Lund (erik)".equals(cell.getText())));
        robot.clickOn("#exportButton");
        waitUntil(() -> text(robot, "#exportLine").startsWith("Saved "));

        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            var sheet = book.getSheet("Audit trail");
            boolean found = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                if (sheet.getRow(r).getCell(2).getStringCellValue().equals("erik")) {
                    assertThat(sheet.getRow(r).getCell(3).getStringCellValue()).isEqualTo("shift note");
                    assertThat(sheet.getRow(r).getCell(5).getStringCellValue()).isEqualTo("Handed over to the night shift");
                    found = true;
                }
            }
            assertThat(found).as("the shift note's line in the workbook").isTrue();
        }
        robot.interact(view::dispose);
    }

    private MainWindow window;

    private void open(FxRobot robot, Rights rights, Screen first) {
        robot.interact(() -> {
            DeskScreens desk = new DeskScreens(room, rights);
            window = new MainWindow("Floorwatch test", desk.views(), new WindowPlacement(site.resolve("window-"
                    + rights.login() + ".properties")));
            desk.showWith(window::select);
            window.setBanner(desk.banner(), desk.banner()::stop);
            stage = new Stage();
            window.show(stage);
            window.select(first);
        });
    }

    private void select(Screen screen) {
        window.select(screen);
    }

    private static SourcesViewModel sourcesModel(Rights rights) {
        return onFx(() -> new SourcesViewModel(room.sources().store(), room.sourceImports(),
                new ReadTimes(room.sources().clock(), ZoneOffset.UTC), rights, Actor.of(rights.login())));
    }

    /** Whether the node is on screen: it and every parent visible. */
    private static boolean shown(FxRobot robot, String query) {
        return onFx(() -> {
            for (Node node = robot.lookup(query).query(); node != null; node = node.getParent()) {
                if (!node.isVisible()) {
                    return false;
                }
            }
            return true;
        });
    }

    private static List<AuditEntry> audit() throws Exception {
        try (Connection connection = room.sources().store().newReadConnection()) {
            return AuditTrail.latest(connection, 100);
        }
    }
}
