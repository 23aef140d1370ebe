package org.floorwatch.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.floorwatch.floorplan.SmallPlan;
import org.floorwatch.localstore.SitePlanStore;
import org.floorwatch.views.IngestStatus;
import org.floorwatch.views.floor.StatusLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app on a site's config whose broker cannot be reached: the status bar says so within seconds (and that it keeps
 * trying), and the configured plan file becomes the data folder's plan in force, as {@code import --plan} makes it.
 */
class LiveControlRoomTest {

    @TempDir
    Path dir;

    @Test
    void saysTheBrokerIsUnreachableAndMakesTheConfiguredPlanThePlanInForce() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Files.writeString(dir.resolve("small-works.json"), SmallPlan.JSON);
        Path config = Files.writeString(dir.resolve("site.properties"), "kafka.bootstrap.servers=127.0.0.1:" + port
                + "\ndata.dir=data\nplan.file=small-works.json\n");

        try (ControlRoom room = ControlRoom.live(GuiConfig.load(config))) {
            IngestStatus status = room.sources().ingest();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (status.broker().link() != IngestStatus.Link.UNREACHABLE && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            StatusLine line = StatusLine.of(status.broker(), 0, null, room.sources().clock().now(), 0, ZoneId.of("UTC"));
            String planInForce;
            try (Connection connection = room.sources().store().newReadConnection()) {
                planInForce = SitePlanStore.load(connection).orElse("(none)");
            }

            assertThat(status.broker().link()).isEqualTo(IngestStatus.Link.UNREACHABLE);
            assertThat(line.broker()).matches("Broker unreachable since \\d\\d:\\d\\d:\\d\\d, retrying");
            assertThat(line.brokerOnline()).isFalse();
            assertThat(planInForce).isEqualTo(SmallPlan.JSON);
            assertThat(room.title()).endsWith("Small Works");
        }
    }
}
