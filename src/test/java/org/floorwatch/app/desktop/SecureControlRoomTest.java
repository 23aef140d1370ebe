package org.floorwatch.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.floorwatch.app.AppLogFile;
import org.floorwatch.floorplan.SmallPlan;
import org.floorwatch.ingest.broker.EmbeddedBroker;
import org.floorwatch.ingest.broker.SecureBroker;
import org.floorwatch.views.IngestStatus;
import org.floorwatch.views.floor.StatusLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app on a site's config (kafka.client.* keys) whose password the SASL_SSL broker refuses: the status bar says so
 * within seconds and that it tries again each minute, the log has one attempt and the line, and neither carries the
 * password.
 */
class SecureControlRoomTest {

    private static final String WRONG_PASSWORD = "Wr0ng-desk-guess-7730";

    @TempDir
    Path dir;

    @Test
    void aRefusedLoginIsSaidInTheStatusBarAndTriedAgainOnlyEachMinute() throws Exception {
        EmbeddedBroker broker = SecureBroker.get();
        Map<String, String> client = SecureBroker.clientProperties(WRONG_PASSWORD, SecureBroker.certificates().trustStore());
        Files.writeString(dir.resolve("small-works.json"), SmallPlan.JSON);
        Path config = Files.writeString(dir.resolve("site.properties"), "kafka.bootstrap.servers="
                + broker.bootstrapServers() + "\ndata.dir=data\nplan.file=small-works.json\n"
                + client.entrySet().stream().map(e -> "kafka.client." + e.getKey() + "=" + e.getValue().replace("\\", "\\\\"))
                        .collect(Collectors.joining("\n")) + "\n");

        try (AppLogFile log = AppLogFile.under(dir.resolve("data/logs"));
             ControlRoom room = ControlRoom.live(GuiConfig.load(config))) {
            IngestStatus status = room.sources().ingest();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (status.broker().link() != IngestStatus.Link.REFUSED && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            Thread.sleep(3_000); // long enough for a retry storm to show
            StatusLine line = StatusLine.of(status.broker(), 0, null, room.sources().clock().now(), 0, ZoneId.of("UTC"));
            String logged = log.text();

            assertThat(status.broker().link()).isEqualTo(IngestStatus.Link.REFUSED);
            assertThat(line.broker()).matches("Broker refused the login since \\d\\d:\\d\\d:\\d\\d, retrying every minute");
            assertThat(line.brokerOnline()).isFalse();
            assertThat(logged.lines().filter(l -> l.contains("failed authentication"))).as("attempts in the log").hasSize(1);
            assertThat(logged).contains("Kafka at " + broker.bootstrapServers() + " refused the login (SASL authentication"
                    + " failed): check the user name and password");
            for (String secret : new String[] {WRONG_PASSWORD, SecureBroker.PASSWORD, SecureBroker.certificates().password()}) {
                assertThat(logged).doesNotContain(secret);
                assertThat(line.toString()).doesNotContain(secret);
                assertThat(room.title()).doesNotContain(secret);
            }
        }
    }
}
