package org.floorwatch.ingest.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.files.RowCounts;
import org.floorwatch.localstore.files.SourceActivity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tools endpoint polled over real HTTP on 127.0.0.1. */
class ToolInventoryPollerTest {

    private final AtomicReference<String> body = new AtomicReference<>("[]");
    private final AtomicReference<Integer> status = new AtomicReference<>(200);
    private HttpServer server;

    @TempDir
    Path dir;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/tools", exchange -> {
            byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void eachSnapshotReplacesTheInventoryAndABrokenOneIsRefusedAndKeepsIt() throws Exception {
        try (FloorStore store = FloorStore.open(dir.resolve("data"));
             ToolInventoryPoller poller = new ToolInventoryPoller(base(), store.writer())) {
            body.set("[{\"tool_id\":\"T1\",\"status\":\"in_storage\",\"hours_used\":1},"
                    + "{\"tool_id\":\"T2\",\"status\":\"retired\",\"hours_used\":500}]");
            assertThat(poller.pollOnce()).isEqualTo(new RowCounts(2, 0));
            body.set("[{\"tool_id\":\"T2\",\"status\":\"retired\",\"hours_used\":500}]");
            assertThat(poller.pollOnce()).isEqualTo(new RowCounts(0, 1));
            body.set("[{\"tool_id\":\"T3\",\"status\":\"lost\"}]");
            assertThatThrownBy(poller::pollOnce).isInstanceOf(InvalidSnapshotException.class).hasMessageContaining("lost");
            status.set(503);
            assertThatThrownBy(poller::pollOnce).isInstanceOf(IOException.class).hasMessageContaining("503");

            assertThat(toolIds(store)).isEqualTo("T2");
            try (Connection connection = store.newReadConnection()) {
                assertThat(new SourceActivity(connection).sources()).singleElement().satisfies(s -> {
                    assertThat(s.source()).isEqualTo(poller.toolsAddress().toString());
                    assertThat(s.rowsTaken()).isEqualTo(2);
                    assertThat(s.refusals()).isEqualTo(1);
                });
            }
        }
    }

    @Test
    void pollsOnItsOwnAndSurvivesAnEndpointThatIsDown() throws Exception {
        status.set(500);
        try (FloorStore store = FloorStore.open(dir.resolve("data"));
             ToolInventoryPoller poller = new ToolInventoryPoller(base(), store.writer())) {
            poller.start(java.time.Duration.ofMillis(50));
            Thread.sleep(200);
            body.set("[{\"tool_id\":\"T9\",\"status\":\"checked_out\"}]");
            status.set(200);
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!toolIds(store).equals("T9") && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(toolIds(store)).isEqualTo("T9");
        }
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api");
    }

    private static String toolIds(FloorStore store) throws SQLException {
        try (Connection connection = store.newReadConnection();
             ResultSet rs = connection.createStatement().executeQuery(
                     "SELECT coalesce(string_agg(tool_id, ',' ORDER BY tool_id), '') FROM tool_inventory")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
