package org.floorwatch.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.floorwatch.views.FxTests.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.floorwatch.floorplan.SmallPlan;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.views.sources.ImportState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's file sources without a window: its tools endpoint polled, its history imported, its inbox watched. */
class DemoSourcesTest {

    @TempDir
    Path dir;

    @Test
    void theDemoPollsItsToolsEndpointImportsItsHistoryAndWatchesItsInbox() throws Exception {
        try (ControlRoom room = ControlRoom.demo(dir, SmallPlan.plan(), 1)) {
            FloorStore store = room.sources().store();
            assertThat(count(store, "SELECT count(*) FROM source_files")).as("nothing before the window is up").isZero();
            Files.writeString(dir.resolve(DemoFolder.INBOX_DIR).resolve("tools.csv"),
                    "tool_id,name,kind,vendor,expected_life_hours,station\nT-9,Die,die,Acme,500,PRESS\n");

            room.windowShown();

            waitUntil(Duration.ofSeconds(60), () -> count(store, "SELECT count(*) FROM source_files WHERE kind = 'tool-inventory'"
                    + " AND path LIKE 'http://127.0.0.1:%/tools'") == 1);
            assertThat(count(store, "SELECT count(*) FROM tool_inventory")).isPositive();
            waitUntil(Duration.ofSeconds(60), () -> room.sourceImports().state().phase() == ImportState.Phase.DONE);
            ImportState history = room.sourceImports().state();
            assertThat(history.title()).isEqualTo("Demo history");
            assertThat(history.taken()).isPositive();
            assertThat(history.refused()).as("the simulator's files meant to be refused").isPositive();
            assertThat(count(store, "SELECT count(*) FROM clock_ins")).as("a day of clock-in sheets").isPositive();
            waitUntil(Duration.ofSeconds(30),
                    () -> count(store, "SELECT count(*) FROM source_files WHERE path LIKE '%inbox%tools.csv'") == 1);
        }
        assertThat(dir.resolve(DemoHistory.FOLDER)).as("kept for the next demo").isDirectory();
    }

    private static long count(FloorStore store, String select) {
        try (Connection connection = store.newReadConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(select)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
