package org.floorwatch.ingest.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A simulated tool inventory endpoint for the demo and tests (contract section 4): {@code GET <base>/tools} answers
 * the JSON array of a tool inventory snapshot file, such as the {@code tools-inventory.json} that
 * {@code simulate files} writes, read afresh on each request (503 while the file is not there yet). It listens on
 * 127.0.0.1 only, on a free port, until closed.
 */
public final class ToolsEndpoint implements AutoCloseable {

    private final HttpServer server;
    private final Path snapshot;

    private ToolsEndpoint(HttpServer server, Path snapshot) {
        this.server = server;
        this.snapshot = snapshot;
    }

    /**
     * Starts serving {@code snapshot}.
     *
     * @throws UncheckedIOException when no port can be opened on 127.0.0.1
     */
    public static ToolsEndpoint serve(Path snapshot) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ToolsEndpoint endpoint = new ToolsEndpoint(server, snapshot);
            server.createContext("/tools", endpoint::answer);
            server.start();
            return endpoint;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the simulated tools endpoint on 127.0.0.1: " + e.getMessage(), e);
        }
    }

    /** The base address to poll, e.g. {@code http://127.0.0.1:41234}; the tools are at {@code <base>/tools}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try {
            if (!"/tools".equals(exchange.getRequestURI().getPath())) {
                send(exchange, 404, "text/plain", "no such resource; the tools are at /tools");
            } else if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().add("Allow", "GET");
                send(exchange, 405, "text/plain", "only GET");
            } else {
                byte[] body;
                try {
                    body = Files.readAllBytes(snapshot);
                } catch (NoSuchFileException e) {
                    send(exchange, 503, "text/plain", "the tool inventory is not ready yet");
                    return;
                }
                send(exchange, 200, "application/json", body);
            }
        } finally {
            exchange.close();
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String text) throws IOException {
        send(exchange, status, type, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
